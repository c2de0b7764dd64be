package org.alerrt.tracker.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;

/**
 * Security headers, set before the chain so refusals and errors carry them too:
 * <ul>
 * <li>every response: {@code X-Content-Type-Options: nosniff} (a body is only ever what its Content-Type says);</li>
 * <li>pages: a Content-Security-Policy that runs only the application's own scripts (no inline script: a
 * value that slipped past escaping cannot run) and lets no other site frame them, {@code X-Frame-Options: DENY}
 * for older browsers, and {@code Referrer-Policy}; {@code no-referrer} on {@code /verify/<code>}, whose URL is the
 * certificate's code;</li>
 * <li>{@code Cache-Control: no-store} on {@code /api} and on pages, whatever the resource sets later, except where
 * nothing depends on who asks: {@code /api/verify/*}, the verify page for a visitor who is not signed in (their
 * own {@code no-cache} stays), and static page resources;</li>
 * <li>{@code /api}: a policy that lets nothing load or frame an answer.</li>
 * </ul>
 * Course content ({@code /content}, which runs its own scripts), the fetch URL and the xAPI (own caching rules,
 * xAPI Communication §2.3) get only nosniff.
 */
public class SecurityHeadersFilter extends HttpFilter {

    /** 'self' for scripts: jakarta.faces.js and /resources/js are served by the application itself. */
    static final String PAGE_POLICY =
            "default-src 'self'; object-src 'none'; base-uri 'none'; " + "frame-ancestors 'none'; form-action 'self'";
    /**
     * The learner's course list: its Launch forms post to the tracker, which answers with a redirect to the AU, and
     * browsers hold redirects after a form post to form-action too. An AU's url may be absolute on any host (cmi5 §13.1.4)
     * and content may be served from its own origin, so form-action there also allows http(s) targets.
     */
    static final String LAUNCH_PAGE = "/learner/courses";

    static final String LAUNCH_PAGE_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self' https: http:";
    static final String API_POLICY = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
    static final List<String> NOSNIFF_ONLY = List.of("/xapi/", "/content/", "/fetch/");
    static final List<String> STATIC = List.of("/jakarta.faces.resource/", "/resources/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (NOSNIFF_ONLY.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = path.startsWith("/api/");
        boolean verifyPage = path.startsWith("/verify/");
        response.setHeader("Referrer-Policy", verifyPage ? "no-referrer" : "strict-origin-when-cross-origin");
        if (api) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        } else {
            response.setHeader("Content-Security-Policy", path.equals(LAUNCH_PAGE) ? LAUNCH_PAGE_POLICY : PAGE_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
        }
        boolean cacheable = path.startsWith("/api/verify/")
                || STATIC.stream().anyMatch(path::startsWith)
                || verifyPage && request.getUserPrincipal() == null;
        chain.doFilter(request, cacheable ? response : new NoStore(response));
    }

    /** Keeps {@code Cache-Control: no-store}: a resource's own, weaker value set later is dropped. */
    static final class NoStore extends HttpServletResponseWrapper {

        NoStore(HttpServletResponse response) {
            super(response);
            response.setHeader("Cache-Control", "no-store");
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
