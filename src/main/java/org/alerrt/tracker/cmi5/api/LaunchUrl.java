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
        return withParameters(
                auUrl,
                "endpoint",
                endpoint,
                "fetch",
                fetch,
                "actor",
                actorJson,
                "registration",
                registration,
                "activityId",
                activityId);
    }

    /**
     * {@code url} with the name/value pairs appended URL-encoded, after any query string it has and before its
     * fragment (both launch conventions, cmi5's and Tin Can's, pass their parameters so).
     */
    public static String withParameters(String url, String... namesAndValues) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        StringBuilder out = new StringBuilder(base);
        if (!base.endsWith("?") && !base.endsWith("&")) {
            out.append(base.contains("?") ? '&' : '?');
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.append(i == 0 ? "" : "&").append(namesAndValues[i]).append('=').append(encode(namesAndValues[i + 1]));
        }
        return out.append(fragment).toString();
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
