package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.FaultInjectingProxy;
import org.alerrt.tracker.testsupport.FaultInjectingProxy.Fault;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.alerrt.tracker.testsupport.TrackerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The tracker as an xAPI client pulling from another LRS (docs/upstream.md): the deployed tracker is the upstream,
 * a second instance (the uber-jar, its own database: H2 or a fresh PostgreSQL database) pulls from it through a
 * proxy that injects faults. Statements posted upstream arrive with their ids, make completions as posted ones do,
 * are never stored or counted twice, and survive a remote that fails and a puller killed mid-pull. The other way,
 * statements stored in the second instance are forwarded to the deployed one once, in order, with their ids; one the
 * remote refuses waits as a dead letter until corrected and retried.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpstreamPullIT extends AgainstDeployedTracker {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";
    private static final String FIRE_AS_A_WEAPON = "https://alerrt.org/xapi/courses/3356";
    private static final String UPSTREAM_SECRET = TrackerClient.LRS_SECRET;

    private static Path work;
    private static Map<String, String> environment;
    private static FaultInjectingProxy proxy;
    private static TrackerProcess puller;
    private static TrackerClient local;
    private static long upstreamId;
    /** Statements posted upstream so far: what the puller must have pulled, each once. */
    private static int posted;

    @BeforeEach
    void startPuller() throws Exception {
        if (puller != null) {
            return;
        }
        work = Files.createDirectories(Path.of("target", "upstream-it-" + System.getProperty("it.database", "h2"))
                .toAbsolutePath()
                .resolve(Long.toHexString(System.nanoTime())));
        proxy = new FaultInjectingProxy(URI.create(base.getProtocol() + "://" + base.getAuthority()));
        environment = environment();
        puller = TrackerProcess.start(environment, log());
        local = new TrackerClient(puller.base());
        Instant start = Instant.now().minusSeconds(1); // the upstream holds other tests' statements: not those
        HttpResponse<String> created = local.send(local.admin("upstreams")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "deployed", "endpoint": "%s", "key": "%s", "secret": "%s",
                         "pull": {"since": "%s", "pollSeconds": 1}}""".formatted(
                        proxy.origin() + base.getPath() + "xapi", TrackerClient.LRS_KEY, UPSTREAM_SECRET, start))));
        assertEquals(201, created.statusCode(), created.body());
        upstreamId = object(created.body()).getJsonNumber("id").longValue();
    }

    /** Everything goes, so that a rerun of a failed test (failsafe reruns once) starts afresh. */
    @AfterAll
    static void stopPuller() {
        if (puller != null) {
            puller.close();
            puller = null;
        }
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        posted = 0;
    }

    @Test
    @Order(1)
    void aPulledPassMakesACompletionAndPullingAgainChangesNothing() {
        String email = "pulled-" + UUID.randomUUID() + "@example.org";
        var learner = local.send(local.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Pat", "lastName": "Pulled", "pid": "4567812", "agency": "Kyle PD",
                         "actor": {"mbox": "mailto:%s"}}""".formatted(email))));
        assertEquals(201, learner.statusCode(), learner.body());
        long learnerId = object(learner.body()).getJsonNumber("id").longValue();
        String registration = UUID.randomUUID().toString();
        List<String> ids = postUpstream(
                List.of(statement(email, EXPERIENCED, registration), statement(email, PASSED, registration)));

        await().atMost(PATIENCE).until(() -> status().getJsonNumber("pulled").longValue() == posted);
        assertEquals(ids, localIds(registration), "stored here with the upstream's ids, in its order");
        await().atMost(PATIENCE).until(() -> completions(learnerId) == 1);

        // two more runs end with nothing new
        for (int run = 0; run < 2; run++) {
            String lastSuccess = status().getString("lastSuccessAt", "");
            await().atMost(PATIENCE)
                    .until(() -> !status().getString("lastSuccessAt", "").equals(lastSuccess));
        }
        assertEquals(posted, status().getJsonNumber("pulled").longValue(), "pulled again: nothing new");
        assertEquals(ids, localIds(registration));
        assertEquals(1, completions(learnerId));

        String shown = local.send(local.admin("upstreams/" + upstreamId).GET()).body();
        assertFalse(shown.contains(UPSTREAM_SECRET), "the secret is never shown back: " + shown);
        assertTrue(object(shown).getBoolean("secretSet"), shown);

        HttpResponse<String> health =
                local.send(local.anonymous("/health/ready").GET());
        JsonObject upstreams = object(health.body()).getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("upstreams"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(health.body()))
                .getJsonObject("data");
        // MicroProfile Health data values are strings, numbers or booleans; Payara sends numbers as strings
        JsonValue pulled = upstreams.get("deployed.pulled");
        assertEquals(
                String.valueOf(posted),
                pulled instanceof JsonString text ? text.getString() : String.valueOf(pulled),
                health.body());

        // the same figure as a gauge on /metrics (UpstreamMetrics reads them every second here)
        Pattern gauge = Pattern.compile(
                "(?m)^tracker_upstream_pulled\\{[^}]*upstream=\"deployed\"[^}]*} " + posted + "(\\.0)?$");
        await().atMost(PATIENCE)
                .until(() -> gauge.matcher(
                                local.send(local.anonymous("/metrics").GET()).body())
                        .find());

        // voided upstream, voided here (Data §2.3.2): the voiding statement is pulled like any other
        postUpstream(List.of("""
                {"id": "%s", "actor": {"mbox": "mailto:%s"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                 "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(UUID.randomUUID(), email, ids.get(1))));
        await().atMost(PATIENCE).until(() -> status().getJsonNumber("pulled").longValue() == posted);
        assertEquals(
                404,
                local.send(local.xapi("statements?statementId=" + ids.get(1)).GET())
                        .statusCode());
        assertEquals(
                200,
                local.send(local.xapi("statements?voidedStatementId=" + ids.get(1))
                                .GET())
                        .statusCode());
    }

    @Test
    @Order(2)
    void aFailingUpstreamIsRecordedAndThePullResumesWithNothingLost() {
        String registration = UUID.randomUUID().toString();
        proxy.fail(Fault.ERROR_500, -1);
        List<String> ids = postUpstream(IntStream.range(0, 5)
                .mapToObj(i -> statement("fault-" + i + "@example.org", EXPERIENCED, registration))
                .toList());
        await().atMost(PATIENCE).until(() -> status().containsKey("lastError"));
        assertTrue(status().getString("lastError").contains("500"), status().toString());
        assertTrue(localIds(registration).isEmpty());

        proxy.fail(Fault.DOWN, -1);
        String downSince = status().getString("lastErrorAt");
        await().atMost(PATIENCE).until(() -> !status().getString("lastErrorAt").equals(downSince));

        proxy.fail(Fault.TOO_MANY_REQUESTS, 2); // the client waits Retry-After: 1 and carries on
        await().atMost(PATIENCE).until(() -> !status().containsKey("lastError"));
        await().atMost(PATIENCE).until(() -> status().getJsonNumber("pulled").longValue() == posted);
        assertEquals(ids, localIds(registration));
    }

    @Test
    @Order(3)
    void aPullerKilledMidPullResumesFromItsCheckpoint() throws Exception {
        String registration = UUID.randomUUID().toString();
        long before = status().getJsonNumber("pulled").longValue();
        proxy.fail(Fault.SLOW, -1); // 10 statements a page, half a second a page: the kill lands mid-pull
        List<String> ids = postUpstream(IntStream.range(0, 150)
                .mapToObj(i -> statement("restart-" + i + "@example.org", EXPERIENCED, registration))
                .toList());
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> status().getJsonNumber("pulled").longValue() >= before + 20);
        long atKill = status().getJsonNumber("pulled").longValue();
        puller.kill();
        assertTrue(atKill < posted, "killed before the end of the pull: " + atKill + " of " + posted);
        proxy.heal();
        puller = TrackerProcess.start(environment, log());
        local = new TrackerClient(puller.base());

        await().atMost(PATIENCE).until(() -> status().getJsonNumber("pulled").longValue() == posted);
        List<String> stored = localIds(registration);
        assertEquals(150, stored.size());
        assertEquals(new HashSet<>(ids), new HashSet<>(stored), "every statement once");
        JsonObject s = status();
        assertEquals(ids.get(ids.size() - 1), s.getString("lastStatementId"));
        assertFalse(s.getBoolean("paging"));
    }

    @Test
    @Order(4)
    void storedStatementsAreForwardedOnceInOrderAndARefusedOneWaitsAsADeadLetter() {
        // pulling from the same LRS would bring the forwarded statements back (harmless) and the corrected one
        // into conflict with the original (a refusal on pull): this test is about forwarding alone
        HttpResponse<String> paused = local.send(local.admin("upstreams/" + upstreamId)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        """
                        {"name": "deployed", "endpoint": "%s", "key": "%s", "pull": {"enabled": false}}""".formatted(proxy.origin() + base.getPath() + "xapi", TrackerClient.LRS_KEY))));
        assertEquals(200, paused.statusCode(), paused.body());
        String course = "https://it.example.org/forward/" + UUID.randomUUID();
        HttpResponse<String> configured = local.send(local.admin("upstreams/" + upstreamId + "/forward")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"rules\": [{\"activity\": \"" + course + "\"}]}")));
        assertEquals(200, configured.statusCode(), configured.body());
        proxy.refuseBodiesContaining("refuse-me");

        String registration = UUID.randomUUID().toString();
        List<String> statements = IntStream.range(0, 5)
                .mapToObj(i -> forwardable(course, registration, i == 2 ? "refuse-me" : "answer " + i))
                .toList();
        List<String> ids = postLocally(statements);
        postLocally(List.of(forwardable("https://it.example.org/not-forwarded", registration, "x")));
        await().atMost(PATIENCE)
                .until(() -> forwardStatus().getJsonNumber("forwarded").longValue() == 4);
        assertEquals(1, forwardStatus().getInt("deadLetters"));
        List<String> delivered = List.of(ids.get(0), ids.get(1), ids.get(3), ids.get(4));
        assertEquals(delivered, localIds(course, client), "in stored order, with their ids, the refused one left out");

        proxy.fail(Fault.ERROR_500, -1);
        List<String> more = postLocally(IntStream.range(0, 3)
                .mapToObj(i -> forwardable(course, registration, "later " + i))
                .toList());
        await().atMost(PATIENCE).until(() -> forwardStatus().containsKey("lastError"));
        proxy.heal();
        await().atMost(PATIENCE)
                .until(() -> forwardStatus().getJsonNumber("forwarded").longValue() == 7);
        List<String> all = new ArrayList<>(delivered);
        all.addAll(more);
        assertEquals(all, localIds(course, client), "each once, after the remote came back");

        JsonObject letter = array(local.send(local.admin("upstreams/" + upstreamId + "/dead-letters")
                                .GET())
                        .body())
                .getJsonObject(0);
        assertEquals(ids.get(2), letter.getString("statementId"));
        assertEquals(400, letter.getInt("httpStatus"));
        String corrected = letter.getJsonObject("statement").toString().replace("refuse-me", "corrected");
        HttpResponse<String> retried = local.send(
                local.admin("upstreams/" + upstreamId + "/dead-letters/" + letter.getJsonNumber("id") + "/retry")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(corrected)));
        assertEquals(200, retried.statusCode(), retried.body());
        assertTrue(object(retried.body()).getBoolean("delivered"), retried.body());
        assertTrue(localIds(course, client).contains(ids.get(2)));
        assertEquals(0, forwardStatus().getInt("deadLetters"));
    }

    @Test
    @Order(5)
    void attachmentDataIsPulledAndForwardedWithIdenticalBytes() throws Exception {
        String course = "https://it.example.org/attachments/" + UUID.randomUUID();
        // pulled: only this course from here on (the checkpoint stays; test 4 paused pulling)
        HttpResponse<String> resumed = local.send(local.admin("upstreams/" + upstreamId)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        """
                        {"name": "deployed", "endpoint": "%s", "key": "%s",
                         "pull": {"activity": "%s", "pollSeconds": 1}}""".formatted(proxy.origin() + base.getPath() + "xapi", TrackerClient.LRS_KEY, course))));
        assertEquals(200, resumed.statusCode(), resumed.body());
        byte[] up = "pulled evidence \u00e9\u0000\r\n--end".getBytes(StandardCharsets.UTF_8);
        String pulledId = UUID.randomUUID().toString();
        postMultipart(client, pulledId, course, up);
        await().atMost(PATIENCE).until(() -> localIds(course, local).contains(pulledId));
        assertEquals(List.of(up.length), dataOf(local, pulledId, up), "the data came with it, the same bytes");

        // forwarded: the rules now select this course
        HttpResponse<String> rules = local.send(local.admin("upstreams/" + upstreamId + "/forward")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"rules\": [{\"activity\": \"" + course + "\"}]}")));
        assertEquals(200, rules.statusCode(), rules.body());
        byte[] down = "forwarded evidence \u00e9\u0000".getBytes(StandardCharsets.UTF_8);
        String forwardedId = UUID.randomUUID().toString();
        postMultipart(local, forwardedId, course, down);
        await().atMost(PATIENCE).until(() -> localIds(course, client).contains(forwardedId));
        assertEquals(List.of(down.length), dataOf(client, forwardedId, down), "the data went with it");
        assertEquals(0, forwardStatus().getInt("deadLetters"));
    }

    @Test
    @Order(6)
    void pullingItsOwnStatementsThroughAnotherCredentialChangesNothing() {
        HttpResponse<String> issued = local.send(local.admin("lrs/credentials")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"self-pull\", \"scopes\": [\"statements/read\"]}")));
        assertEquals(201, issued.statusCode(), issued.body());
        String registration = UUID.randomUUID().toString();
        String course = "https://it.example.org/self/" + UUID.randomUUID();
        List<String> ids = postLocally(IntStream.range(0, 3)
                .mapToObj(i -> forwardable(course, registration, "self " + i))
                .toList());
        HttpResponse<String> created = local.send(local.admin("upstreams")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "itself", "endpoint": "%s/xapi/", "key": "%s", "secret": "%s",
                         "pull": {"activity": "%s", "pollSeconds": 1}}""".formatted(
                                puller.base(),
                                object(issued.body()).getString("key"),
                                object(issued.body()).getString("secret"),
                                course))));
        assertEquals(201, created.statusCode(), created.body());
        String self = "upstreams/" + object(created.body()).getJsonNumber("id").longValue();
        await().atMost(PATIENCE).until(() -> ids.get(2).equals(pullStatus(self).getString("lastStatementId", "")));
        long pulled = pullStatus(self).getJsonNumber("pulled").longValue();
        for (int run = 0; run < 2; run++) {
            String lastSuccess = pullStatus(self).getString("lastSuccessAt", "");
            await().atMost(PATIENCE)
                    .until(() ->
                            !pullStatus(self).getString("lastSuccessAt", "").equals(lastSuccess));
        }
        JsonObject after = pullStatus(self);
        assertFalse(after.containsKey("lastError"), after.toString());
        assertEquals(pulled, after.getJsonNumber("pulled").longValue(), "two more polls count nothing new");
        assertEquals(ids, localIds(registration), "the same statements, ids kept, none twice");
        assertEquals(204, local.send(local.admin(self).DELETE()).statusCode());
    }

    private static JsonObject pullStatus(String upstream) {
        HttpResponse<String> r = local.send(local.admin(upstream).GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonObject("pullStatus");
    }

    /** POSTs one statement whose attachment has no fileUrl, its data as a part (Communication §1.5.2). */
    private static void postMultipart(TrackerClient to, String id, String course, byte[] data) throws Exception {
        String json = """
                {"id": "%s", "actor": {"mbox": "mailto:attachments@example.org"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}, "object": {"id": "%s"},
                 "attachments": [%s]}""".formatted(
                        id,
                        course,
                        XapiAttachmentsIT.attachment(
                                "http://adlnet.gov/expapi/attachments/evidence",
                                "application/octet-stream",
                                data.length,
                                XapiAttachmentsIT.sha256(data),
                                null));
        HttpResponse<String> r = to.send(to.xapi("statements")
                .header("Content-Type", "multipart/mixed; boundary=\"" + XapiAttachmentsIT.BOUNDARY + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(XapiAttachmentsIT.multipart(
                        XapiAttachmentsIT.BOUNDARY,
                        json,
                        XapiAttachmentsIT.part("application/octet-stream", data, XapiAttachmentsIT.sha256(data))))));
        assertEquals(200, r.statusCode(), r.body());
    }

    /** The lengths of the parts an LRS answers for the statement with attachments=true, each checked against data. */
    private static List<Integer> dataOf(TrackerClient from, String id, byte[] data) throws Exception {
        HttpResponse<byte[]> r = from.sendForBytes(
                from.xapi("statements?attachments=true&statementId=" + id).GET());
        assertEquals(200, r.statusCode());
        List<XapiAttachmentsIT.Part> parts = XapiAttachmentsIT.readMultipart(r);
        List<Integer> lengths = new ArrayList<>();
        for (XapiAttachmentsIT.Part p : parts.subList(1, parts.size())) {
            assertEquals(XapiAttachmentsIT.sha256(data), p.headers().get("x-experience-api-hash"));
            assertTrue(java.util.Arrays.equals(data, p.data()), "identical bytes");
            lengths.add(p.data().length);
        }
        return lengths;
    }

    /** The ids an LRS (the puller, or the deployed one: client) holds for the activity, in stored order. */
    private static List<String> localIds(String activity, TrackerClient at) {
        HttpResponse<String> r = at.send(at.xapi("statements?ascending=true&limit=500&activity="
                        + URLEncoder.encode(activity, StandardCharsets.UTF_8))
                .GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("statements").stream()
                .map(JsonValue::asJsonObject)
                .map(o -> o.getString("id"))
                .toList();
    }

    private static JsonObject forwardStatus() {
        HttpResponse<String> r =
                local.send(local.admin("upstreams/" + upstreamId + "/forward").GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonObject("status");
    }

    private static List<String> postLocally(List<String> statements) {
        HttpResponse<String> r = local.postStatements(statements.stream().collect(Collectors.joining(",", "[", "]")));
        assertEquals(200, r.statusCode(), r.body());
        return statements.stream().map(s -> object(s).getString("id")).toList();
    }

    private static String forwardable(String activity, String registration, String response) {
        return """
                {"id": "%s", "actor": {"mbox": "mailto:forward@example.org"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}, "object": {"id": "%s"},
                 "result": {"response": "%s"}, "context": {"registration": "%s"}}""".formatted(UUID.randomUUID(), activity, response, registration);
    }

    private static JsonObject status() {
        HttpResponse<String> r =
                local.send(local.admin("upstreams/" + upstreamId).GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonObject("pullStatus");
    }

    private long completions(long learnerId) {
        return array(local.send(local.admin("completions?learnerId=" + learnerId)
                                .GET())
                        .body())
                .size();
    }

    /** The ids stored in the puller for the registration, in stored order. */
    private static List<String> localIds(String registration) {
        HttpResponse<String> r =
                local.send(local.xapi("statements?ascending=true&limit=500&registration=" + registration)
                        .GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("statements").stream()
                .map(JsonValue::asJsonObject)
                .map(o -> o.getString("id"))
                .toList();
    }

    /** Posts to the upstream, each statement with its own id; the ids in order. */
    private List<String> postUpstream(List<String> statements) {
        List<String> ids =
                statements.stream().map(s -> object(s).getString("id")).toList();
        HttpResponse<String> r = client.postStatements(statements.stream().collect(Collectors.joining(",", "[", "]")));
        assertEquals(200, r.statusCode(), r.body());
        posted += statements.size();
        return ids;
    }

    private static String statement(String email, String verb, String registration) {
        return """
                {"id": "%s", "actor": {"mbox": "mailto:%s"}, "verb": {"id": "%s"}, "object": {"id": "%s"},
                 "context": {"registration": "%s"}, "timestamp": "2026-11-18T15:30:00-06:00"}""".formatted(UUID.randomUUID(), email, verb, FIRE_AS_A_WEAPON, registration);
    }

    private static Path log() {
        return Path.of("target", "upstream-pull-it-" + System.getProperty("it.database", "h2") + ".log");
    }

    /** The puller's own database, data directory (its generated upstream key) and content port. */
    private static Map<String, String> environment() throws Exception {
        Map<String, String> env = new HashMap<>();
        if ("postgresql".equals(System.getProperty("it.database"))) {
            String server = "jdbc:postgresql://127.0.0.1:" + System.getProperty("embedded.pg.port") + "/";
            String name = "upstream_" + Long.toHexString(System.nanoTime());
            try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", "postgres");
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            env.put("TRACKER_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource");
            env.put("TRACKER_DB_URL", server + name);
            env.put("TRACKER_DB_USER", "postgres");
            env.put("TRACKER_DB_PASSWORD", "postgres");
        } else {
            env.put("TRACKER_DB_DATASOURCE_CLASS", "org.h2.jdbcx.JdbcDataSource");
            env.put("TRACKER_DB_URL", "jdbc:h2:file:" + work.resolve("tracker"));
        }
        int contentPort = TrackerProcess.freePort();
        env.put("TRACKER_DATA_DIR", work.resolve("data").toString());
        env.put("TRACKER_CONTENT_PORT", String.valueOf(contentPort));
        env.put("TRACKER_CONTENT_URL", "http://localhost:" + contentPort);
        env.put("TRACKER_UPSTREAM_CHECK_SECONDS", "1");
        env.put("TRACKER_UPSTREAM_PAGE_SIZE", "10");
        env.put("TRACKER_UPSTREAM_FORWARD_SETTLE_SECONDS", "1");
        env.put("TRACKER_UPSTREAM_METRICS_SECONDS", "1");
        env.put("TRACKER_UPSTREAM_ATTEMPTS", "3"); // a failing run gives up within seconds; 2 429s still pass
        return env;
    }
}
