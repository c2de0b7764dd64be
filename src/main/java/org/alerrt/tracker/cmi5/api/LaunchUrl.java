package org.alerrt.tracker.cmi5.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The AU launch URL of cmi5 §8.1: the AU's URL with the launch parameters endpoint, fetch, actor, registration and
 * activityId appended as URL-encoded name/value pairs, keeping any query string the AU's URL already has (§8.1: "If
 * the AU's URL requires a query string for other purposes") and any fragment after them.
 */
public final class LaunchUrl {

    private LaunchUrl() {}

    /**
     * @param auUrl absolute AU URL, possibly with its own query and fragment
     */
    public static String build(
            String auUrl, String endpoint, String fetch, String actorJson, String registration, String activityId) {
        int hash = auUrl.indexOf('#');
        String base = hash < 0 ? auUrl : auUrl.substring(0, hash);
        String fragment = hash < 0 ? "" : auUrl.substring(hash);
        StringBuilder url = new StringBuilder(base);
        char sep = base.contains("?") ? '&' : '?';
        if (base.endsWith("?") || base.endsWith("&")) {
            sep = 0;
        }
        if (sep != 0) {
            url.append(sep);
        }
        url.append("endpoint=")
                .append(encode(endpoint))
                .append("&fetch=")
                .append(encode(fetch))
                .append("&actor=")
                .append(encode(actorJson))
                .append("&registration=")
                .append(encode(registration))
                .append("&activityId=")
                .append(encode(activityId));
        return url.append(fragment).toString();
    }

    /** Percent-encoding (a space as %20, not '+', so decoders of either convention agree). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The absolute URL of an AU: an absolute url as written, a relative one under the package content of the
     * registration's course version on the content origin ({@code <content-url>/content/{course}/{version}/...},
     * §14.1), never the pages' origin.
     */
    public static String resolve(String contentUrl, long courseId, int version, String auUrl, boolean absolute) {
        if (absolute) {
            return auUrl;
        }
        String root = contentUrl.endsWith("/") ? contentUrl.substring(0, contentUrl.length() - 1) : contentUrl;
        String path = auUrl.startsWith("/") ? auUrl.substring(1) : auUrl;
        return root + "/content/" + courseId + "/" + version + "/" + path;
    }
}
