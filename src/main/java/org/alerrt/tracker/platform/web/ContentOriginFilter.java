package org.alerrt.tracker.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.alerrt.tracker.platform.config.ServerSettings;

/**
 * Keeps the two origins apart ({@link ContentOrigin}): the content origin answers only {@code GET}/{@code HEAD} of
 * {@code /content/...}, everything else there is 404; the application's origin answers everything but
 * {@code /content/...} (404). So a course package's page never runs in the origin of the pages and the API, and
 * the application never answers a script on the content origin (which the browser sends the same cookies, ports
 * being no cookie boundary). Mapped first in web.xml; authentication ignores content-origin requests too.
 */
public class ContentOriginFilter extends HttpFilter {

    /** The servlet path of the package files (Cmi5ContentServlet). */
    public static final String CONTENT_PATH = "/content";

    @Inject
    ContentOrigin origins;

    @Inject
    ServerSettings server;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean contentPath = CONTENT_PATH.equals(request.getServletPath());
        boolean contentOrigin = origins.isContentRequest(request.getHeader("Host"), request.getLocalPort());
        boolean allowed = contentOrigin
                ? contentPath && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                : !contentPath;
        if (!allowed) {
            response.setContentType("text/plain;charset=UTF-8");
            response.sendError(
                    HttpServletResponse.SC_NOT_FOUND,
                    contentOrigin
                            ? "The content origin serves course content only"
                            : "Course content is served from " + server.contentUrl() + CONTENT_PATH + "/");
            return;
        }
        chain.doFilter(request, response);
    }
}
