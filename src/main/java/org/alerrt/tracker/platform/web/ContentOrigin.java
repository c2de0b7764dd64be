package org.alerrt.tracker.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    @ConfigProperty(name = "tracker.content-url", defaultValue = "http://localhost:8081")
    String contentUrl;

    /**
     * The content listener's port. Payara creates that listener from the environment variable (pre-boot-commands.txt
     * cannot read MicroProfile Config), so it is read from the same place: a port set elsewhere would leave requests
     * on the real content listener taken for the application's.
     */
    int contentPort = port(System.getenv(PORT_VARIABLE));

    @Inject
    @ConfigProperty(name = "tracker.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    /** A content origin equal to the application's would give package scripts the pages' origin: stop instead. */
    public void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        check(contentUrl, publicUrl);
    }

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

    static void check(String contentUrl, String publicUrl) {
        String content = SameOrigin.of(contentUrl).orElseThrow(() -> new IllegalStateException(
                "tracker.content-url must be an absolute http or https URL, got '" + contentUrl + "'"));
        if (content.equals(SameOrigin.of(publicUrl).orElse(null))) {
            throw new IllegalStateException("tracker.content-url (" + contentUrl + ") must be another origin than"
                    + " tracker.public-url (" + publicUrl + "): course content must not run in the pages' origin");
        }
    }

    /** Base of content URLs, without a trailing '/'. */
    public String url() {
        return contentUrl.endsWith("/") ? contentUrl.substring(0, contentUrl.length() - 1) : contentUrl;
    }

    /** The content origin as browsers send it in {@code Origin}. */
    public String origin() {
        return SameOrigin.of(contentUrl).orElseThrow();
    }

    /**
     * @param host      the request's {@code Host} header (may be null)
     * @param localPort the port the request arrived on
     */
    public boolean isContentRequest(String host, int localPort) {
        return localPort == contentPort || sameAuthority(host, contentUrl);
    }

    /** Whether a {@code Host} header names the host and port of {@code url} (a missing port: the URL's default). */
    static boolean sameAuthority(String host, String url) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI u = new URI(url.strip());
            URI h = new URI("http://" + host.strip());
            if (u.getHost() == null || h.getHost() == null || h.getRawPath() != null && !h.getRawPath().isEmpty()) {
                return false;
            }
            int defaultPort = defaultPort(u.getScheme().toLowerCase(Locale.ROOT));
            int urlPort = u.getPort() == -1 ? defaultPort : u.getPort();
            int hostPort = h.getPort() == -1 ? defaultPort : h.getPort();
            return u.getHost().equalsIgnoreCase(h.getHost()) && urlPort == hostPort;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
