package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A sweep of malformed requests over every xAPI resource: each must get a 4xx (a 400 with the xAPI error body where
 * the request is malformed, Communication §3.2), never a 5xx, and none may change what is stored.
 */
class XapiMalformedRequestsIT extends AgainstDeployedTracker {

    /** Unique per run: the integration databases are shared by all test classes of an execution. */
    private static final String ACTIVITY = "https://example.org/malformed/" + UUID.randomUUID();

    private static final String AGENT = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:sweep@example.org\"}";

    private record Case(String name, int expected, Supplier<HttpRequest.Builder> request) {}

    @Test
    void everyMalformedRequestGetsAClientErrorAndChangesNothing() {
        String statementId = UUID.randomUUID().toString();
        String statement = statement(statementId);
        var putFirst = client.send(client.xapi("statements?statementId=" + statementId)
                .header("Content-Type", "application/json")
                .PUT(body(statement)));
        assertEquals(204, putFirst.statusCode(), putFirst.body());
        String stateQuery = "activities/state?activityId=" + enc(ACTIVITY) + "&agent=" + enc(AGENT) + "&stateId=s1";
        byte[] state = "{\"bookmark\":\"page-3\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                204,
                client.send(client.xapi(stateQuery)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(state)))
                        .statusCode());
        String storedBefore = client.send(
                        client.xapi("statements?statementId=" + statementId).GET())
                .body();

        List<Executable> checks = new ArrayList<>();
        for (Case c : cases(statementId)) {
            checks.add(() -> {
                HttpResponse<String> r = client.send(c.request().get());
                if (r.statusCode() >= 500) {
                    fail(c.name() + ": " + r.statusCode() + " " + r.body());
                }
                assertEquals(c.expected(), r.statusCode(), c.name() + ": " + r.body());
                if (c.expected() == 400) {
                    JsonObject error = object(r.body()).getJsonObject("error");
                    assertFalse(error.getString("message").isBlank(), c.name() + ": error message");
                }
            });
        }
        assertAll(checks);

        assertEquals(
                storedBefore,
                client.send(client.xapi("statements?statementId=" + statementId).GET())
                        .body(),
                "the stored statement is unchanged");
        HttpResponse<byte[]> stateAfter =
                client.sendForBytes(client.xapi(stateQuery).GET());
        assertEquals(200, stateAfter.statusCode());
        assertArrayEquals(state, stateAfter.body(), "the state document is unchanged");
        JsonObject byActivity = object(
                client.send(client.xapi("statements?activity=" + enc(ACTIVITY)).GET())
                        .body());
        assertEquals(1, byActivity.getJsonArray("statements").size(), "nothing else was stored for the activity");
    }

    private List<Case> cases(String storedId) {
        String other = UUID.randomUUID().toString();
        String agentQs = "&agent=" + enc(AGENT);
        List<Case> cases = new ArrayList<>();
        // Statement resource, bodies (Data §2.2, Communication §2.1.1/§2.1.2)
        cases.add(post("empty body", ""));
        cases.add(post("JSON null", "null"));
        cases.add(post("JSON number", "42"));
        cases.add(post("JSON string", "\"statement\""));
        cases.add(post("array of numbers", "[1, 2]"));
        cases.add(post("truncated JSON", statement(other).substring(0, 40)));
        cases.add(post("trailing garbage", statement(other) + "}"));
        cases.add(post("nesting 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000)));
        cases.add(post(
                "actor is an array",
                statement(other).replace("{\"mbox\":\"mailto:sweep@example.org\"}", "[\"mailto:sweep@example.org\"]")));
        cases.add(post("id not a UUID", statement(other).replace(other, "not-a-uuid")));
        cases.add(post(
                "verb id not an IRI",
                statement(other).replace("http://adlnet.gov/expapi/verbs/experienced", "experienced")));
        cases.add(post(
                "scaled score above 1",
                statement(other).replace("\"completion\":true", "\"completion\":true,\"score\":{\"scaled\":2}")));
        cases.add(post("timestamp not ISO 8601", statement(other).replace("2026-01-01T00:00:00Z", "yesterday")));
        cases.add(post("unknown property", statement(other).replace("{\"id\"", "{\"colour\":\"red\",\"id\"")));
        cases.add(post(
                "registration not a UUID",
                statement(other).replace("\"result\"", "\"context\":{\"registration\":\"abc\"},\"result\"")));
        cases.add(post("same id twice in a batch", "[" + statement(other) + "," + statement(other) + "]"));
        cases.add(new Case(
                "invalid UTF-8",
                400,
                () -> client.xapi("statements")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}))));
        cases.add(new Case(
                "multipart without boundary",
                400,
                () -> client.xapi("statements")
                        .header("Content-Type", "multipart/mixed")
                        .POST(body(statement(other)))));
        cases.add(new Case(
                "multipart attachment without its part",
                400,
                () -> client.xapi("statements")
                        .header("Content-Type", "multipart/mixed; boundary=abc")
                        .POST(body("--abc\r\nContent-Type: application/json\r\n\r\n" + withAttachment(other)
                                + "\r\n--abc--\r\n"))));
        cases.add(new Case(
                "PUT without statementId",
                400,
                () -> client.xapi("statements")
                        .header("Content-Type", "application/json")
                        .PUT(body(statement(other)))));
        cases.add(new Case(
                "PUT statementId not a UUID",
                400,
                () -> client.xapi("statements?statementId=nope")
                        .header("Content-Type", "application/json")
                        .PUT(body(statement(other)))));
        cases.add(new Case(
                "PUT body id differs from statementId",
                400,
                () -> client.xapi("statements?statementId=" + UUID.randomUUID())
                        .header("Content-Type", "application/json")
                        .PUT(body(statement(other)))));
        cases.add(new Case(
                "PUT of a stored id with other content",
                409,
                () -> client.xapi("statements?statementId=" + storedId)
                        .header("Content-Type", "application/json")
                        .PUT(body(statement(storedId).replace("experienced", "attempted")))));
        // Statement resource, queries (Communication §2.1.3)
        for (String q : List.of(
                "limit=-1",
                "limit=ten",
                "agent=%7Bnot-json",
                "agent=" + enc("{\"mbox\":\"x\"}"),
                "verb=not%20an%20iri",
                "format=verbose",
                "ascending=maybe",
                "registration=nope",
                "since=yesterday",
                "until=2026-13-45T00:00:00Z",
                "attachments=sometimes",
                "colour=red",
                "statementId=" + storedId + "&voidedStatementId=" + storedId,
                "statementId=" + storedId + "&limit=5",
                "more=not-a-token",
                "agent=" + enc(AGENT) + "&agent=" + enc(AGENT))) {
            cases.add(new Case(
                    "GET statements?" + q,
                    400,
                    () -> client.xapi("statements?" + q).GET()));
        }
        // Document resources (Communication §2.2–§2.7)
        cases.add(new Case(
                "state without activityId",
                400,
                () -> client.xapi("activities/state?stateId=s" + agentQs)
                        .header("Content-Type", "application/json")
                        .PUT(body("{}"))));
        cases.add(new Case(
                "state with an agent that is not JSON",
                400,
                () -> client.xapi("activities/state?activityId=" + enc(ACTIVITY) + "&agent=mbox&stateId=s")
                        .header("Content-Type", "application/json")
                        .PUT(body("{}"))));
        cases.add(new Case(
                "state with since not a timestamp",
                400,
                () -> client.xapi("activities/state?activityId=" + enc(ACTIVITY) + agentQs + "&since=last-week")
                        .GET()));
        cases.add(new Case(
                "state POST merge of a non-object",
                400,
                () -> client.xapi("activities/state?activityId=" + enc(ACTIVITY) + agentQs + "&stateId=s1")
                        .header("Content-Type", "application/json")
                        .POST(body("[1,2,3]"))));
        cases.add(new Case(
                "state POST of broken JSON",
                400,
                () -> client.xapi("activities/state?activityId=" + enc(ACTIVITY) + agentQs + "&stateId=s1")
                        .header("Content-Type", "application/json")
                        .POST(body("{\"bookmark\":"))));
        cases.add(new Case(
                "agent profile for a Group",
                400,
                () -> client.xapi("agents/profile?profileId=p&agent="
                                + enc("{\"objectType\":\"Group\",\"mbox\":\"mailto:g@example.org\"}"))
                        .header("Content-Type", "application/json")
                        .PUT(body("{}"))));
        cases.add(new Case(
                "activity profile without activityId",
                400,
                () -> client.xapi("activities/profile?profileId=p").GET()));
        cases.add(new Case(
                "activities with a non-IRI id",
                400,
                () -> client.xapi("activities?activityId=course").GET()));
        cases.add(new Case(
                "agents with a broken agent",
                400,
                () -> client.xapi("agents?agent=%7B%22mbox").GET()));
        // Versions, alternate syntax, credentials (Communication §1.3, §3.3, §4)
        cases.add(new Case(
                "unsupported version",
                400,
                () -> client.xapi("statements")
                        .setHeader("X-Experience-API-Version", "3.0.0")
                        .GET()));
        cases.add(new Case(
                "alternate syntax with an unknown method",
                400,
                () -> client.xapi("statements?method=PATCH")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(body("content=%7B%7D"))));
        cases.add(new Case(
                "alternate syntax under 2.0.0",
                400,
                () -> client.xapi("statements?method=GET")
                        .setHeader("X-Experience-API-Version", "2.0.0")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(body(""))));
        cases.add(new Case(
                "Authorization not Base64",
                401,
                () -> client.anonymous("/xapi/statements")
                        .header("X-Experience-API-Version", "1.0.3")
                        .header("Authorization", "Basic %%%not-base64%%%")
                        .GET()));
        cases.add(new Case(
                "Authorization without a colon",
                401,
                () -> client.anonymous("/xapi/statements")
                        .header("X-Experience-API-Version", "1.0.3")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)))
                        .GET()));
        cases.add(new Case(
                "Bearer token",
                401,
                () -> client.anonymous("/xapi/statements")
                        .header("X-Experience-API-Version", "1.0.3")
                        .header("Authorization", "Bearer abc")
                        .GET()));
        return cases;
    }

    private Case post(String name, String json) {
        return new Case(
                "POST " + name,
                400,
                () -> client.xapi("statements")
                        .header("Content-Type", "application/json")
                        .POST(body(json)));
    }

    private static String statement(String id) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:sweep@example.org\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
                + "\"object\":{\"id\":\"" + ACTIVITY + "\"},\"result\":{\"completion\":true},"
                + "\"timestamp\":\"2026-01-01T00:00:00Z\"}";
    }

    private static String withAttachment(String id) {
        return statement(id)
                .replace(
                        "\"timestamp\"",
                        "\"attachments\":[{\"usageType\":\"http://example.org/usage\","
                                + "\"display\":{\"en-US\":\"file\"},\"contentType\":\"text/plain\",\"length\":4,\"sha2\":\""
                                + "a".repeat(64) + "\"}],\"timestamp\"");
    }

    private static HttpRequest.BodyPublisher body(String s) {
        return HttpRequest.BodyPublishers.ofString(s);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
