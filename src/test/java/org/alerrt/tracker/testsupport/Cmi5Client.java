package org.alerrt.tracker.testsupport;

import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the cmi5 and Tin Can integration tests do over HTTP as the admin or the LMS: import a package, register a
 * learner, launch, fetch, and read a learner's completions and certificates. Asserting helpers check only that
 * the step worked (the status it must answer); each test asserts what it is about.
 */
public final class Cmi5Client {

    private final TrackerClient client;

    public Cmi5Client(TrackerClient client) {
        this.client = client;
    }

    /** POST /api/cmi5/courses with the package bytes, linked to the TCOLE number when it is not null. */
    public HttpResponse<String> importPackage(byte[] body, String contentType, String tcoleNumber) {
        return client.send(client.admin("cmi5/courses" + (tcoleNumber == null ? "" : "?tcoleNumber=" + tcoleNumber))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** POST of a JSON body to the admin API, e.g. {@code postJson("cmi5/registrations", ...)}. */
    public HttpResponse<String> postJson(String adminPath, JsonObject body) {
        return client.send(client.admin(adminPath)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Registers the actor on the course (201), answering the registration's progress. */
    public JsonObject register(long courseId, JsonObject actor) {
        HttpResponse<String> r = postJson(
                "cmi5/registrations",
                Json.createObjectBuilder()
                        .add("courseId", courseId)
                        .add("actor", actor)
                        .build());
        assertEquals(201, r.statusCode(), r.body());
        return object(r.body());
    }

    /** The fetch URL as the AU would call it, on the test server (public-url is not the random test port). */
    public HttpResponse<String> fetch(String fetchUrl) {
        return client.send(
                client.anonymous(URI.create(fetchUrl).getRawPath()).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public JsonArray completionsOf(long learnerId) {
        return array(
                client.send(client.admin("completions?learnerId=" + learnerId).GET())
                        .body());
    }

    public JsonArray certificatesOf(long learnerId) {
        return object(client.send(client.admin("certificates?learnerId=" + learnerId)
                                .GET())
                        .body())
                .getJsonArray("certificates");
    }

    /** An Agent "Casey Learner" with an account on https://it.example.org/learners (cmi5 §9.2). */
    public static JsonObject accountActor(String account) {
        return Json.createObjectBuilder()
                .add("objectType", "Agent")
                .add("name", "Casey Learner")
                .add(
                        "account",
                        Json.createObjectBuilder()
                                .add("homePage", "https://it.example.org/learners")
                                .add("name", account))
                .build();
    }

    /** The decoded query parameters of a launch URL, in order. */
    public static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
