package org.alerrt.tracker.upstream.domain;

import java.net.URI;
import java.util.Objects;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.xapiclient.XapiEndpoint;
import org.alerrt.tracker.platform.xapiclient.XapiVersion;

/**
 * An upstream LRS as the administrator defines it, checked on construction (each refusal names the field): a unique
 * name, the xAPI base of the remote, the key of its Basic credentials (the secret is handled apart, sealed), the
 * version to speak, and whether, what and how often to pull.
 */
public record UpstreamDefinition(
        String name,
        URI endpoint,
        String key,
        XapiVersion version,
        boolean pullEnabled,
        PullFilters filters,
        int pollSeconds) {

    public static final int MIN_POLL_SECONDS = 1;
    public static final int MAX_POLL_SECONDS = 86_400;

    public UpstreamDefinition {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw Refusal.invalid("name", "name is required: 1 to 100 characters");
        }
        name = name.strip();
        Objects.requireNonNull(endpoint, "endpoint");
        // xAPI 1.0.3 Communication §4.1: HTTP Basic, whose user name cannot hold ':'
        if (key == null || key.isEmpty() || key.length() > 200 || key.contains(":")) {
            throw Refusal.invalid("key", "key is required: 1 to 200 characters without ':'");
        }
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(filters, "filters");
        if (pollSeconds < MIN_POLL_SECONDS || pollSeconds > MAX_POLL_SECONDS) {
            throw Refusal.invalid(
                    "pull.pollSeconds", "pull.pollSeconds must be " + MIN_POLL_SECONDS + " to " + MAX_POLL_SECONDS);
        }
    }

    /** The xAPI base as given, checked as {@link XapiEndpoint} will use it (absolute http(s), no query). */
    public static URI endpoint(String value) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid("endpoint", "endpoint is required: the remote's xAPI base URL");
        }
        try {
            URI uri = URI.create(value.strip());
            return new XapiEndpoint(
                            uri,
                            "k",
                            "s",
                            XapiVersion.V1_0_3,
                            XapiEndpoint.DEFAULT_CONNECT_TIMEOUT,
                            XapiEndpoint.DEFAULT_REQUEST_TIMEOUT)
                    .base();
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(
                    "endpoint",
                    "endpoint must be an absolute http(s) URL without query or user info, e.g."
                            + " https://lrs.example.org/xapi/");
        }
    }

    /** {@code 1.0.3} or {@code 2.0.0} (the X-Experience-API-Version header values, Communication §3.3). */
    public static XapiVersion version(String value) {
        if (value == null || value.isBlank()) {
            return XapiVersion.V1_0_3;
        }
        for (XapiVersion v : XapiVersion.values()) {
            if (v.header().equals(value.strip())) {
                return v;
            }
        }
        throw Refusal.invalid("version", "version must be 1.0.3 or 2.0.0");
    }
}
