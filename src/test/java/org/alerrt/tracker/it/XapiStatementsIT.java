package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alerrt.tracker.platform.xapiclient.StatementPage;
import org.alerrt.tracker.platform.xapiclient.StatementQuery;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.Test;

/** The statements core of the LRS over HTTP (xAPI Communication §2.1, Data §2.2–2.4), and its answers to bad input. */
class XapiStatementsIT extends AgainstDeployedTracker {

    static String statement(String id, String email, String verb, String activity, String registration) {
        return """
                {%s"actor": {"objectType": "Agent", "name": "Test Officer", "mbox": "mailto:%s"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/%s", "display": {"en-US": "%s"}},
                 "object": {"id": "%s", "objectType": "Activity"},
                 "context": {"registration": "%s"}}""".formatted(id == null ? "" : "\"id\": \"" + id + "\", ", email, verb, verb, activity, registration);
    }

    @Test
    void storesAStatementAndReturnsItCompletedByTheLrs() {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> post = client.postStatements(statement(
                id,
                "a-" + id + "@example.org",
                "experienced",
                "https://example.org/a/" + id,
                UUID.randomUUID().toString()));
        assertEquals(200, post.statusCode(), post.body());
        assertEquals(id, array(post.body()).getString(0));
        assertEquals(
                "1.0.3", post.headers().firstValue("X-Experience-API-Version").orElse(null));

        HttpResponse<String> get =
                client.send(client.xapi("statements?statementId=" + id).GET());
        assertEquals(200, get.statusCode(), get.body());
        JsonObject stored = object(get.body());
        assertEquals(id, stored.getString("id"));
        assertNotNull(stored.getString("stored"));
        assertNotNull(stored.getString("timestamp"));
        assertEquals(
                "it-lrs-key",
                stored.getJsonObject("authority").getJsonObject("account").getString("name"));
        assertTrue(
                get.headers().firstValue("X-Experience-API-Consistent-Through").isPresent());
    }

