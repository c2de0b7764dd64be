package org.alerrt.tracker.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.alerrt.tracker.platform.xapiclient.About;
import org.alerrt.tracker.platform.xapiclient.Attachment;
import org.alerrt.tracker.platform.xapiclient.RefusedException;
import org.alerrt.tracker.platform.xapiclient.StatementPage;
import org.alerrt.tracker.platform.xapiclient.StatementQuery;
import org.alerrt.tracker.platform.xapiclient.XapiClient;
import org.alerrt.tracker.platform.xapiclient.XapiEndpoint;
import org.alerrt.tracker.platform.xapiclient.XapiVersion;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.FaultInjectingProxy;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The project's xAPI client ({@link XapiClient}) against the real LRS, in both versions it speaks: what its unit tests
 * show against a scripted server holds against this one. Every statement carries a registration and activities of
 * this run only, so a kept database does not change the answers.
 */
class XapiClientIT extends AgainstDeployedTracker {

    private static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

    private String run;
    /** Every wait the clients were asked for between attempts: a retry shows up here, and nobody really waits. */
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private FaultInjectingProxy proxy;

    @BeforeEach
    void run() {
        run = UUID.randomUUID().toString().substring(0, 8);
        proxy = new FaultInjectingProxy(URI.create(base.getProtocol() + "://" + base.getAuthority()));
    }

    @AfterEach
    void closeProxy() {
        proxy.close();
    }

