package org.alerrt.tracker.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.alerrt.tracker.platform.config.ServerSettings;

/**
 * The origin imported course content is served from ({@code tracker.content-url}), never the origin of the pages
 * and the API ({@code tracker.public-url}): a script in a course package then runs in an origin of its own and
 * cannot read or drive the pages or the API with the session of whoever opens it (same-origin policy). A request is
 * for the content origin when it names the content origin's host and port ({@code Host}, so a host name of its own
 * pointed at this server works) or arrived on the content listener ({@code TRACKER_CONTENT_PORT}).
 */
@ApplicationScoped
public class ContentOrigin {

    static final String PORT_VARIABLE = "TRACKER_CONTENT_PORT";

    @Inject
    ServerSettings server;

    /**
     * The content listener's port. Payara creates that listener from the environment variable (pre-boot-commands.txt
     * cannot read MicroProfile Config), so it is read from the same place: a port set elsewhere would leave requests
     * on the real content listener taken for the application's. The launcher checks the value before Payara boots
     * ({@code TrackerMain}).
     */
    int contentPort = port(System.getenv(PORT_VARIABLE));

    static int port(String variable) {
        if (variable == null || variable.isBlank()) {
            return 8081;
        }
        try {
            return Integer.parseInt(variable.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(PORT_VARIABLE + " must be a port number, got '" + variable + "'");
        }
    }

    /**
     * The rule of {@code tracker.content-url} (checked at start, {@code PlatformSettingsCheck}): an absolute http(s)
     * URL other than the pages' origin, which would give package scripts the pages' origin.
     *
     * @throws IllegalArgumentException saying what is allowed
     */
    public static void check(String contentUrl, String publicUrl) {
        Optional<String> content = SameOrigin.of(contentUrl);
        String publicOrigin = SameOrigin.of(publicUrl).orElse(publicUrl);
        if (content.isEmpty() || hasQueryOrFragment(contentUrl) || content.get().equals(publicOrigin)) {
            throw new IllegalArgumentException("must be an absolute http:// or https:// URL without query whose origin"
                    + " is not tracker.public-url's (" + publicOrigin + "), e.g. https://content.tracker.example.org");
        }
    }

    private static boolean hasQueryOrFragment(String url) {
        try {
            URI u = new URI(url.strip());
            return u.getRawQuery() != null || u.getRawFragment() != null;
        } catch (URISyntaxException e) {
            return true;
        }
    }

    /** The content origin as browsers send it in {@code Origin}. */
    public String origin() {
        return parsed().origin().orElseThrow();
    }

    /**
     * @param host      the request's {@code Host} header (may be null)
     * @param localPort the port the request arrived on
     */
    public boolean isContentRequest(String host, int localPort) {
        return localPort == contentPort || parsed().authority().matches(host);
    }

    /** {@code tracker.content-url} as requests are compared with it: its origin, and its host and port. */
    private record Parsed(Optional<String> origin, Authority authority) {}

    /** Parsed once: every request asks (its cost showed in profiles, docs/PERFORMANCE.md). */
    private volatile Parsed parsed;

    private Parsed parsed() {
        Parsed p = parsed;
        if (p == null) {
            p = new Parsed(SameOrigin.of(server.contentUrl()), Authority.of(server.contentUrl()));
            parsed = p;
        }
        return p;
    }

    /** The host and port of an http(s) URL (a missing port: the scheme's default); no host: matches nothing. */
    record Authority(String host, int port, int defaultPort) {

        static Authority of(String url) {
            try {
                URI u = new URI(url.strip());
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                int defaultPort = ContentOrigin.defaultPort(scheme);
                return new Authority(u.getHost(), u.getPort() == -1 ? defaultPort : u.getPort(), defaultPort);
            } catch (URISyntaxException e) {
                return new Authority(null, -1, -1);
            }
        }

        /**
         * Whether a {@code Host} header (RFC 9110 §7.2: {@code uri-host [":" port]}) names this host and port; a
         * header without a port names the default one. Anything else in the header matches nothing.
         */
        boolean matches(String header) {
            if (host == null || header == null) {
                return false;
            }
            String h = header.strip();
            int portStart = h.startsWith("[") ? h.indexOf(']') + 1 : h.lastIndexOf(':');
            if (portStart <= 0 || portStart >= h.length()) {
                return h.equalsIgnoreCase(host) && port == defaultPort;
            }
            String name = h.substring(0, portStart);
            String rest = h.substring(portStart);
            if (rest.length() < 2 || rest.length() > 6 || rest.charAt(0) != ':') {
                return false;
            }
            for (int i = 1; i < rest.length(); i++) {
                if (rest.charAt(i) < '0' || rest.charAt(i) > '9') {
                    return false;
                }
            }
            return name.equalsIgnoreCase(host) && Integer.parseInt(rest.substring(1)) == port;
        }
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
