package org.alerrt.tracker.platform.xapiclient;

import static org.alerrt.tracker.platform.xapiclient.ScriptedLrs.bytes;
import static org.alerrt.tracker.platform.xapiclient.ScriptedLrs.drop;
import static org.alerrt.tracker.platform.xapiclient.ScriptedLrs.json;
import static org.alerrt.tracker.platform.xapiclient.ScriptedLrs.noContent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.alerrt.tracker.platform.json.CachedJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XapiClientTest {

    private static final RetryPolicy POLICY =
            new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(30));

    private ScriptedLrs lrs;
    private final List<Duration> sleeps = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        lrs = new ScriptedLrs();
    }

    @AfterEach
    void stop() {
        release.countDown();
        lrs.close();
    }

    private XapiClient client(XapiEndpoint endpoint, RetryPolicy policy) {
        return XapiClient.builder(endpoint)
                .retryPolicy(policy)
                .sleeper(sleeps::add)
                .random(new FixedRandom(0.75))
                .clock(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC))
                .build();
    }

    private XapiClient client() {
        return client(XapiEndpoint.of(lrs.base(), "key", "s3cret"), POLICY);
    }

    private static JsonObject statement(String id) {
        return CachedJson.objectBuilder()
                .add("id", id)
                .add("actor", CachedJson.objectBuilder().add("mbox", "mailto:a@example.org"))
                .add("verb", CachedJson.objectBuilder().add("id", "http://adlnet.gov/expapi/verbs/completed"))
                .add("object", CachedJson.objectBuilder().add("id", "https://alerrt.org/course/1"))
                .build();
    }

    private static String result(String more, String... ids) {
        String statements =
                List.of(ids).stream().map(id -> statement(id).toString()).collect(Collectors.joining(","));
        return "{\"statements\":[" + statements + "],\"more\":\"" + more + "\"}";
    }

    private static JsonArray array(String json) {
        return CachedJson.reader(new StringReader(json)).readArray();
    }

    @Test
    void sendsBasicCredentialsAndTheVersionHeader() {
        lrs.then(json(200, result(""))).then(json(200, "{\"version\":[\"1.0.3\",\"2.0.0\"]}"));
        XapiClient client =
                client(XapiEndpoint.of(lrs.base(), "key", "s3cret").withVersion(XapiVersion.V2_0_0), POLICY);

        client.statements(StatementQuery.all());
        About about = client.about();

        ScriptedLrs.Received get = lrs.received().get(0);
        assertEquals("/lrs/xapi/statements", get.path());
        assertEquals(
                "Basic " + Base64.getEncoder().encodeToString("key:s3cret".getBytes(StandardCharsets.UTF_8)),
                get.headers().getFirst("Authorization"));
        assertEquals("2.0.0", get.headers().getFirst("X-Experience-API-Version"));
        assertEquals("/lrs/xapi/about", lrs.received().get(1).path());
        assertEquals(List.of("1.0.3", "2.0.0"), about.versions());
        assertTrue(about.supports(XapiVersion.V1_0_3));
    }

    @Test
    void endpointNeverShowsTheSecret() {
        XapiEndpoint endpoint = XapiEndpoint.of("http://127.0.0.1:1/xapi", "key", "s3cret");
        assertFalse(endpoint.toString().contains("s3cret"), endpoint::toString);
        assertEquals("http://127.0.0.1:1/xapi/", endpoint.base().toString(), "a missing trailing slash is added");
        assertThrows(IllegalArgumentException.class, () -> XapiEndpoint.of("ftp://127.0.0.1/xapi/", "k", "s"));
        assertThrows(IllegalArgumentException.class, () -> XapiEndpoint.of("http://u:p@127.0.0.1/xapi/", "k", "s"));
    }

    @Test
    void everyQueryParameterReachesTheRemoteEncoded() {
        lrs.then(json(200, result("")));

        client().statements(StatementQueryTest.everyFilter());

        ScriptedLrs.Received get = lrs.received().get(0);
        assertEquals(StatementQueryTest.everyFilter().queryString(), get.rawQuery());
        assertEquals(
                StatementQueryTest.AGENT,
                CachedJson.reader(new StringReader(
                                StatementQueryTest.decode(get.rawQuery()).get("agent")))
                        .readObject());
        assertTrue(get.headers().getFirst("Accept").contains("multipart/mixed"), "attachments=true accepts multipart");
    }

    @Test
    void pagesFollowRootRelativeMoreIrlsToTheEnd() {
        Instant consistent = Instant.parse("2026-12-07T09:59:58.123Z");
        lrs.then(json(
                        200,
                        result("/lrs/xapi/statements?more=p2", "a", "b"),
                        "X-Experience-API-Consistent-Through",
                        consistent.toString()))
                .then(json(200, result("/lrs/xapi/statements?more=p3%2Bx", "c", "d")))
                .then(json(200, result("", "e")));

        List<StatementPage> pages =
                client().pages(StatementQuery.builder().limit(2).build()).toList();

        assertEquals(3, pages.size());
        assertEquals(
                List.of("a", "b", "c", "d", "e"),
                pages.stream()
                        .flatMap(p -> p.statements().stream())
                        .map(s -> s.getString("id"))
                        .toList());
        assertEquals(Optional.of(consistent), pages.get(0).consistentThrough());
        assertEquals(Optional.empty(), pages.get(1).consistentThrough());
        assertEquals(Optional.empty(), pages.get(2).more(), "an empty more ends the result");
        List<ScriptedLrs.Received> received = lrs.received();
        assertEquals("limit=2", received.get(0).rawQuery());
        assertEquals("/lrs/xapi/statements", received.get(1).path(), "resolved against the root, not the base");
        assertEquals("more=p2", received.get(1).rawQuery());
        assertEquals("more=p3%2Bx", received.get(2).rawQuery(), "the IRL is sent as the remote wrote it");
    }

    @Test
    void pagesAreFetchedOnlyWhenReached() {
        lrs.then(json(200, result("/lrs/xapi/statements?more=p2", "a"))).then(json(200, result("", "b")));

        assertEquals(
                List.of("a"),
                client().stream(StatementQuery.all())
                        .limit(1)
                        .map(s -> s.getString("id"))
                        .toList());
        assertEquals(1, lrs.received().size());
    }

    @Test
    void moreOnAnotherOriginIsNotFollowed() {
        lrs.then(json(200, result("http://192.0.2.1/xapi/statements?more=x", "a")));

        InvalidResponseException e =
                assertThrows(InvalidResponseException.class, () -> client().statements(StatementQuery.all()));
        assertTrue(e.getMessage().contains("192.0.2.1"), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> client().more("https://127.0.0.1/statements?more=1"));
        assertEquals(
                lrs.origin() + "/lrs/xapi/statements?more=1",
                client().resolveMore(lrs.origin() + "/lrs/xapi/statements?more=1")
                        .toString());
    }

    @Test
    void consistentThroughWithAnOffsetIsRead() {
        lrs.then(json(200, result(""), "X-Experience-API-Consistent-Through", "2026-12-07T11:00:00+01:00"))
                .then(json(200, result(""), "X-Experience-API-Consistent-Through", "yesterday"));

        assertEquals(
                Optional.of(Instant.parse("2026-12-07T10:00:00Z")),
                client().statements(StatementQuery.all()).consistentThrough());
        assertEquals(Optional.empty(), client().statements(StatementQuery.all()).consistentThrough());
    }

    @Test
    void tooManyRequestsWaitsTheRetryAfterThenSucceeds() {
        lrs.then(json(429, "{\"error\":\"slow down\"}", "Retry-After", "2")).then(json(200, result("", "a")));

        StatementPage page = client().statements(StatementQuery.all());

        assertEquals(1, page.statements().size());
        assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
        assertEquals(2, lrs.received().size());
    }

    @Test
    void retryAfterLongerThanThePolicyAllowsGivesUpAtOnce() {
        lrs.then(json(503, "down for maintenance", "Retry-After", "Mon, 07 Dec 2026 11:00:00 GMT"));

        UnavailableException e =
                assertThrows(UnavailableException.class, () -> client().statements(StatementQuery.all()));

        assertEquals(1, e.attempts());
        assertEquals(OptionalInt.of(503), e.status());
        assertEquals(Optional.of(Duration.ofHours(1)), e.retryAfter());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingJitteredDelays() {
        lrs.then(json(503, "busy")).then(json(500, "oops")).then(json(200, result("", "a")));

        assertEquals(1, client().statements(StatementQuery.all()).statements().size());

        assertEquals(3, lrs.received().size());
        assertEquals(2, sleeps.size());
        for (int retry = 1; retry <= 2; retry++) {
            Duration d = sleeps.get(retry - 1);
            assertTrue(!d.isNegative() && d.compareTo(POLICY.ceiling(retry)) <= 0, d + " within the jitter bound");
        }
        assertEquals(List.of(Duration.ofMillis(75), Duration.ofMillis(150)), sleeps, "0.75 of 100 ms, then of 200 ms");
    }

    @Test
    void aStoppedServerIsRetriedThenUnavailable() {
        lrs.stop();

        UnavailableException e =
                assertThrows(UnavailableException.class, () -> client().statements(StatementQuery.all()));

        assertEquals(3, e.attempts());
        assertEquals(OptionalInt.empty(), e.status());
        assertInstanceOf(IOException.class, e.getCause());
        assertEquals(2, sleeps.size());
        assertFalse(e.getMessage().contains("s3cret"));
    }

    @Test
    void aDroppedConnectionIsRetried() {
        // a POST: the JDK client itself resends an idempotent GET once when the connection closes unanswered
        String id = new UUID(0, 1).toString();
        lrs.then(drop()).then(json(200, "[\"" + id + "\"]"));

        assertEquals(List.of(id), client().post(List.of(statement(id))));
        assertEquals(2, lrs.received().size());
        assertEquals(1, sleeps.size());
    }

    @Test
    void badRequestIsRefusedAtOnceWithTheRemotesBody() {
        String error = "{\"error\":\"unknown parameter 'Verb' (xAPI Communication §3.2.s3.b8)\"}";
        lrs.then(json(400, error));

        RefusedException e = assertThrows(RefusedException.class, () -> client().statements(StatementQuery.all()));

        assertEquals(400, e.status());
        assertEquals(error, e.body());
        assertEquals("GET", e.method());
        assertTrue(e.getMessage().contains("unknown parameter"), e::getMessage);
        assertEquals(1, lrs.received().size());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        XapiEndpoint endpoint = XapiEndpoint.of(lrs.base(), "key", "s3cret")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300));
        lrs.then((exchange, request) -> {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })
                .then(json(200, result("", "a")));

        assertEquals(
                1,
                client(endpoint, POLICY)
                        .statements(StatementQuery.all())
                        .statements()
                        .size());
        assertEquals(1, sleeps.size());

        lrs.then((exchange, request) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        UnavailableException e = assertThrows(
                UnavailableException.class,
                () -> client(endpoint, RetryPolicy.none()).statements(StatementQuery.all()));
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
    }

    @Test
    void multipartAnswerCarriesTheStatementsAndTheAttachmentData() throws Exception {
        byte[] data = "certificate bytes \r\n--not-the-boundary".getBytes(StandardCharsets.UTF_8);
        String sha2 = Attachment.hex(MessageDigest.getInstance("SHA-256").digest(data));
        String statements = "{\"statements\":[{\"id\":\"a\",\"attachments\":[{\"usageType\":\"http://id.tincanapi.com/"
                + "attachment/certificate\",\"display\":{\"en\":\"c\"},\"contentType\":\"application/pdf\",\"length\":"
                + data.length + ",\"sha2\":\"" + sha2 + "\"}]}],\"more\":\"\"}";
        byte[] body = concat(
                ("--zz9\r\nContent-Type: application/json\r\n\r\n" + statements + "\r\n--zz9\r\n"
                                + "Content-Type: application/pdf\r\nContent-Transfer-Encoding: binary\r\n"
                                + "X-Experience-API-Hash: " + sha2 + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                data,
                "\r\n--zz9--\r\n".getBytes(StandardCharsets.UTF_8));
        lrs.then(bytes(200, "multipart/mixed; boundary=zz9", body));

        StatementPage page =
                client().statements(StatementQuery.builder().attachments(true).build());

        assertEquals("attachments=true", lrs.received().get(0).rawQuery());
        assertEquals(1, page.statements().size());
        assertEquals(
                sha2,
                page.statements()
                        .get(0)
                        .getJsonArray("attachments")
                        .getJsonObject(0)
                        .getString("sha2"));
        assertEquals(1, page.attachments().size());
        Attachment a = page.attachments().get(0);
        assertEquals(sha2, a.sha2());
        assertEquals("application/pdf", a.contentType());
        assertArrayEquals(data, a.content());
    }

    @Test
    void postSplitsIntoBatchesAndReturnsTheIdsInOrder() {
        for (int i = 0; i < 3; i++) {
            lrs.then((exchange, request) -> {
                String ids = array(request.bodyText()).stream()
                        .map(s -> "\"" + s.asJsonObject().getString("id") + "\"")
                        .collect(Collectors.joining(",", "[", "]"));
                json(200, ids).answer(exchange, request);
            });
        }
        List<JsonObject> statements = IntStream.range(0, 250)
                .mapToObj(i -> statement(new UUID(0, i).toString()))
                .toList();

        List<String> ids = client().postAll(statements, 100);

        assertEquals(statements.stream().map(s -> s.getString("id")).toList(), ids);
        List<ScriptedLrs.Received> posts = lrs.received();
        assertEquals(
                List.of(100, 100, 50),
                posts.stream().map(p -> array(p.bodyText()).size()).toList());
        assertTrue(posts.stream()
                .allMatch(p -> p.method().equals("POST")
                        && p.path().equals("/lrs/xapi/statements")
                        && p.headers().getFirst("Content-Type").startsWith("application/json")));
        assertEquals(
                new UUID(0, 200).toString(),
                array(posts.get(2).bodyText()).getJsonObject(0).getString("id"));
        assertEquals(List.of(List.of(1, 2), List.of(3)), XapiClient.batches(List.of(1, 2, 3), 2));
    }

    @Test
    void postGivesEachStatementWithoutAnIdOneSoARetryCannotStoreItTwice() {
        lrs.then(json(503, "busy")).then(noContent());
        JsonObject noId = CachedJson.objectBuilder(statement("x")).remove("id").build();

        List<String> ids = client().post(List.of(noId));

        String first = array(lrs.received().get(0).bodyText()).getJsonObject(0).getString("id");
        String second = array(lrs.received().get(1).bodyText()).getJsonObject(0).getString("id");
        assertEquals(first, second, "the retry resends the same id");
        assertEquals(List.of(first), ids, "a 204 answer: the ids as sent");
        UUID.fromString(first);
    }

    @Test
    void aConflictIsARefusalNotRetried() {
        lrs.then(json(409, "{\"error\":\"a different statement has id a\"}"));

        RefusedException e = assertThrows(
                RefusedException.class, () -> client().post(List.of(statement(new UUID(0, 1).toString()))));

        assertTrue(e.conflict());
        assertEquals(1, lrs.received().size());
    }

    @Test
    void answerWithOtherIdsThanSentIsInvalid() {
        lrs.then(json(200, "[\"00000000-0000-0000-0000-000000000009\"]"));

        assertThrows(
                InvalidResponseException.class, () -> client().post(List.of(statement(new UUID(0, 1).toString()))));
    }

    @Test
    void postWithAttachmentsIsMultipart() {
        lrs.then(json(200, "[\"00000000-0000-0000-0000-000000000001\"]"));
        Attachment pdf = new Attachment("abcd", "application/pdf", new byte[] {1, 2, 3});

        client().post(List.of(statement(new UUID(0, 1).toString())), List.of(pdf));

        ScriptedLrs.Received post = lrs.received().get(0);
        String contentType = post.headers().getFirst("Content-Type");
        assertTrue(contentType.startsWith("multipart/mixed"), contentType);
        List<Multipart.Part> parts =
                Multipart.parse(post.body(), Multipart.boundary(contentType).orElseThrow());
        assertEquals(
                1,
                array(new String(parts.get(0).body(), StandardCharsets.UTF_8)).size());
        assertEquals("abcd", parts.get(1).headers().get("x-experience-api-hash"));
        assertArrayEquals(new byte[] {1, 2, 3}, parts.get(1).body());
    }

    @Test
    void putSendsTheStatementUnderItsId() {
        UUID id = UUID.randomUUID();
        lrs.then(noContent());

        client().put(id, statement(id.toString().toUpperCase()));

        ScriptedLrs.Received put = lrs.received().get(0);
        assertEquals("PUT", put.method());
        assertEquals("statementId=" + id, put.rawQuery());
        assertEquals(
                statement(id.toString().toUpperCase()),
                CachedJson.reader(new StringReader(put.bodyText())).readObject());
        assertThrows(
                IllegalArgumentException.class,
                () -> client().put(id, statement(UUID.randomUUID().toString())));
    }

    @Test
    void oneStatementByIdIsAPageOfOne() {
        UUID id = UUID.randomUUID();
        lrs.then(json(200, statement(id.toString()).toString())).then(json(404, "no such statement"));

        StatementPage page =
                client().statements(StatementQuery.builder().statementId(id).build());

        assertEquals(id.toString(), page.statements().get(0).getString("id"));
        assertFalse(page.hasMore());
        RefusedException e = assertThrows(
                RefusedException.class,
                () -> client().statements(
                                StatementQuery.builder().statementId(id).build()));
        assertEquals(404, e.status());
    }

    @Test
    void aSuccessThatIsNotAStatementResultIsInvalid() {
        lrs.then(json(200, "<html>login</html>")).then(json(200, "{\"statements\":{}}"));

        assertThrows(InvalidResponseException.class, () -> client().statements(StatementQuery.all()));
        assertThrows(InvalidResponseException.class, () -> client().statements(StatementQuery.all()));
        assertEquals(2, lrs.received().size(), "not retried");
    }

    private static byte[] concat(byte[]... arrays) {
        int length = 0;
        for (byte[] a : arrays) {
            length += a.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] a : arrays) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        return all;
    }
}
