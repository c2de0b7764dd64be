package org.alerrt.tracker.platform.xapiclient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * A remote LRS: its xAPI base (the URI the resources hang off, ending with {@code /}, e.g.
 * {@code http://127.0.0.1:8080/xapi/}), the Basic credentials, the version to speak and the timeouts. The secret never
 * appears in {@link #toString()}.
 *
 * @param connectTimeout how long opening a connection may take
 * @param requestTimeout how long a request may wait for the answer's headers; past it the attempt is transient
 */
public record XapiEndpoint(
        URI base, String key, String secret, XapiVersion version, Duration connectTimeout, Duration requestTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    public XapiEndpoint {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(version, "version");
        if (!base.isAbsolute()
                || base.getRawAuthority() == null
                || !("http".equalsIgnoreCase(base.getScheme()) || "https".equalsIgnoreCase(base.getScheme()))) {
            throw new IllegalArgumentException("the xAPI base must be an absolute http(s) URI: " + base);
        }
        if (base.getRawQuery() != null || base.getRawFragment() != null || base.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the xAPI base takes no query, fragment or user info: " + base);
        }
        if (base.getRawPath() == null || !base.getRawPath().endsWith("/")) {
            base = URI.create(base + "/");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
    }

    /** An endpoint speaking 1.0.3 with the default timeouts. */
    public static XapiEndpoint of(String base, String key, String secret) {
        return new XapiEndpoint(
                URI.create(base), key, secret, XapiVersion.V1_0_3, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    public XapiEndpoint withVersion(XapiVersion version) {
        return new XapiEndpoint(base, key, secret, version, connectTimeout, requestTimeout);
    }

    public XapiEndpoint withTimeouts(Duration connectTimeout, Duration requestTimeout) {
        return new XapiEndpoint(base, key, secret, version, connectTimeout, requestTimeout);
    }

    /** A resource under the base, e.g. {@code statements} or {@code about}. */
    URI resource(String name) {
        return base.resolve(name);
    }

    /** The {@code Authorization} header value (xAPI 1.0.3 Communication §4.0: HTTP Basic). */
    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "XapiEndpoint[base=" + base + ", key=" + key + ", secret=***, version=" + version.header()
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
