package org.alerrt.tracker.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-origin access to the xAPI (and the cmi5 fetch URL) for browser content (xAPI Communication §1.3.s1 expects
 * cross-domain tracking): which origins may call, and the headers a browser needs to send xAPI requests and read
 * xAPI responses. Allowed are exactly the origins content runs in: the content origin ({@link ContentOrigin}), the
 * origins contexts vouch for ({@link CorsOrigins}: absolute AU and launch URLs of imported courses) and those
 * configured in {@code tracker.xapi.cors-origins}; any other page on the web gets no Allow-Origin.
 */
@ApplicationScoped
public class CorsPolicy {

    public static final String ALLOW_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS";
    public static final String ALLOW_HEADERS =
            "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match";
    public static final String EXPOSE_HEADERS =
            "ETag, Last-Modified, X-Experience-API-Consistent-Through, X-Experience-API-Version";

    @Inject
    @ConfigProperty(name = "tracker.xapi.cors-origins", defaultValue = " ")
    String origins;

    @Inject
    ContentOrigin contentOrigin;

    @Inject
    @Any
    Instance<CorsOrigins> vouched;

    @Inject
    @ConfigProperty(name = "tracker.xapi.cors-max-age-seconds", defaultValue = "600")
    long maxAgeSeconds;

    /**
     * The rule of {@code tracker.xapi.cors-origins} (checked at start, {@code PlatformSettingsCheck}): blank, {@code *},
     * or comma-separated origins exactly as browsers send them in {@code Origin} (RFC 6454 §6.2: lower-case scheme
     * and host, the port only when not the scheme's default, no path), since they are compared as text.
     *
     * @throws IllegalArgumentException saying what is allowed
     */
    public static void checkOrigins(String setting) {
        for (String entry : setting.split(",")) {
            String origin = entry.strip();
            if (!origin.isEmpty()
                    && !origin.equals("*")
                    && !SameOrigin.of(origin).orElse("").equals(origin)) {
                throw new IllegalArgumentException("must be blank, * or comma-separated origins scheme://host[:port] as"
                        + " browsers send them (http or https, lower case, no path, no default port), e.g."
                        + " https://lms.example.org"
                        + SameOrigin.of(origin)
                                .map(o -> " (for '" + origin + "': " + o + ")")
                                .orElse(""));
            }
        }
    }

    /** {@code tracker.xapi.cors-origins} as a set, made once: every xAPI request asks. */
    private volatile Set<String> allowed;

    private Set<String> allowed() {
        Set<String> a = allowed;
        if (a == null) {
            a = Arrays.stream(origins == null ? new String[0] : origins.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            allowed = a;
        }
        return a;
    }

    /** The Access-Control-Allow-Origin value for a request from {@code origin}, or null when it is not allowed. */
    public String allowOrigin(String origin) {
        return allowOrigin(origin, vouched);
    }

    String allowOrigin(String origin, Iterable<CorsOrigins> vouched) {
        Set<String> allowed = allowed();
        if (allowed.contains("*")) {
            return "*";
        }
        if (origin == null) {
            return null;
        }
        if (allowed.contains(origin) || origin.equals(contentOrigin.origin())) {
            return origin;
        }
        for (CorsOrigins source : vouched) {
            if (source.allows(origin)) {
                return origin;
            }
        }
        return null;
    }

    /** Headers of an actual (non-preflight) response, errors included, so browser content can read them. */
    public void applyTo(HttpServletRequest request, HttpServletResponse response) {
        String allow = allowOrigin(request.getHeader("Origin"));
        if (!"*".equals(allow)) {
            response.addHeader("Vary", "Origin");
        }
        if (allow != null) {
            response.setHeader("Access-Control-Allow-Origin", allow);
            response.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        }
    }

    /** Answers a preflight: 204 with the allowed methods and headers when the origin is allowed, else 403. */
    public void answerPreflight(HttpServletRequest request, HttpServletResponse response) {
        applyTo(request, response);
        if (allowOrigin(request.getHeader("Origin")) == null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
        response.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
        response.setHeader("Access-Control-Max-Age", Long.toString(maxAgeSeconds));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    public static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod())
                && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }
}
