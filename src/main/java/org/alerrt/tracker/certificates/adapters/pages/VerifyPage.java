package org.alerrt.tracker.certificates.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.alerrt.tracker.certificates.application.VerifiedCertificate;
import org.alerrt.tracker.certificates.domain.CertificateStatus;
import org.alerrt.tracker.platform.web.pages.Pages;

/** The public verify page: a code form, and the result {@link VerifyServlet} looked up for {@code /verify/<code>}. */
@Named
@RequestScoped
public class VerifyPage {

    private String code;

    /** Whether a code was asked for (by URL); the form alone shows no result. */
    public boolean isLookedUp() {
        return request().getAttribute(VerifyServlet.CODE) != null;
    }

    public String getLookedUpCode() {
        return (String) request().getAttribute(VerifyServlet.CODE);
    }

    public VerifiedCertificate getCertificate() {
        return (VerifiedCertificate) request().getAttribute(VerifyServlet.RESULT);
    }

    /** The result as a list of zero or one, for {@code ui:repeat} to name it. */
    public java.util.List<VerifiedCertificate> getFound() {
        VerifiedCertificate c = getCertificate();
        return c == null ? java.util.List.of() : java.util.List.of(c);
    }

    public boolean isValid() {
        VerifiedCertificate c = getCertificate();
        return c != null && c.status() == CertificateStatus.VALID;
    }

    /** Goes to the code's own address, the one printed in the QR code, so both ways show the same page. */
    public void check() throws IOException {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            Pages.error("verify", "code", "Verification code: enter the code printed on the certificate.");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/verify/"
                + URLEncoder.encode(c, StandardCharsets.UTF_8).replace("+", "%20"));
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static jakarta.servlet.http.HttpServletRequest request() {
        return (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
