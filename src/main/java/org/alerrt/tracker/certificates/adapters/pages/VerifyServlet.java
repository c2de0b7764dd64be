package org.alerrt.tracker.certificates.adapters.pages;

import jakarta.inject.Inject;
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
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.pages.HtmlPage;
import org.alerrt.tracker.platform.web.pages.PageFormat;

/**
 * The public verify page by GET only: {@code /verify} (the form), {@code /verify?code=…} (what the form sends: on to
 * the code's own address) and {@code /verify/<code>}, the address in the certificate's QR code, which looks the
 * code up and shows it. An unknown code answers 404 with the same page, so a scanner and a browser both see "not
 * found". Nothing here opens an HTTP session.
 * <p>
 * Rendered as plain HTML in {@link HtmlPage}'s frame, not by Faces: the page is read-only and is what crowds of
 * phones hit, and a Faces view cost about twice the CPU of the look-up itself (docs/PERFORMANCE.md).
 * <p>
 * Caching: a valid certificate may be kept for {@link #VALID_MAX_AGE_SECONDS} (a revocation shows within that time;
 * the JSON of {@code /api/verify} is never cached); a revoked, superseded or unknown code is revalidated every time,
 * so that a certificate issued or revoked since shows at once. Only anonymous answers are cacheable (the page of a
 * signed-in visitor shows who is signed in: {@code SecurityHeadersFilter} makes it no-store).
 */
@WebServlet({"/verify", "/verify/*"})
public class VerifyServlet extends HttpServlet {

    static final int VALID_MAX_AGE_SECONDS = 60;
    private static final String TITLE = "Verify a certificate";

    @Inject
    VerificationService verification;

    @Inject
    PageFormat format;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        String cacheControl = "no-cache";
        StringBuilder content = new StringBuilder(4096).append("<h1>Verify an ALERRT certificate</h1>");
        if (info != null && info.length() > 1) {
            Optional<VerifiedCertificate> found = verification.verify(info.substring(1));
            if (found.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                content.append("<section id=\"certificate-not-found\" class=\"card status-bad\"><strong>No certificate"
                        + " with this code.</strong> Check the code on the certificate; it is case-sensitive."
                        + "</section>");
            } else {
                if (found.get().status() == CertificateStatus.VALID) {
                    cacheControl = "public, max-age=" + VALID_MAX_AGE_SECONDS;
                }
                certificate(content, found.get(), request.getContextPath());
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
            content.append("<ul id=\"code-missing\" class=\"messages\"><li class=\"error\">Verification code: enter"
                    + " the code printed on the certificate.</li></ul>");
        }
        content.append("<form id=\"verify\" class=\"card narrow\" method=\"get\" action=\"")
                .append(HtmlPage.escape(request.getContextPath()))
                .append("/verify\"><label for=\"code\">Verification code</label><input id=\"code\" name=\"code\""
                        + " type=\"text\" maxlength=\"100\" autocomplete=\"off\"/><button id=\"check\""
                        + " type=\"submit\">Verify</button></form>");
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Cookie"); // signed in, the page names the visitor (and is not stored)
        response.setContentType("text/html;charset=UTF-8");
        byte[] page = HtmlPage.document(request.getContextPath(), CurrentCaller.of(request), TITLE, content.toString())
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private void certificate(StringBuilder html, VerifiedCertificate c, String contextPath) {
        boolean valid = c.status() == CertificateStatus.VALID;
        html.append("<section class=\"card verify-result\"><p id=\"certificate-status\" class=\"verify-status ")
                .append(valid ? "status-ok" : "status-bad")
                .append("\">")
                .append(c.status());
        if (!valid && c.statusReason() != null) {
            html.append(" <span id=\"certificate-reason\" class=\"reason\">— ")
                    .append(HtmlPage.escape(c.statusReason()))
                    .append("</span>");
        }
        html.append("</p>");
        if (c.replacementCode() != null) {
            html.append("<p id=\"certificate-replaced\">This certificate was replaced by a corrected one: <a"
                            + " id=\"certificate-replacement\" href=\"")
                    .append(HtmlPage.escape(contextPath + "/verify/" + c.replacementCode()))
                    .append("\">verify the replacement</a>.</p>");
        }
        html.append("<p id=\"certificate-reporter\" class=\"reporter\"><strong>")
                .append(HtmlPage.escape(c.whoReports().line()))
                .append("</strong></p><dl class=\"facts\">");
        fact(html, "Certificate", "certificate-kind", c.kind());
        fact(html, "Name", "certificate-name", c.name());
        fact(html, "TCOLE PID", "certificate-pid", c.maskedPid());
        fact(html, "Course", "certificate-course", c.courseTitle() + " (TCOLE " + c.tcoleNumber() + ")");
        fact(html, "Credit hours", "certificate-hours", String.valueOf(c.creditHours()));
        if (c.startedOn() != null) {
            fact(html, "Started", "certificate-started", format.date(c.startedOn()) + " (delivered in blocks)");
        }
        fact(html, "Completed", "certificate-date", format.date(c.completedOn()));
        if (c.moduleDescription() != null) {
            fact(html, "Module", "certificate-module", c.moduleDescription());
        }
        if (c.attendanceNote() != null) {
            fact(html, "Attendance", "certificate-attendance", c.attendanceNote());
        }
        fact(html, "Delivery", "certificate-delivery", c.delivery().label());
        if (!c.instructors().isEmpty()) {
            fact(html, "Instructor PID", "certificate-instructors", c.instructorsText());
        }
        if (c.agency() != null) {
            fact(html, "Reporting agency", "certificate-agency", c.agency());
        }
        fact(html, "Counts toward SB 1852", "certificate-mandate", c.countsTowardMandate() ? "Yes" : "No");
        fact(html, "Issuer", "certificate-issuer", c.issuer());
        fact(html, "Issued", "certificate-issued", format.day(c.issuedAt()));
        html.append("<dt>Code</dt><dd id=\"certificate-code\"><code>")
                .append(HtmlPage.escape(c.code()))
                .append("</code></dd></dl><p class=\"muted\">PIDs are partly hidden; compare the visible digits with"
                        + " the printed certificate.</p></section>");
    }

    private static void fact(StringBuilder html, String term, String id, String value) {
        html.append("<dt>")
                .append(term)
                .append("</dt><dd id=\"")
                .append(id)
                .append("\">")
                .append(HtmlPage.escape(value))
                .append("</dd>");
    }
}