    /**
     * A plain JSON POST is stored by a servlet filter, any other POST by the JAX-RS resource (StatementPostFilter): a
     * query parameter sends the same request down the resource's path. Both must answer alike: status, error body,
     * the version and consistent-through headers (Communication §2.1.2, §2.1.3, §3.3), errors included.
     */
    @Test
    void aPlainJsonPostIsAnsweredAsTheResourceAnswersIt() {
        String id = UUID.randomUUID().toString();
        String valid = statement(
                id,
                "f-" + id + "@example.org",
                "experienced",
                "https://example.org/f/" + id,
                UUID.randomUUID().toString());
        String version = "X-Experience-API-Version";
        for (String path : List.of("statements", "statements?path=resource")) {
            String again = statement(null, "g-" + id + "@example.org", "attempted", "https://example.org/g/" + id, id);
            var stored = client.send(client.xapi(path)
                    .setHeader(version, "2.0.0")
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + valid + "," + again + "]")));
            assertEquals(200, stored.statusCode(), path + ": " + stored.body());
            assertEquals(2, array(stored.body()).size(), path);
            assertEquals(id, array(stored.body()).getString(0), path + ": the same statement again is idempotent");
            assertEquals("2.0.0", stored.headers().firstValue(version).orElse(null), path);
            assertTrue(stored.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertTrue(
                    stored.headers()
                            .firstValue("X-Experience-API-Consistent-Through")
                            .isPresent(),
                    path);
        }
        for (String body : List.of("{\"actor\": ", "[]", "[1]", "{\"verb\": {\"id\": \"not an iri\"}}")) {
            var plain = client.send(client.xapi("statements")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            var resource = client.send(client.xapi("statements?path=resource")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(400, plain.statusCode(), body);
            assertEquals(object(resource.body()), object(plain.body()), body);
            assertEquals("1.0.3", plain.headers().firstValue(version).orElse(null), body);
            assertTrue(
                    plain.headers()
                            .firstValue("X-Experience-API-Consistent-Through")
                            .isPresent(),
                    body);
        }
        for (String path : List.of("statements", "statements?path=resource")) {
            var twoVersions = client.send(client.xapi(path)
                    .header(version, "2.0.0")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(valid)));
            assertEquals(400, twoVersions.statusCode(), path + ": two version headers");
            var versionless = client.send(client.anonymous("/xapi/" + path)
                    .header("Authorization", TrackerClient.basic(TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(valid)));
            assertEquals(400, versionless.statusCode(), path);
            assertEquals(
                    version,
                    object(versionless.body()).getJsonObject("error").getString("property"),
                    path + ": " + versionless.body());
            assertTrue(versionless.headers().firstValue(version).isPresent(), path);
        }
    }

    /**
     * A plain JSON POST whose declared length is over the limit is not read by StatementPostFilter: it gets
     * RequestSizeLimitFilter's 413, which names the declared length, before the body is uploaded.
     */
    @Test
    void anOversizedDeclaredPostIsRefusedBeforeItsBodyIsRead() {
        String one = statement(
                null,
                "o@example.org",
                "experienced",
                "https://example.org/o",
                UUID.randomUUID().toString());
        String big = "[" + (one + ",").repeat(12_000) + one + "]";
        int length = big.getBytes(StandardCharsets.UTF_8).length;
        var oversized = client.send(client.xapi("statements")
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertEquals(413, oversized.statusCode());
        assertTrue(
                object(oversized.body())
                        .getJsonObject("error")
                        .getString("message")
                        .startsWith("Request body of " + length + " bytes exceeds"),
                oversized.body());
    }

    @Test
    void putStoresUnderTheGivenIdAndConflictsOnDifferentContent() {
        String id = UUID.randomUUID().toString();
        String body = statement(
                null,
                "p-" + id + "@example.org",
                "experienced",
                "https://example.org/p/" + id,
                UUID.randomUUID().toString());
        var put = client.send(client.xapi("statements?statementId=" + id)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(204, put.statusCode(), put.body());
        var again = client.send(client.xapi("statements?statementId=" + id)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(204, again.statusCode(), "the same statement again is accepted without change");
        var different = client.send(client.xapi("statements?statementId=" + id)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.replace("experienced", "attempted"))));
        assertEquals(409, different.statusCode(), different.body());
    }

    @Test
    void voidedStatementsAreOnlyReachableByVoidedStatementId() {
        String id = UUID.randomUUID().toString();
        assertEquals(
                200,
                client.postStatements(statement(
                                id,
                                "v-" + id + "@example.org",
                                "experienced",
                                "https://example.org/v/" + id,
                                UUID.randomUUID().toString()))
                        .statusCode());
        String voiding = """
                {"actor": {"mbox": "mailto:admin@example.org"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                 "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(id);
        assertEquals(200, client.postStatements(voiding).statusCode());
        assertEquals(
                404,
                client.send(client.xapi("statements?statementId=" + id).GET()).statusCode());
        var voided =
                client.send(client.xapi("statements?voidedStatementId=" + id).GET());
        assertEquals(200, voided.statusCode());
        assertEquals(id, object(voided.body()).getString("id"));
    }

    @Test
    void filteredQueryPagesThroughMoreLinksWithoutRepeatsOrGaps() {
        String registration = UUID.randomUUID().toString();
        String email = "q-" + registration + "@example.org";
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 7; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append(statement(null, email, "experienced", "https://example.org/q/" + i, registration));
        }
        var post = client.postStatements(batch.append(']').toString());
        assertEquals(200, post.statusCode(), post.body());
        Set<String> posted = new HashSet<>();
        array(post.body()).forEach(v -> posted.add(((JsonString) v).getString()));

        List<StatementPage> pages = client.xapiClient()
                .pages(StatementQuery.builder()
                        .agent(Json.createObjectBuilder()
                                .add("mbox", "mailto:" + email)
                                .build())
                        .registration(UUID.fromString(registration))
                        .limit(3)
                        .build())
                .toList();
        Set<String> seen = new HashSet<>();
        pages.forEach(page ->
                page.statements().forEach(s -> assertTrue(seen.add(s.getString("id")), "once: " + s.getString("id"))));
        assertEquals(posted, seen);
        assertEquals(3, pages.size());
    }

    @Test
    void batchIsStoredAllOrNothing() {
        String good = UUID.randomUUID().toString();
        String body = "[" + statement(good, "b@example.org", "experienced", "https://example.org/b", good)
                + ", {\"actor\": {\"mbox\": \"mailto:b@example.org\"}, \"object\": {\"id\": \"https://example.org/b\"}}]";
        var post = client.postStatements(body);
        assertEquals(400, post.statusCode());
        assertEquals(
                "statement[1].verb", object(post.body()).getJsonObject("error").getString("property"));
        assertEquals(
                404,
                client.send(client.xapi("statements?statementId=" + good).GET()).statusCode());
    }

    @Test
    void badInputGetsAClearClientError() {
        var malformed = client.postStatements("{\"actor\": ");
        assertEquals(400, malformed.statusCode());
        assertTrue(object(malformed.body())
                .getJsonObject("error")
                .getString("message")
                .contains("Malformed JSON"));

        var missingVerb = client.postStatements(
                "{\"actor\": {\"mbox\": \"mailto:x@example.org\"}, \"object\": {\"id\": \"https://example.org/x\"}}");
        assertEquals(400, missingVerb.statusCode());
        assertEquals(
                "statement.verb",
                object(missingVerb.body()).getJsonObject("error").getString("property"));

        var badMbox = client.postStatements(statement(
                        null,
                        "x@example.org",
                        "experienced",
                        "https://example.org/x",
                        UUID.randomUUID().toString())
                .replace("mailto:x@example.org", "x@example.org"));
        assertEquals(400, badMbox.statusCode());
        assertEquals(
                "statement.actor.mbox",
                object(badMbox.body()).getJsonObject("error").getString("property"));

        String big = "["
                + (statement(
                                        null,
                                        "big@example.org",
                                        "experienced",
                                        "https://example.org/big",
                                        UUID.randomUUID().toString())
                                + ",")
                        .repeat(12_000)
                + "{}]";
        var oversized = client.send(client.xapi("statements")
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertEquals(413, oversized.statusCode());
        assertTrue(object(oversized.body())
                .getJsonObject("error")
                .getString("message")
                .contains("exceeds"));

        var noVersion = client.send(client.xapi("statements")
                .setHeader("X-Experience-API-Version", "0.9")
                .GET());
        assertEquals(400, noVersion.statusCode());

        var badQuery = client.send(client.xapi("statements?since=yesterday").GET());
        assertEquals(400, badQuery.statusCode());
        assertEquals("since", object(badQuery.body()).getJsonObject("error").getString("property"));
    }

    @Test
    void wrongOrMissingCredentialsAre401() {
        var none = client.send(client.anonymous("/xapi/statements")
                .header("X-Experience-API-Version", "1.0.3")
                .GET());
        assertEquals(401, none.statusCode());
        var wrong = client.send(client.anonymous("/xapi/statements")
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", TrackerClient.basic(TrackerClient.LRS_KEY, "not-the-secret"))
                .GET());
        assertEquals(401, wrong.statusCode());
        var about = client.send(client.anonymous("/xapi/about").GET());
        assertEquals(200, about.statusCode(), "About is public (Communication §2.8)");
        assertFalse(object(about.body()).getJsonArray("version").isEmpty());
    }
}
