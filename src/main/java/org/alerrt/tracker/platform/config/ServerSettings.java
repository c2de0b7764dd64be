package org.alerrt.tracker.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server-wide settings every context reads (docs/configuration.md, "Server" and "HTTP"), read here and nowhere
 * else: the address of the pages and the API, the origin of imported content, the zone of dates, the body limit and
 * the default xAPI version.
 */
@ApplicationScoped
public class ServerSettings {

    public static final String DEFAULT_PUBLIC_URL = "http://127.0.0.1:8080";

    @Inject
    @ConfigProperty(name = "tracker.public-url", defaultValue = DEFAULT_PUBLIC_URL)
    String publicUrl;

    @Inject
    @ConfigProperty(name = "tracker.content-url", defaultValue = "http://localhost:8081")
    String contentUrl;

    @Inject
    @ConfigProperty(name = "tracker.time-zone", defaultValue = "America/Chicago")
    String timeZone;

    @Inject
    @ConfigProperty(name = "tracker.http.max-body-bytes", defaultValue = "10485760")
    long maxBodyBytes;

    /** Checked at start by the LRS ({@code LrsSettingsCheck}), which parses it; platform answers 401s with it. */
    @Inject
    @ConfigProperty(name = "tracker.xapi.default-version", defaultValue = "1.0.3")
    String xapiDefaultVersion;

    public ServerSettings() {}

    public ServerSettings(String publicUrl, String contentUrl, String timeZone, long maxBodyBytes) {
        this.publicUrl = publicUrl;
        this.contentUrl = contentUrl;
        this.timeZone = timeZone;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Base of the pages, the API and the xAPI endpoint (tracker.public-url), without a trailing '/'. */
    public String publicUrl() {
        return withoutTrailingSlash(publicUrl);
    }

    /**
     * The xAPI endpoint handed to content in cmi5 and Tin Can launch URLs: without a trailing '/', the form the
     * client libraries expect (@xapi/xapi and TinCanJS add the '/' themselves; with one they sent "/xapi//...").
     */
    public String xapiEndpoint() {
        return publicUrl() + "/xapi";
    }

    /** Base of imported content's URLs (tracker.content-url), without a trailing '/'. */
    public String contentUrl() {
        return withoutTrailingSlash(contentUrl);
    }

    /** The zone of completion, certificate and deadline dates: Texas's. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The largest request body the APIs read (tracker.http.max-body-bytes). */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The xAPI version answered when a request names none this LRS supports (tracker.xapi.default-version). */
    public String xapiDefaultVersion() {
        return xapiDefaultVersion.strip();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
