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
        return SameOrigin.of(server.contentUrl()).orElseThrow();
    }

    /**
     * @param host      the request's {@code Host} header (may be null)
     * @param localPort the port the request arrived on
     */
    public boolean isContentRequest(String host, int localPort) {
        return localPort == contentPort || sameAuthority(host, server.contentUrl());
    }

    /** Whether a {@code Host} header names the host and port of {@code url} (a missing port: the URL's default). */
    static boolean sameAuthority(String host, String url) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI u = new URI(url.strip());
            URI h = new URI("http://" + host.strip());
            if (u.getHost() == null
                    || h.getHost() == null
                    || h.getRawPath() != null && !h.getRawPath().isEmpty()) {
                return false;
            }
            int defaultPort = defaultPort(u.getScheme().toLowerCase(Locale.ROOT));
            int urlPort = u.getPort() == -1 ? defaultPort : u.getPort();
            int hostPort = h.getPort() == -1 ? defaultPort : h.getPort();
            return u.getHost().equalsIgnoreCase(h.getHost()) && urlPort == hostPort;
        } catch (URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
