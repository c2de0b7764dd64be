package org.alerrt.tracker.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.alerrt.tracker.platform.config.ServerSettings;

/**
 * Refuses a request whose declared Content-Length exceeds {@code tracker.http.max-body-bytes} before its body is
 * read, so a client that sent {@code Expect: 100-continue} never uploads it. Bodies without a length are cut off
 * by {@link BoundedBody} while they are read. cmi5 course packages ({@code POST /api/cmi5/courses}) are exempt:
 * that resource streams them to disk under its own limit, {@code tracker.cmi5.max-package-bytes}.
 */
@WebFilter(urlPatterns = {"/xapi/*", "/api/*"})
public class RequestSizeLimitFilter extends HttpFilter {

    @Inject
    ServerSettings server;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > server.maxBodyBytes() && !isCoursePackageImport(request)) {
            response.setStatus(413);
            if (request.getProtocol().startsWith("HTTP/1")) {
                response.setHeader("Connection", "close"); // a connection header is a protocol error in HTTP/2
            }
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write(ErrorBody.of(
                                    413,
                                    "Request body of " + request.getContentLengthLong() + " bytes exceeds the limit of "
                                            + server.maxBodyBytes() + " bytes (tracker.http.max-body-bytes)",
                                    null,
                                    null)
                            .toString());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isCoursePackageImport(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod())
                && (path.equals("/api/cmi5/courses") || path.equals("/api/cmi5/courses/"));
    }
}
