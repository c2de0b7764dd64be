package org.alerrt.tracker.certificates.adapters.rest;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.alerrt.tracker.certificates.application.VerificationService;
import org.alerrt.tracker.certificates.application.VerifiedCertificate;
import org.alerrt.tracker.platform.web.ErrorBody;

/**
 * Public certificate verification as JSON, no login (web.xml {@code /api/verify/*}): {@code GET /api/verify/{code}}.
 * Unknown and malformed codes get the same 404, so the answer never tells a guesser anything. Never cached: the
 * JSON is what other systems record as the state of a certificate.
 * <p>
 * A servlet, where the rest of {@code /api} is JAX-RS: this is what agencies' systems and crowds of phones call, and
 * Jersey's handling of a request cost the server as much CPU as the look-up itself (docs/PERFORMANCE.md). So it
 * answers the JAX-RS resources' error body ({@link ErrorBody}) itself, and its OpenAPI entry is in
 * META-INF/openapi.yaml.
 */
@WebServlet("/api/verify/*")
public class VerifyJsonServlet extends HttpServlet {

    static final String ALLOW = "GET, HEAD, OPTIONS";
    private static final String NOT_FOUND = "No certificate has this verification code";

    @Inject
    VerificationService verification;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getMethod()) {
            case "GET" -> get(request, response, true);
            case "HEAD" -> get(request, response, false);
            case "OPTIONS" -> {
                response.setHeader("Allow", ALLOW);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            default -> {
                response.setHeader("Allow", ALLOW);
                error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Only " + ALLOW + " here");
            }
        }
    }

    private void get(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        String info = request.getPathInfo();
        Optional<VerifiedCertificate> found = info == null || info.length() < 2 || info.indexOf('/', 1) >= 0
                ? Optional.empty()
                : verification.verify(info.substring(1));
        if (found.isEmpty()) {
            error(response, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        write(
                response,
                HttpServletResponse.SC_OK,
                CertificateJson.verified(found.get()).toString(),
                body);
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        write(response, status, ErrorBody.of(status, message, null, null).toString(), true);
    }

    private static void write(HttpServletResponse response, int status, String json, boolean body) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        if (body) {
            response.getOutputStream().write(bytes);
        }
    }
}
