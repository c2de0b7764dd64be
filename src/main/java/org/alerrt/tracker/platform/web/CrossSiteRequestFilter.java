package org.alerrt.tracker.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * Cross-site request forgery defence for the pages and {@code /api}: the browser sends the session cookie with any
 * request a page on another site makes it send (a form post, a {@code fetch}), so a request that changes something
 * (POST, PUT, PATCH, DELETE) is only taken from the application's own pages:
 * <ol>
 * <li>its {@code Origin}, or without one its {@code Referer}, must be the application's origin (that of
 * {@code tracker.public-url}, or the one the request was addressed to); else 403. A request sent with the session
 * cookie that names neither is refused too: every browser in use sends Origin with such requests.</li>
 * <li>on {@code /api}, unless it authenticates with an Authorization header, its Content-Type must not be one a
 * cross-site form or a {@code fetch} without preflight can send (the Fetch standard's CORS-safelisted
 * request-header values {@code application/x-www-form-urlencoded}, {@code multipart/form-data},
 * {@code text/plain}); else 415. JSON resources then take only {@code application/json}, uploads their own types
 * ({@code text/csv}, {@code application/zip}).</li>
 * </ol>
 * Runs after authentication (Jakarta Security authenticates before filters). Callers with HTTP Basic on
 * {@code /api} are systems that send no Origin; one that does send a foreign Origin (credentials a browser cached)
 * is refused like a cookie. Faces forms keep their view-state check as well. Out of scope: {@code /xapi}
 * (HTTP Basic with LRS credentials, called cross-origin by content by design, xAPI Communication §1.3),
 * {@code /content} and {@code /fetch} (cmi5 §8.2: the AU posts to the fetch URL from its own origin).
 */
public class CrossSiteRequestFilter extends HttpFilter {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    static final List<String> OUT_OF_SCOPE = List.of("/xapi/", "/content/", "/fetch/");
    static final Set<String> CROSS_SITE_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Inject
    ServerSettings server;

    /** The origin of {@code tracker.public-url}, parsed once. */
    private Optional<String> publicOrigin;

    @Override
    public void init() {
        publicOrigin = SameOrigin.of(server.publicUrl());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SAFE_METHODS.contains(request.getMethod()) || OUT_OF_SCOPE.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response); // nothing to check: the xAPI hot path and every read pass at once
            return;
        }
        Set<String> own = new LinkedHashSet<>();
        publicOrigin.ifPresent(own::add);
        SameOrigin.addressed(request.getScheme(), request.getHeader("Host")).ifPresent(own::add);
        Optional<Refusal> refusal = check(
                new Request(
                        request.getMethod(),
                        path,
                        request.getHeader("Authorization") != null,
                        request.getRequestedSessionId() != null,
                        request.getHeader("Origin"),
                        request.getHeader("Referer"),
                        request.getContentType()),
                own);
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Refusal r = refusal.get();
        response.setStatus(r.status());
        if (path.startsWith("/api/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write(ErrorBody.of(r.status(), r.message(), r.property(), null)
                            .toString());
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(r.message() + "\n");
        }
    }

    /** What the check needs of a request; {@code path} is below the context path. */
    record Request(
            String method,
            String path,
            boolean authorizationHeader,
            boolean sessionCookie,
            String origin,
            String referer,
            String contentType) {}

    record Refusal(int status, String property, String message) {}

    /** The rule, for a request to an application whose own origins are {@code own}; empty when it may go on. */
    static Optional<Refusal> check(Request r, Set<String> own) {
        if (SAFE_METHODS.contains(r.method()) || OUT_OF_SCOPE.stream().anyMatch(r.path()::startsWith)) {
            return Optional.empty();
        }
        boolean api = r.path().startsWith("/api/");
        boolean basic = api && r.authorizationHeader();
        String claimed = SameOrigin.claimed(r.origin(), r.referer());
        if (claimed == null && !basic && r.sessionCookie()) {
            return Optional.of(new Refusal(
                    403,
                    "Origin",
                    "Cross-site request refused: a request made with the"
                            + " session cookie that changes something must say where it comes from (Origin header)"));
        }
        if (claimed != null && !own.contains(claimed)) {
            return Optional.of(new Refusal(
                    403,
                    "Origin",
                    "Cross-site request refused: it comes from "
                            + (claimed.length() > 200 ? claimed.substring(0, 200) + "…" : claimed)
                            + " (Origin or Referer"
                            + " header), not from this application (" + String.join(" or ", own) + ")"));
        }
        String type = mediaType(r.contentType());
        if (api && !basic && CROSS_SITE_TYPES.contains(type)) {
            return Optional.of(new Refusal(
                    415,
                    "Content-Type",
                    "Content-Type " + type + " is refused on requests"
                            + " made with the session cookie (a page on any site can send it): send application/json, or"
                            + " the upload's own type (text/csv, application/zip)"));
        }
        return Optional.empty();
    }

    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
