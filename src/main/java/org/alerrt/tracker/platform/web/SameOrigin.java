package org.alerrt.tracker.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The origin rule of {@link CrossSiteRequestFilter}: which origin a request says it comes from, compared with the
 * application's own. Origins are compared as RFC 6454 §4 and §6.2 define and serialize them (scheme, host and port; the default port
 * left out), so {@code http://host} and {@code https://host}, or another port of the same host, are other origins.
 */
public final class SameOrigin {

    private SameOrigin() {}

    /**
     * The serialized origin of an absolute http(s) URL: lower-case scheme and host, the port only when it is not
     * the scheme's default. Empty for anything else: {@code null} (the opaque origin of sandboxed or privacy-sensitive
     * requests, RFC 6454 §7.3), relative or unparsable references, other schemes.
     */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                return Optional.empty();
            }
            int port = u.getPort();
            boolean defaultPort =
                    port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            return Optional.of(scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * What a request claims as its origin: the {@code Origin} header (the Fetch standard: browsers send it with
     * every POST, PUT, PATCH and DELETE, same-origin ones included), else, for browsers that leave it out, the origin of the
     * {@code Referer}. {@code null} when neither header is sent; a header that names no http(s) origin
     * ({@code Origin: null}) is returned as it is, so that it matches no origin.
     */
    public static String claimed(String originHeader, String refererHeader) {
        String header = originHeader != null ? originHeader : refererHeader;
        if (header == null) {
            return null;
        }
        return of(header).orElse(header.isBlank() ? "(blank)" : header.strip());
    }

    /** The origin a request was addressed to: its scheme and its {@code Host} header. */
    public static Optional<String> addressed(String scheme, String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank() || hostHeader.contains("/") || hostHeader.contains("@")) {
            return Optional.empty();
        }
        return of(scheme + "://" + hostHeader.strip());
    }
}
