package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The document resources over HTTP (xAPI Communication §2.2 State §2.3, Agent Profile §2.6, Activity Profile §2.7)
 * and their concurrency rules (§3.1, 2.0 differences §4). Every test uses its own activity and agent.
 */
class XapiDocumentsIT extends AgainstDeployedTracker {

    String activity;
    String agent;

    @BeforeEach
    void fresh() {
        String id = UUID.randomUUID().toString();
        activity = "https://example.org/activities/" + id;
        agent = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:officer-" + id + "@example.org\"}";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String state(String stateId) {
        return "activities/state?activityId=" + enc(activity) + "&agent=" + enc(agent)
                + (stateId == null ? "" : "&stateId=" + enc(stateId));
    }

    private String activityProfile(String profileId) {
        return "activities/profile?activityId=" + enc(activity)
                + (profileId == null ? "" : "&profileId=" + enc(profileId));
    }

    private String agentProfile(String profileId) {
        return "agents/profile?agent=" + enc(agent) + (profileId == null ? "" : "&profileId=" + enc(profileId));
    }

    private HttpRequest.Builder put(String path, String contentType, String body) {
        return client.xapi(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder post(String path, String contentType, String body) {
        return client.xapi(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> get(String path) {
        return client.send(client.xapi(path).GET());
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag header"));
    }

    private static String sha1(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    }

    private static void assert400Naming(HttpResponse<String> response, String property) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(property, object(response.body()).getJsonObject("error").getString("property"), response.body());
    }

    @Test
    void stateIsStoredReadListedAndDeleted_2_3() throws Exception {
        String body = "{\"bookmark\":\"page-3\"}";
        assertEquals(
                204,
                client.send(put(state("resume"), "application/json", body)).statusCode(),
                "§2.2.s4.b2: an activity and agent the LRS has never seen are accepted");

        HttpResponse<String> got = get(state("resume"));
        assertEquals(200, got.statusCode(), got.body());
        assertEquals(body, got.body());
        assertEquals(
                "application/json", got.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("\"" + sha1(body.getBytes(StandardCharsets.UTF_8)) + "\"", etag(got), "§3.1.s4.b2/b4");
        ZonedDateTime modified = ZonedDateTime.parse(
                got.headers().firstValue("Last-Modified").orElseThrow(), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertTrue(
                Math.abs(modified.toInstant().getEpochSecond() - Instant.now().getEpochSecond()) < 120,
                "§2.2.s6.b1 Last-Modified is the time of the write");

        assertEquals(204, client.send(put(state("other"), "text/plain", "x")).statusCode());
        HttpResponse<String> ids = get(state(null));
        assertEquals(200, ids.statusCode(), ids.body());
        assertEquals(List.of("other", "resume"), array(ids.body()).getValuesAs(JsonString::getString));
        assertTrue(ids.headers().firstValue("Last-Modified").isPresent(), "§2.2.s6.b2");

        assertEquals(204, client.send(client.xapi(state("other")).DELETE()).statusCode());
        assertEquals(404, get(state("other")).statusCode());
        assertEquals(List.of("resume"), array(get(state(null)).body()).getValuesAs(JsonString::getString));
    }

    @Test
    void sinceListsOnlyDocumentsUpdatedAfterIt_2_3_s4() throws Exception {
        assertEquals(204, client.send(put(state("early"), "text/plain", "1")).statusCode());
        Thread.sleep(30); // separates the two updates by more than the millisecond resolution of `updated`
        Instant between = Instant.now();
        Thread.sleep(30);
        assertEquals(204, client.send(put(state("late"), "text/plain", "2")).statusCode());

        var since = get(state(null) + "&since=" + enc(between.toString()));
        assertEquals(200, since.statusCode(), since.body());
        assertEquals(List.of("late"), array(since.body()).getValuesAs(JsonString::getString));
        assertEquals(
                2,
                array(get(state(null) + "&since=2000-01-01T00:00:00Z").body()).size());
        assertEquals(
                0,
                array(get(state(null) + "&since="
                                        + enc(Instant.now().plusSeconds(3600).toString()))
                                .body())
                        .size());

        // an update moves a document past `since` again
        Instant beforeUpdate = Instant.now();
        Thread.sleep(30);
        assertEquals(204, client.send(put(state("early"), "text/plain", "1b")).statusCode());
        assertEquals(
                List.of("early"),
                array(get(state(null) + "&since=" + enc(beforeUpdate.toString()))
                                .body())
                        .getValuesAs(JsonString::getString));
    }

    @Test
    void stateDeleteWithoutStateIdDeletesTheWholeContextOnly_2_3_s5() {
        String registration = UUID.randomUUID().toString();
        assertEquals(204, client.send(put(state("a"), "text/plain", "a")).statusCode());
        assertEquals(204, client.send(put(state("b"), "text/plain", "b")).statusCode());
        assertEquals(
                204,
                client.send(put(state("a") + "&registration=" + registration, "text/plain", "r"))
                        .statusCode());

        assertEquals(204, client.send(client.xapi(state(null)).DELETE()).statusCode());
        assertEquals(0, array(get(state(null)).body()).size());
        var kept = get(state("a") + "&registration=" + registration);
        assertEquals(200, kept.statusCode(), "the documents of a registration are another context");
        assertEquals("r", kept.body());

        assertEquals(
                204,
                client.send(client.xapi(state(null) + "&registration=" + registration)
                                .DELETE())
                        .statusCode());
        assertEquals(404, get(state("a") + "&registration=" + registration).statusCode());
    }

    @Test
    void postMergesTopLevelJsonProperties_2_2_s7() {
        assertEquals(
                204,
                client.send(put(state("vars"), "application/json", "{\"x\":\"foo\",\"y\":\"bar\"}"))
                        .statusCode());
        String before = etag(get(state("vars")));
        assertEquals(
                204,
                client.send(post(state("vars"), "application/json", "{\"x\":\"bash\",\"z\":\"faz\"}"))
                        .statusCode(),
                "§2.2.s8.b2");
        var merged = get(state("vars"));
        assertEquals(
                Json.createObjectBuilder()
                        .add("x", "bash")
                        .add("y", "bar")
                        .add("z", "faz")
                        .build(),
                object(merged.body()));
        assertNotEquals(before, etag(merged), "the ETag follows the content");

        assertEquals(
                204,
                client.send(post(activityProfile("new"), "application/json", "{\"a\":1}"))
                        .statusCode(),
                "POST creates a document that does not exist yet");
        assertEquals(1, object(get(activityProfile("new")).body()).getInt("a"));
    }

    @Test
    void postThatCannotMergeIsRejectedAndChangesNothing_2_2_s8_b1() {
        assertEquals(
                204,
                client.send(put(state("text"), "text/plain", "plain words")).statusCode());
        assert400Naming(client.send(post(state("text"), "application/json", "{\"a\":1}")), "Content-Type");
        assertEquals("plain words", get(state("text")).body());

        assertEquals(
                204,
                client.send(put(state("json"), "application/json", "{\"a\":1}")).statusCode());
        assert400Naming(client.send(post(state("json"), "text/plain", "b=2")), "Content-Type");
        assertEquals(
                400,
                client.send(post(state("json"), "application/json", "[1,2]")).statusCode());
        assertEquals(
                400,
                client.send(post(state("json"), "application/json", "{\"broken\":"))
                        .statusCode());
        assertEquals(object("{\"a\":1}"), object(get(state("json")).body()));
    }

    @Test
    void anyContentIsStoredByteForByteWithItsContentTypeAndHeadAnswersLikeGet_2_2_1_1() throws Exception {
        byte[] png = new byte[600];
        for (int i = 0; i < png.length; i++) {
            png[i] = (byte) (i * 7);
        }
        var put = client.send(client.xapi(agentProfile("avatar"))
                .header("Content-Type", "image/png")
                .header("If-None-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png)));
        assertEquals(204, put.statusCode(), put.body());

        HttpResponse<byte[]> got =
                client.sendForBytes(client.xapi(agentProfile("avatar")).GET());
        assertEquals(200, got.statusCode());
        assertArrayEquals(png, got.body());
        assertEquals("image/png", got.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("\"" + sha1(png) + "\"", etag(got));

        HttpResponse<byte[]> head = client.sendForBytes(
                client.xapi(agentProfile("avatar")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length, "§1.1.s3.b1.b1 no body");
        assertEquals(etag(got), etag(head));
        assertTrue(head.headers().firstValue("Last-Modified").isPresent());
        assertEquals(
                String.valueOf(png.length),
                head.headers().firstValue("Content-Length").orElseThrow());

        assertEquals(List.of("avatar"), array(get(agentProfile(null)).body()).getValuesAs(JsonString::getString));
    }

    @Test
    void profilePutNeedsAPreconditionAndConflictsWithoutOne_3_1() {
        String doc = activityProfile("settings");
        assertEquals(
                400,
                client.send(put(doc, "application/json", "{\"v\":0}")).statusCode(),
                "§3.1.s3.b1: a 1.0.3 profile PUT must carry If-Match or If-None-Match");
        assertEquals(404, get(doc).statusCode());

        assertEquals(
                204,
                client.send(put(doc, "application/json", "{\"v\":1}").header("If-None-Match", "*"))
                        .statusCode());
        assertEquals(
                412,
                client.send(put(doc, "application/json", "{\"v\":2}").header("If-None-Match", "*"))
                        .statusCode(),
                "§3.1.s4.b6: the document exists");

        var conflict = client.send(put(doc, "application/json", "{\"v\":3}"));
        assertEquals(409, conflict.statusCode(), "§3.1.s4.b13");
        assertTrue(conflict.body().contains("If-Match"), "§3.1.s4.b14 explains how to resolve: " + conflict.body());

        assertEquals(
                412,
                client.send(put(doc, "application/json", "{\"v\":4}").header("If-Match", "\"1234\""))
                        .statusCode(),
                "§3.1.s4.b9");
        assertEquals(
                412,
                client.send(post(doc, "application/json", "{\"v\":5}").header("If-Match", "\"1234\""))
                        .statusCode(),
                "§3.1.s4.b11");
        assertEquals(
                412,
                client.send(client.xapi(doc).header("If-Match", "\"1234\"").DELETE())
                        .statusCode());
        var unchanged = get(doc);
        assertEquals(1, object(unchanged.body()).getInt("v"), "§3.1.s4.b10/b15: no modification");

        String current = etag(unchanged);
        assertEquals(
                204,
                client.send(put(doc, "application/json", "{\"v\":6}").header("If-Match", current))
                        .statusCode());
        var updated = get(doc);
        assertEquals(6, object(updated.body()).getInt("v"));
        assertEquals(
                412,
                client.send(client.xapi(doc).header("If-Match", current).DELETE())
                        .statusCode(),
                "the old ETag is stale now");
        assertEquals(
                204,
                client.send(client.xapi(doc).header("If-Match", etag(updated)).DELETE())
                        .statusCode());
        assertEquals(404, get(doc).statusCode());
    }

    @Test
    void agentProfileAndStateUnderXapi2_0_differences4() {
        String doc = agentProfile("prefs");
        var created = client.send(
                put(doc, "application/json", "{\"lang\":\"en\"}").setHeader("X-Experience-API-Version", "2.0.0"));
        assertEquals(204, created.statusCode(), "2.0: a header-less PUT may create a profile document");
        assertEquals(
                409,
                client.send(put(doc, "application/json", "{\"lang\":\"es\"}")
                                .setHeader("X-Experience-API-Version", "2.0.0"))
                        .statusCode());

        assertEquals(204, client.send(put(state("s"), "text/plain", "1")).statusCode());
        assertEquals(
                204,
                client.send(put(state("s"), "text/plain", "2")).statusCode(),
                "1.0.3 §3.1.s3: State accepts writes without concurrency headers");
        assertEquals(
                409,
                client.send(put(state("s"), "text/plain", "3").setHeader("X-Experience-API-Version", "2.0.0"))
                        .statusCode(),
                "2.0 extends the 409 rule to State");
        var got = get(state("s"));
        assertEquals("2", got.body());
        assertEquals(
                412,
                client.send(client.xapi(state("s"))
                                .header("If-Match", "\"1234\"")
                                .DELETE())
                        .statusCode());
        assertEquals(
                204,
                client.send(client.xapi(state("s"))
                                .header("If-Match", etag(got))
                                .DELETE())
                        .statusCode());
    }

    @Test
    void badParametersAreRejectedNamingTheParameter_2_3_2_6_2_7_3_2() {
        assert400Naming(get("activities/state?agent=" + enc(agent)), "activityId");
        assert400Naming(get("activities/state?activityId=" + enc(activity)), "agent");
        assert400Naming(get(state(null) + "&registration=not-a-uuid"), "registration");
        assert400Naming(get(state(null) + "&since=last-tuesday"), "since");
        assert400Naming(get(state(null) + "&foo=bar"), "foo");
        assert400Naming(
                get("activities/state?activityId=" + enc(activity) + "&agent=" + enc("{\"name\":\"x\"}")), "agent");
        assert400Naming(client.send(put(state(null), "text/plain", "x")), "stateId");
        assert400Naming(get("activities/profile?activityId=not%20an%20iri"), "activityId");
        assert400Naming(client.send(client.xapi(activityProfile(null)).DELETE()), "profileId");
        assert400Naming(get("agents/profile"), "agent");
        assert400Naming(
                get("agents/profile?agent=" + enc("{\"objectType\":\"Group\",\"mbox\":\"mailto:t@example.org\"}")),
                "agent.objectType");
        assertEquals(404, get(agentProfile("missing")).statusCode());
    }

    @Test
    void concurrentPostsToOneDocumentAllSurvive_2_2_s7() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (String doc : List.of(state("shared"), agentProfile("shared"))) {
                List<Future<HttpResponse<String>>> results = new ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    String json = "{\"k" + i + "\":" + i + "}";
                    results.add(pool.submit(() -> client.send(post(doc, "application/json", json))));
                }
                for (Future<HttpResponse<String>> r : results) {
                    assertEquals(204, r.get().statusCode(), r.get().body());
                }
                JsonObject merged = object(get(doc).body());
                for (int i = 0; i < writers; i++) {
                    assertEquals(i, merged.getInt("k" + i), "lost update of writer " + i + ": " + merged);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofConcurrentPutsWithTheSameIfMatchExactlyOneWins_3_1_s4_b5_b9() throws Exception {
        String doc = activityProfile("race");
        assertEquals(
                204,
                client.send(put(doc, "text/plain", "start").header("If-None-Match", "*"))
                        .statusCode());
        String tag = etag(get(doc));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String body = "writer-" + i;
                results.add(pool.submit(
                        () -> client.send(put(doc, "text/plain", body).header("If-Match", tag))));
            }
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int status = results.get(i).get().statusCode();
                assertTrue(status == 204 || status == 412, "status " + status);
                if (status == 204) {
                    winners.add(i);
                }
            }
            assertEquals(1, winners.size(), "the ETag is compared in the write's transaction: " + winners);
            assertEquals("writer-" + winners.get(0), get(doc).body());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyGetCarriesAnEtag_3_1_s4_b1() {
        var ids = get(activityProfile(null));
        assertEquals(200, ids.statusCode());
        assertEquals("[]", ids.body());
        assertTrue(etag(ids).startsWith("\""));
        assertFalse(ids.headers().firstValue("Last-Modified").isPresent(), "no document, no modification time");
    }
}
