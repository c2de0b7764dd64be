package org.alerrt.tracker.lrs.adapters.rest;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * A request in the Alternate Request Syntax of xAPI 1.0.3 (Communication §1.3): a POST whose only query parameter
 * is {@code method}, carrying headers, parameters and {@code content} as form fields. Parsed into the request it
 * stands for. xAPI 2.0 (IEEE 9274.1.1) dropped the syntax, so a 2.0 request using it is refused.
 */
record AlternateRequest(
        String method, Map<String, String> headers, Map<String, List<String>> parameters, String content) {

    static final String METHOD = "method";
    static final String CONTENT = "content";
    /** §1.3.s3.b6: the headers a client may send as form fields (Content-Transfer-Encoding is not one of them). */
    static final Set<String> HEADER_FIELDS = Set.of(
            "authorization", "x-experience-api-version", "content-type", "content-length", "if-match", "if-none-match");

    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE");

    /** Whether a query string carries the {@code method} parameter that marks the alternate syntax. */
    static boolean isAlternate(String queryString) {
        return queryNames(queryString).contains(METHOD);
    }

    /**
     * @param httpMethod  the method the request really used
     * @param queryString its raw query string
     * @param contentType its HTTP Content-Type
     * @param form        its form fields (names as sent)
     * @param httpVersion its X-Experience-API-Version HTTP header, if any
     */
    static AlternateRequest parse(
            String httpMethod, String queryString, String contentType, Map<String, String[]> form, String httpVersion) {
        String version = first(form, "X-Experience-API-Version").orElse(httpVersion);
        if (XapiVersion.parse(version).orElse(null) == XapiVersion.V2_0_0) {
            throw new Refusal(
                    Refusal.Kind.INVALID,
                    METHOD,
                    "the Alternate Request Syntax (method parameter) is not part of xAPI"
                            + " 2.0.0; send the request with its own method and headers",
                    "xAPI 2.0 (IEEE 9274.1.1)");
        }
        if (!"POST".equals(httpMethod)) {
            throw rule(METHOD, "requests in the Alternate Request Syntax MUST be POST (xAPI Communication §1.3.s3.b1)");
        }
        List<String> names = queryNames(queryString);
        for (String name : names) {
            if (!name.equals(METHOD)) {
                throw rule(
                        name,
                        "only the 'method' query parameter is allowed in the Alternate Request Syntax;" + " send '"
                                + name + "' as a form parameter (xAPI Communication §1.3.s3.b3, b13)");
            }
        }
        if (names.size() != 1) {
            throw rule(METHOD, "give the 'method' query parameter once (xAPI Communication §1.3.s3.b2)");
        }
        String method = queryValue(queryString, METHOD);
        if (!METHODS.contains(method)) {
            throw rule(
                    METHOD,
                    "'" + method + "' is not an xAPI method: use GET, PUT, POST or DELETE"
                            + " (xAPI Communication §1.3.s3.b2)");
        }
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw rule(
                    "Content-Type",
                    "a request in the Alternate Request Syntax carries its headers, parameters and"
                            + " content as application/x-www-form-urlencoded (xAPI Communication §1.3.s3.b9)");
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String content = null;
        for (Map.Entry<String, String[]> field : form.entrySet()) {
            String name = field.getKey();
            List<String> values = new ArrayList<>(List.of(field.getValue()));
            if (name.equals(METHOD)) {
                values.remove(method); // the servlet container merges the query parameter into the form fields
                if (values.isEmpty()) {
                    continue;
                }
            }
            if (name.equals(CONTENT)) {
                content = values.get(0);
            } else if (HEADER_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, values.get(0));
            } else {
                parameters.put(name, values); // §1.3.s3.b14: every other form field is a query parameter
            }
        }
        headers.remove("Content-Length"); // recomputed from the content actually sent
        return new AlternateRequest(method, headers, parameters, content);
    }

    /** The query string the intended request would have had. */
    String queryString() {
        StringBuilder q = new StringBuilder();
        parameters.forEach((name, values) -> values.forEach(v -> {
            if (q.length() > 0) {
                q.append('&');
            }
            q.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }));
        return q.length() == 0 ? null : q.toString();
    }

    /** §1.3.s3.b5: the content is a UTF-8 string. */
    byte[] body() {
        return content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<String> first(Map<String, String[]> form, String name) {
        for (Map.Entry<String, String[]> e : form.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && e.getValue().length > 0) {
                return Optional.of(e.getValue()[0]);
            }
        }
        return Optional.empty();
    }

    private static List<String> queryNames(String queryString) {
        List<String> names = new ArrayList<>();
        if (queryString != null && !queryString.isEmpty()) {
            for (String pair : queryString.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    names.add(decode(eq < 0 ? pair : pair.substring(0, eq)));
                }
            }
        }
        return names;
    }

    private static String queryValue(String queryString, String name) {
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            if (eq >= 0 && decode(pair.substring(0, eq)).equals(name)) {
                return decode(pair.substring(eq + 1));
            }
        }
        return "";
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw rule("query", "malformed percent-encoding in the query string");
        }
    }

    private static Refusal rule(String property, String message) {
        return new Refusal(Refusal.Kind.INVALID, property, property + ": " + message, "xAPI Communication §1.3");
    }
}
