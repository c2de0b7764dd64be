package org.alerrt.tracker.certificates.adapters.pages;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.alerrt.tracker.certificates.application.VerificationService;
import org.alerrt.tracker.certificates.application.VerifiedCertificate;
import org.alerrt.tracker.certificates.domain.CertificateStatus;

/**
 * The public verify page by GET only: {@code /verify} (the form), {@code /verify?code=…} (what the form sends: on to
 * the code's own address) and {@code /verify/<code>}, the address in the certificate's QR code, which looks the
 * code up and shows it with the verify page. An unknown code answers 404 with the same page, so a scanner and a
 * browser both see "not found". Nothing here opens an HTTP session.
 * <p>
 * Caching: a valid certificate may be kept for {@link #VALID_MAX_AGE_SECONDS} (a revocation shows within that time;
 * the JSON of {@code /api/verify} is never cached); a revoked, superseded or unknown code is revalidated every time,
 * so that a certificate issued or revoked since shows at once. Only anonymous answers are cacheable (the page of a
 * signed-in visitor shows who is signed in: {@code SecurityHeadersFilter} makes it no-store).
 */
@WebServlet({"/verify", "/verify/*"})
public class VerifyServlet extends HttpServlet {

    static final String CODE = VerifyServlet.class.getName() + ".code";
    static final String RESULT = VerifyServlet.class.getName() + ".result";
    static final String CODE_MISSING = VerifyServlet.class.getName() + ".codeMissing";
    static final int VALID_MAX_AGE_SECONDS = 60;

    @Inject
    VerificationService verification;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String info = request.getPathInfo();
        String cacheControl = "no-cache";
        if (info != null && info.length() > 1) {
            String code = info.substring(1);
            Optional<VerifiedCertificate> found = verification.verify(code);
            request.setAttribute(CODE, code);
            request.setAttribute(RESULT, found.orElse(null));
            if (found.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            } else if (found.get().status() == CertificateStatus.VALID) {
                cacheControl = "public, max-age=" + VALID_MAX_AGE_SECONDS;
            }
        } else if (request.getParameter("code") != null) {
            String code = request.getParameter("code").strip();
            if (!code.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader(
                        "Location",
                        request.getContextPath() + "/verify/"
                                + URLEncoder.encode(code, StandardCharsets.UTF_8)
                                        .replace("+", "%20"));
                return;
            }
            request.setAttribute(CODE_MISSING, true);
        }
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Cookie"); // signed in, the page names the visitor (and is not stored)
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
