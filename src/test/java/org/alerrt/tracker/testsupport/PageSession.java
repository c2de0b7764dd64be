package org.alerrt.tracker.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's page session over plain HTTP: signs in through the {@code /login} form as a browser would (its view
 * state, a same-origin {@code Origin}) and keeps the session cookie, so tests can send requests that ride on that
 * cookie with whatever {@code Origin}, {@code Referer} and {@code Content-Type} a page elsewhere would send. Use
 * {@link Browser} when the page's own behaviour matters.
 */
public final class PageSession {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    private final TrackerClient client;
    private String cookie;

    private PageSession(TrackerClient client) {
        this.client = client;
    }

    /** The origin of the test server, as a page of the application sends it. */
    public static String originOf(TrackerClient client) {
        URI base = URI.create(client.base());
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    /** A browser that has not signed in (public pages give it no session; signing in does). */
    public static PageSession anonymous(TrackerClient client) {
        return new PageSession(client);
    }

    /** Signs {@code username} in through the sign-in page; fails when the sign-in does not succeed. */
    public static PageSession signIn(TrackerClient client, String username, String password) {
        PageSession s = new PageSession(client);
        HttpResponse<String> form = s.send(s.request("/login").GET());
        if (form.statusCode() != 200) {
            throw new IllegalStateException("GET /login answered " + form.statusCode());
        }
        Map<String, String> fields = s.inputs(form.body());
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:signIn", "Sign in");
        HttpResponse<String> signedIn = s.send(s.request("/login")
                .header("Origin", originOf(client))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException(
                    "sign-in of " + username + " failed: " + signedIn.statusCode() + " " + signedIn.body());
        }
        return s;
    }

    /** A request to {@code path} (below the application) carrying the session cookie. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = client.anonymous(path);
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b;
    }

    /** Sends it, keeping a session cookie the answer sets. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> r = client.send(request);
        sessionCookie(r).ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
        return r;
    }

    /** The full {@code Set-Cookie} header of the session cookie in {@code response}, if it sets one. */
    public static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst();
    }

    /** The name and value of every input of the page (hidden view state included). */
    public Map<String, String> inputs(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            if (name.find()) {
                Matcher value = VALUE.matcher(input.group());
                fields.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        return fields;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String unescape(String attribute) {
        return attribute
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
