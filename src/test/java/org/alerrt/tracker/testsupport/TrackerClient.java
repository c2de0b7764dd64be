package org.alerrt.tracker.testsupport;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;
import org.alerrt.tracker.platform.xapiclient.RetryPolicy;
import org.alerrt.tracker.platform.xapiclient.XapiClient;
import org.alerrt.tracker.platform.xapiclient.XapiEndpoint;

/**
 * HTTP client for integration tests: the xAPI with the bootstrap LRS credential, the admin API with the bootstrap
 * administrator (both set through TRACKER_BOOTSTRAP_* in the failsafe configuration).
 */
public final class TrackerClient {

    public static final String LRS_KEY = "it-lrs-key";
    public static final String LRS_SECRET = "it-lrs-secret-0123456789";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "it-admin-password";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /**
     * tracker.content-url of the test servers (failsafe configuration): what launch URLs and CORS name. On the
     * pages' host, so browsers send the pages' cookies to it.
     */
    public static final String CONTENT_URL = "http://127.0.0.1:8081";

    private final String base;
    private final String contentBase;

    public TrackerClient(URL base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        URI u = URI.create(this.base);
        this.contentBase = "http://127.0.0.1:" + System.getProperty("tracker.contentPort", "8081") + u.getRawPath();
    }

    /** The test server's content listener (TRACKER_CONTENT_PORT), with the context path. */
    public String contentBase() {
        return contentBase;
    }

    /** A request to the content origin, e.g. {@code content("/content/1/1/index.html")}. */
    public HttpRequest.Builder content(String path) {
        return HttpRequest.newBuilder(URI.create(contentBase + path)).timeout(Duration.ofSeconds(30));
    }

    public String base() {
        return base;
    }

    public static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public HttpRequest.Builder xapi(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/xapi/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(LRS_KEY, LRS_SECRET))
                .header("X-Experience-API-Version", "1.0.3");
    }

    /**
     * The project's xAPI client with the bootstrap LRS credential, for walking "more" links and attachments the way
     * the upstream pull does; no retries, so a failure fails the test at once.
     */
    public XapiClient xapiClient() {
        return XapiClient.builder(XapiEndpoint.of(base + "/xapi/", LRS_KEY, LRS_SECRET))
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    public HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/api/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(ADMIN, ADMIN_PASSWORD));
    }

    public HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postStatements(String json) {
        return send(xapi("statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static JsonStructure json(String body) {
        try (var r = Json.createReader(new StringReader(body))) {
            return r.read();
        }
    }

    public static JsonObject object(String body) {
        return json(body).asJsonObject();
    }

    public static JsonArray array(String body) {
        return json(body).asJsonArray();
    }

    /**
     * Creates a learner ({@code learnerJson}, as POST /api/learners takes it, with the actor {@code mailto:email}),
     * posts a pass of 3356 Fire as a Weapon for it and waits for the certificate.
     *
     * @return the certificate's verification code
     */
    public String certifiedOfficer(String learnerJson, String email, String name) {
        return certifiedOfficer(learnerJson, email, name, "https://alerrt.org/xapi/courses/3356");
    }

    /** {@link #certifiedOfficer(String, String, String)} for the course of {@code activityIri}. */
    public String certifiedOfficer(String learnerJson, String email, String name, String activityIri) {
        var created = send(admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(learnerJson)));
        assertEquals(201, created.statusCode(), created.body());
        long learnerId = object(created.body()).getJsonNumber("id").longValue();
        var posted = postStatements("""
                {"actor": {"name": "%s", "mbox": "mailto:%s"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/passed"},
                 "object": {"id": "%s"},
                 "context": {"registration": "%s"},
                 "timestamp": "2026-11-18T15:30:00-06:00"}""".formatted(name, email, activityIri, UUID.randomUUID()));
        assertEquals(200, posted.statusCode(), posted.body());
        Supplier<JsonArray> certificates = () -> object(
                        send(admin("certificates?learnerId=" + learnerId).GET()).body())
                .getJsonArray("certificates");
        await().atMost(Duration.ofSeconds(30)).until(() -> !certificates.get().isEmpty());
        return certificates.get().getJsonObject(0).getString("code");
    }

    /**
     * Adds a course of its own, taught by indirect delivery (a local Certified Instructor), so that the agency reports
     * it with the certificate.
     *
     * @return the course's activity IRI, for {@link #certifiedOfficer(String, String, String, String)}
     */
    public String indirectCourse() {
        String number = "98" + (100 + (int) (Math.random() * 800));
        String iri = "https://alerrt.org/xapi/test/" + number;
        var course = send(admin("courses/" + number)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"title": "Level I (indirect delivery)", "delivery": "INDIRECT", "creditHours": 16,
                         "countsTowardMandate": true, "completionRule": "PASSED", "activityIris": ["%s"]}""".formatted(iri))));
        assertTrue(course.statusCode() == 200 || course.statusCode() == 201, course.body());
        return iri;
    }
}
