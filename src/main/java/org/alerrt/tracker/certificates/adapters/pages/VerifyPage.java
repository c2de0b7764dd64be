package org.alerrt.tracker.certificates.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.alerrt.tracker.certificates.application.VerifiedCertificate;
import org.alerrt.tracker.certificates.domain.CertificateStatus;

/**
 * The public verify page: the result {@link VerifyServlet} looked up for {@code /verify/<code>}, and a plain GET form
 * for a code. Request scoped and read-only, so the page keeps no state and gives no visitor an HTTP session.
 */
@Named
@RequestScoped
public class VerifyPage {

    /** Whether a code was asked for (by URL); the form alone shows no result. */
    public boolean isLookedUp() {
        return request().getAttribute(VerifyServlet.CODE) != null;
    }

    /** The form was sent without a code. */
    public boolean isCodeMissing() {
        return Boolean.TRUE.equals(request().getAttribute(VerifyServlet.CODE_MISSING));
    }

    public VerifiedCertificate getCertificate() {
        return (VerifiedCertificate) request().getAttribute(VerifyServlet.RESULT);
    }

    /** The result as a list of zero or one, for {@code ui:repeat} to name it. */
    public List<VerifiedCertificate> getFound() {
        VerifiedCertificate c = getCertificate();
        return c == null ? List.of() : List.of(c);
    }

    public boolean isValid() {
        VerifiedCertificate c = getCertificate();
        return c != null && c.status() == CertificateStatus.VALID;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