    private XapiEndpoint endpoint(XapiVersion version, String origin, String secret) {
        String base = origin + URI.create(client.base()).getRawPath() + "/xapi/";
        return new XapiEndpoint(
                URI.create(base),
                TrackerClient.LRS_KEY,
                secret,
                version,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30));
    }

    private XapiClient xapi(XapiVersion version) {
        String origin = base.getProtocol() + "://" + base.getAuthority();
        return XapiClient.builder(endpoint(version, origin, TrackerClient.LRS_SECRET))
                .sleeper(waits::add)
                .build();
    }

    /** A client whose requests go through {@link #proxy}, with the default retry policy. */
    private XapiClient throughProxy(XapiVersion version, String secret) {
        return XapiClient.builder(endpoint(version, proxy.origin(), secret))
                .sleeper(waits::add)
                .build();
    }

    private String activity(String name) {
        return "https://example.org/xapiclient/" + run + "/" + name;
    }

    private JsonObjectBuilder statement(String verb, String activity, UUID registration) {
        return Json.createObjectBuilder()
                .add("actor", Json.createObjectBuilder().add("mbox", "mailto:client-" + run + "@example.org"))
                .add("verb", Json.createObjectBuilder().add("id", verb))
                .add("object", Json.createObjectBuilder().add("id", activity))
                .add("context", Json.createObjectBuilder().add("registration", registration.toString()));
    }

    private static List<String> ids(List<JsonObject> statements) {
        return statements.stream().map(s -> s.getString("id")).toList();
    }

    private static Set<String> idSet(XapiClient client, StatementQuery query) {
        List<String> ids = ids(client.stream(query).toList());
        Set<String> set = new HashSet<>(ids);
        assertEquals(ids.size(), set.size(), "no statement twice: " + ids);
        return set;
    }

    /** The ids of {@code posted} at the positions {@code at} accepts. */
    private static Set<String> where(List<String> posted, IntPredicate at) {
        return IntStream.range(0, posted.size())
                .filter(at)
                .mapToObj(posted::get)
                .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void aboutNamesTheVersionsTheClientSpeaks(XapiVersion version) {
        About about = xapi(version).about();
        assertTrue(about.supports(XapiVersion.V1_0_3), about.versions().toString());
        assertTrue(about.supports(XapiVersion.V2_0_0), about.versions().toString());
    }

    /** §2.1.2: a batch is stored in request order under the ids the client gave it; postAll splits into batches. */
    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void postedBatchesAreStoredUnderTheClientsIdsInOrder(XapiVersion version) {
        XapiClient client = xapi(version);
        UUID registration = UUID.randomUUID();
        List<JsonObject> batch = IntStream.range(0, 3)
                .mapToObj(i ->
                        statement(EXPERIENCED, activity("b" + i), registration).build())
                .toList();
        List<String> first = client.post(batch);
        assertEquals(3, new HashSet<>(first).size(), "an id of its own for each statement: " + first);

        List<JsonObject> more = IntStream.range(0, 7)
                .mapToObj(i ->
                        statement(COMPLETED, activity("a" + i), registration).build())
                .toList();
        List<String> all = client.postAll(more, 3); // batches of 3, 3 and 1
        assertEquals(7, new HashSet<>(all).size());

        List<String> expected = new ArrayList<>(first);
        expected.addAll(all);
        StatementQuery ascending = StatementQuery.builder()
                .registration(registration)
                .ascending(true)
                .build();
        assertEquals(expected, ids(client.stream(ascending).toList()), "stored in request order, batch by batch");
        assertTrue(waits.isEmpty(), "nothing retried: " + waits);
    }

    /**
     * §2.1.2.s2.b4: an answer lost after the LRS stored the batch makes the client send it again under the same ids,
     * so the LRS stores it once (and, comparing, answers 200 rather than 409, §2.1.2.s2.b5).
     */
    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void aRetryAfterALostAnswerSendsTheSameIdsAndStoresOnce(XapiVersion version) {
        UUID registration = UUID.randomUUID();
        List<JsonObject> batch = IntStream.range(0, 4)
                .mapToObj(i ->
                        statement(EXPERIENCED, activity("r" + i), registration).build())
                .toList();
        proxy.fail(FaultInjectingProxy.Fault.LOST_ANSWER, 1);

        List<String> ids = throughProxy(version, TrackerClient.LRS_SECRET).post(batch);

        assertEquals(2, proxy.requests(), "the lost answer, then the retry");
        assertEquals(1, waits.size(), "one back-off before the retry");
        List<String> stored = ids(xapi(version).stream(StatementQuery.builder()
                        .registration(registration)
                        .ascending(true)
                        .build())
                .toList());
        assertEquals(ids, stored, "each statement once, under the ids the client returned");
    }

    /** §2.1.1: PUT stores under the given id; the same statement again is no conflict, a different one is 409. */
    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void putStoresUnderTheIdAndADifferentStatementWithItConflicts(XapiVersion version) {
        XapiClient client = xapi(version);
        UUID registration = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        JsonObject statement =
                statement(EXPERIENCED, activity("put"), registration).build();
        client.put(id, statement);
        client.put(id, statement); // §2.1.2.s2.b5: the same statement again

        StatementPage one =
                client.statements(StatementQuery.builder().statementId(id).build());
        assertEquals(List.of(id.toString()), ids(one.statements()));
        assertEquals(
                activity("put"), one.statements().get(0).getJsonObject("object").getString("id"));

        JsonObject other = statement(COMPLETED, activity("put"), registration).build();
        RefusedException put = assertThrows(RefusedException.class, () -> client.put(id, other));
        assertTrue(put.conflict(), put.getMessage());
        JsonObject withId =
                Json.createObjectBuilder(other).add("id", id.toString()).build();
        RefusedException post = assertThrows(RefusedException.class, () -> client.post(List.of(withId)));
        assertTrue(post.conflict(), post.getMessage());
        assertEquals(
                EXPERIENCED,
                client.statements(StatementQuery.builder().statementId(id).build())
                        .statements()
                        .get(0)
                        .getJsonObject("verb")
                        .getString("id"),
                "the first statement stays");
    }

    /** §2.1.3: the filters, the order and the paging through "more" (Data §2.5), each statement once. */
    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void queriesFilterOrderAndPageThroughMore(XapiVersion version) {
        XapiClient client = xapi(version);
        UUID registration = UUID.randomUUID();
        String course = activity("course");
        List<JsonObject> statements = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            JsonObjectBuilder s = statement(i % 3 == 0 ? COMPLETED : EXPERIENCED, activity("m" + i % 4), registration);
            if (i % 2 == 0) { // the course as a parent: only related_activities finds these under it
                s.add("context", TrackerClient.object("""
                        {"registration": "%s", "contextActivities": {"parent": [{"id": "%s"}]}}""".formatted(registration, course)));
            }
            statements.add(s.build());
        }
        List<String> posted = client.postAll(statements, 5);
        StatementQuery.Builder ours = StatementQuery.builder().registration(registration);

        // ascending walks stored order in pages of 5, 5 and 2; the default is newest first
        List<StatementPage> pages =
                client.pages(ours.ascending(true).limit(5).build()).toList();
        assertEquals(
                List.of(5, 5, 2), pages.stream().map(p -> p.statements().size()).toList());
        assertTrue(pages.get(0).hasMore() && !pages.get(2).hasMore());
        List<JsonObject> walked =
                pages.stream().flatMap(p -> p.statements().stream()).toList();
        assertEquals(posted, ids(walked), "every id once, in stored order");
        List<String> newestFirst = new ArrayList<>(posted);
        Collections.reverse(newestFirst);
        assertEquals(
                newestFirst,
                ids(client.stream(StatementQuery.builder()
                                .registration(registration)
                                .limit(2)
                                .build())
                        .toList()));
        assertEquals(
                posted.subList(0, 4),
                ids(client.statements(StatementQuery.builder()
                                .registration(registration)
                                .ascending(true)
                                .limit(4)
                                .build())
                        .statements()),
                "limit alone: the first page");

        // Communication §2.1.3.s2.b5: what was read is consistent at the header's instant
        Instant lastStored = Instant.parse(walked.get(11).getString("stored"));
        Instant consistent = pages.get(2).consistentThrough().orElseThrow();
        assertFalse(consistent.isBefore(lastStored), consistent + " is before " + lastStored);

        assertEquals(
                List.of(posted.get(7)),
                ids(client.statements(StatementQuery.builder()
                                .statementId(UUID.fromString(posted.get(7)))
                                .build())
                        .statements()));
        Set<String> completed = where(posted, i -> i % 3 == 0);
        Set<String> parented = where(posted, i -> i % 2 == 0);
        Set<String> m1 = where(posted, i -> i % 4 == 1);
        assertEquals(
                completed,
                idSet(
                        client,
                        StatementQuery.builder()
                                .registration(registration)
                                .verb(COMPLETED)
                                .limit(2)
                                .build()));
        assertEquals(
                m1,
                idSet(client, StatementQuery.builder().activity(activity("m1")).build()));
        assertEquals(
                Set.of(),
                idSet(client, StatementQuery.builder().activity(course).build()),
                "a parent is no object");
        assertEquals(
                parented,
                idSet(
                        client,
                        StatementQuery.builder()
                                .activity(course)
                                .relatedActivities(true)
                                .limit(4)
                                .build()));

        // since is exclusive, until inclusive, both on stored: the expected set is read off the stored values
        Instant since = Instant.parse(walked.get(2).getString("stored"));
        Instant until = Instant.parse(walked.get(9).getString("stored"));
        Set<String> window = new HashSet<>();
        for (JsonObject s : walked) {
            Instant stored = Instant.parse(s.getString("stored"));
            if (stored.isAfter(since) && !stored.isAfter(until)) {
                window.add(s.getString("id"));
            }
        }
        assertFalse(window.isEmpty() || window.size() == 12, "a window that keeps some: " + window);
        assertEquals(
                window,
                idSet(
                        client,
                        StatementQuery.builder()
                                .registration(registration)
                                .since(since)
                                .until(until)
                                .limit(3)
                                .build()));
    }

    /** Communication §1.5.2 and §2.1.3.s2.b6: attachment data sent as multipart comes back byte for byte. */
    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void attachmentDataComesBackIdentical(XapiVersion version) throws Exception {
        XapiClient client = xapi(version);
        UUID registration = UUID.randomUUID();
        byte[] data = ("scan " + run + "\r\n--looks like a boundary\u0000\u00ff").getBytes(StandardCharsets.UTF_8);
        String sha2 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        JsonObject statement = statement(COMPLETED, activity("att"), registration)
                .add(
                        "attachments",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add(
                                                "usageType",
                                                "http://id.tincanapi.com/attachment/certificate-of-completion")
                                        .add(
                                                "display",
                                                Json.createObjectBuilder().add("en-US", "certificate"))
                                        .add("contentType", "application/pdf")
                                        .add("length", data.length)
                                        .add("sha2", sha2)))
                .build();
        String id = client.post(List.of(statement), List.of(new Attachment(sha2, "application/pdf", data)))
                .get(0);

        for (StatementQuery query : List.of(
                StatementQuery.builder()
                        .statementId(UUID.fromString(id))
                        .attachments(true)
                        .build(),
                StatementQuery.builder()
                        .registration(registration)
                        .attachments(true)
                        .build())) {
            StatementPage page = client.statements(query);
            assertEquals(List.of(id), ids(page.statements()));
            assertEquals(
                    sha2,
                    page.statements()
                            .get(0)
                            .getJsonArray("attachments")
                            .getJsonObject(0)
                            .getString("sha2"));
            assertEquals(1, page.attachments().size(), query.queryString());
            Attachment back = page.attachments().get(0);
            assertEquals(sha2, back.sha2());
            assertArrayEquals(data, back.content());
        }
        assertEquals(
                List.of(),
                client.statements(StatementQuery.builder()
                                .statementId(UUID.fromString(id))
                                .build())
                        .attachments(),
                "without attachments=true only the JSON");
    }

    /** Communication §4: a wrong secret is 401, which no retry changes. */
    @Test
    void aWrongSecretIsRefusedAtOnce() {
        XapiClient client = throughProxy(XapiVersion.V1_0_3, "not-the-secret");
        RefusedException e = assertThrows(RefusedException.class, () -> client.statements(StatementQuery.all()));
        assertEquals(401, e.status());
        assertEquals(1, proxy.requests(), "sent once");
        assertTrue(waits.isEmpty(), waits.toString());
    }

    /** Communication §3.2: a statement the LRS refuses is a 400 with its reason, not retried. */
    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void aBadStatementIsRefusedWithTheServersReason(XapiVersion version) {
        UUID registration = UUID.randomUUID();
        JsonObject noVerb = Json.createObjectBuilder(
                        statement(COMPLETED, activity("bad"), registration).build())
                .remove("verb")
                .build();
        List<JsonObject> batch =
                List.of(statement(COMPLETED, activity("good"), registration).build(), noVerb);
        XapiClient client = throughProxy(version, TrackerClient.LRS_SECRET);

        RefusedException e = assertThrows(RefusedException.class, () -> client.post(batch));

        assertEquals(400, e.status());
        JsonObject error = TrackerClient.object(e.body()).getJsonObject("error");
        assertEquals("statement[1].verb", error.getString("property"));
        assertTrue(e.getMessage().contains(error.getString("message")), e.getMessage());
        assertEquals(1, proxy.requests(), "sent once");
        assertTrue(waits.isEmpty(), waits.toString());
        assertEquals(
                Set.of(),
                idSet(
                        xapi(version),
                        StatementQuery.builder().registration(registration).build()),
                "nothing of the batch stored");
    }
}
