package org.alerrt.tracker.certificates.adapters.pages;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.alerrt.tracker.certificates.application.VerificationService;
import org.alerrt.tracker.certificates.application.VerifiedCertificate;

/**
 * {@code /verify/<code>}, the address in the certificate's QR code: looks the code up and shows it with the verify
 * page. An unknown code answers 404 with the same page, so a scanner and a browser both see "not found".
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    static final String CODE = VerifyServlet.class.getName() + ".code";
    static final String RESULT = VerifyServlet.class.getName() + ".result";

    @Inject
    VerificationService verification;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String info = request.getPathInfo();
        if (info != null && info.length() > 1) {
            String code = info.substring(1);
            Optional<VerifiedCertificate> found = verification.verify(code);
            request.setAttribute(CODE, code);
            request.setAttribute(RESULT, found.orElse(null));
            if (found.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        }
        response.setHeader("Cache-Control", "no-cache"); // a revocation must show at once
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
