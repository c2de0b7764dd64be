package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alerrt.tracker.platform.xapiclient.StatementPage;
import org.alerrt.tracker.platform.xapiclient.StatementQuery;
import org.alerrt.tracker.platform.xapiclient.XapiClient;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /statements beyond the basics (Communication §2.1.3–2.1.4: related_agents / related_activities, format,
 * since/until, ascending, paging, StatementRef and voiding rules, headers, HEAD), id conflicts (§2.1.1/2.1.2,
 * Data §2.3.1.s9), xAPI 2.0.0 statements, and the Activities (§2.5) and Agents (§2.4) resources.
 * Every test uses fresh ids, agents and registrations: the database is shared.
 */
class XapiStatementQueriesIT extends AgainstDeployedTracker {

    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    String run;

    /** For the walks through "more": the links are followed as the project's client follows them. */
    XapiClient xapi;

    @BeforeEach
    void client() {
        run = UUID.randomUUID().toString().substring(0, 8);
        xapi = client.xapiClient();
    }

    // ---------------------------------------------------------------- helpers

    private String mbox(String who) {
        return "mailto:" + who + "-" + run + "@example.org";
    }

    private String agent(String who) {
        return "{\"mbox\": \"" + mbox(who) + "\"}";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String activity(String name) {
        return "https://example.org/" + run + "/" + name;
    }

    /** A statement with the given actor JSON, verb id, object JSON and context JSON (or null). */
    private static String statement(String id, String actor, String verb, String object, String context) {
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ") + "\"actor\": " + actor
                + ", \"verb\": {\"id\": \"" + verb + "\", \"display\": {\"en-US\": \"did\", \"fr\": \"a fait\"}}"
                + ", \"object\": " + object + (context == null ? "" : ", \"context\": " + context) + "}";
    }

    private String simple(String id, String who, String activityName, String registration) {
        return statement(
                id,
                agent(who),
                "http://adlnet.gov/expapi/verbs/experienced",
                "{\"id\": \"" + activity(activityName) + "\"}",
                registration == null ? null : "{\"registration\": \"" + registration + "\"}");
    }

    private List<String> post(String json) {
        HttpResponse<String> r = client.postStatements(json);
        assertEquals(200, r.statusCode(), r.body());
        List<String> ids = new ArrayList<>();
        array(r.body()).forEach(v -> ids.add(((JsonString) v).getString()));
        return ids;
    }

    private HttpResponse<String> get(String pathAndQuery) {
        return client.send(client.xapi(pathAndQuery).GET());
    }

    private JsonObject result(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    private static List<String> ids(JsonObject result) {
        List<String> ids = new ArrayList<>();
        result.getJsonArray("statements").forEach(s -> ids.add(s.asJsonObject().getString("id")));
        return ids;
    }

    private static List<String> ids(List<JsonObject> statements) {
        return statements.stream().map(s -> s.getString("id")).toList();
    }

    private Set<String> idSet(String pathAndQuery) {
        return new HashSet<>(ids(result(pathAndQuery)));
    }

    private String voiding(String target) {
        return statement(
                null, agent("admin"), VOIDED, "{\"objectType\": \"StatementRef\", \"id\": \"" + target + "\"}", null);
    }

    private static String error(HttpResponse<String> r) {
        return object(r.body()).getJsonObject("error").getString("property", null);
    }

    // ---------------------------------------------------------------- related_agents / related_activities

    /** §2.1.3 agent: actor or object, Groups matching through members; related_agents: instructor, team, SubStatement too. */
    @Test
    void agentFilterMatchesActorOrObjectAndRelatedAgentsMatchesContextAndSubStatements() {
        String a = agent("ann");
        String asActor = post(statement(null, a, "http://x.org/v", "{\"id\": \"" + activity("1") + "\"}", null))
                .get(0);
        String asObject = post(statement(
                        null,
                        agent("bob"),
                        "http://x.org/v",
                        "{\"objectType\": \"Agent\", \"mbox\": \"" + mbox("ann") + "\"}",
                        null))
                .get(0);
        String asMemberOfActorGroup = post(statement(
                        null,
                        "{\"objectType\": \"Group\", \"member\": [" + a + ", " + agent("cy") + "]}",
                        "http://x.org/v",
                        "{\"id\": \"" + activity("2") + "\"}",
                        null))
                .get(0);
        String asInstructor = post(statement(
                        null,
                        agent("bob"),
                        "http://x.org/v",
                        "{\"id\": \"" + activity("3") + "\"}",
                        "{\"instructor\": " + a + "}"))
                .get(0);
        String asTeamMember = post(statement(
                        null,
                        agent("bob"),
                        "http://x.org/v",
                        "{\"id\": \"" + activity("4") + "\"}",
                        "{\"team\": {\"objectType\": \"Group\", \"member\": [" + a + "]}}"))
                .get(0);
        String inSubStatement = post(statement(
                        null,
                        agent("bob"),
                        "http://x.org/v",
                        "{\"objectType\": \"SubStatement\", \"actor\": " + a
                                + ", \"verb\": {\"id\": \"http://x.org/w\"}," + " \"object\": {\"id\": \""
                                + activity("5") + "\"}}",
                        null))
                .get(0);
        post(statement(null, agent("bob"), "http://x.org/v", "{\"id\": \"" + activity("6") + "\"}", null));

        assertEquals(Set.of(asActor, asObject, asMemberOfActorGroup), idSet("statements?agent=" + enc(a)));
        assertEquals(
                Set.of(asActor, asObject, asMemberOfActorGroup, asInstructor, asTeamMember, inSubStatement),
                idSet("statements?related_agents=true&agent=" + enc(a)));
        assertEquals(
                Set.of(asActor, asObject, asMemberOfActorGroup),
                idSet("statements?related_agents=false&agent=" + enc(a)));
    }

    /** §2.1.3 activity: the object only; related_activities: context activities and SubStatement ones too. */
    @Test
    void activityFilterMatchesObjectAndRelatedActivitiesMatchesContextAndSubStatements() {
        String x = activity("x");
        String asObject = post(statement(null, agent("a"), "http://x.org/v", "{\"id\": \"" + x + "\"}", null))
                .get(0);
        String asParent = post(statement(
                        null,
                        agent("a"),
                        "http://x.org/v",
                        "{\"id\": \"" + activity("y") + "\"}",
                        "{\"contextActivities\": {\"parent\": [{\"id\": \"" + x + "\"}]}}"))
                .get(0);
        String asCategory = post(statement(
                        null,
                        agent("a"),
                        "http://x.org/v",
                        "{\"id\": \"" + activity("y") + "\"}",
                        "{\"contextActivities\": {\"category\": {\"id\": \"" + x + "\"}}}"))
                .get(0);
        String inSubStatement = post(statement(
                        null,
                        agent("a"),
                        "http://x.org/v",
                        "{\"objectType\": \"SubStatement\", \"actor\": " + agent("b")
                                + ", \"verb\": {\"id\": \"http://x.org/w\"}," + " \"object\": {\"id\": \"" + x + "\"}}",
                        null))
                .get(0);
        assertEquals(Set.of(asObject), idSet("statements?activity=" + enc(x)));
        assertEquals(
                Set.of(asObject, asParent, asCategory, inSubStatement),
                idSet("statements?related_activities=true&activity=" + enc(x)));
    }

    // ---------------------------------------------------------------- StatementRefs and voiding

    /** §2.1.3.s3: a statement targeting another matches when its target does, recursively; §2.1.4: voided never returned. */
    @Test
    void statementsTargetingAMatchMatchTooAndVoidedOnesAreLeftOut() {
        String ben = agent("ben");
        String training = activity("explosives");
        String passed = post(statement(
                        null, ben, "http://adlnet.gov/expapi/verbs/passed", "{\"id\": \"" + training + "\"}", null))
                .get(0);
        String confirmed = post(statement(
                        null,
                        agent("andrew"),
                        "http://x.org/confirmed",
                        "{\"objectType\": \"StatementRef\", \"id\": \"" + passed + "\"}",
                        null))
                .get(0);
        String second = post(statement(
                        null,
                        agent("carl"),
                        "http://x.org/noted",
                        "{\"objectType\": \"StatementRef\", \"id\": \"" + confirmed + "\"}",
                        null))
                .get(0);
        post(simple(null, "other", "elsewhere", null));

        assertEquals(Set.of(passed, confirmed, second), idSet("statements?agent=" + enc(ben)));
        assertEquals(Set.of(passed, confirmed, second), idSet("statements?activity=" + enc(training)));
        assertEquals(
                Set.of(passed, confirmed, second),
                idSet("statements?verb=" + enc("http://adlnet.gov/expapi/verbs/passed") + "&agent=" + enc(ben)));

        String voiding = post(voiding(passed)).get(0);
        assertEquals(
                Set.of(confirmed, second, voiding),
                idSet("statements?agent=" + enc(ben)),
                "the voided statement is gone, statements targeting it (the voiding one included) stay");
        assertEquals(Set.of(voiding), idSet("statements?verb=" + enc(VOIDED) + "&agent=" + enc(agent("admin"))));
        assertFalse(ids(result("statements?limit=100")).contains(passed));
        assertEquals(404, get("statements?statementId=" + passed).statusCode());
        assertEquals(200, get("statements?voidedStatementId=" + passed).statusCode());
        assertEquals(404, get("statements?voidedStatementId=" + confirmed).statusCode(), "not voided");
    }

    /** Data §2.3.2: a voiding statement cannot be voided; a target stored after its voiding statement is still voided. */
    @Test
    void voidingRules() {
        String target = UUID.randomUUID().toString();
        String voiding = post(voiding(target)).get(0);
        var voidTheVoiding = client.postStatements(voiding(voiding));
        assertEquals(400, voidTheVoiding.statusCode(), voidTheVoiding.body());

        post(simple(target, "late", "late", null));
        assertEquals(404, get("statements?statementId=" + target).statusCode());
        assertEquals(200, get("statements?voidedStatementId=" + target).statusCode());
        assertEquals(200, get("statements?statementId=" + voiding).statusCode());

        String inBatch = UUID.randomUUID().toString();
        post("[" + simple(inBatch, "batch", "b", null) + ", " + voiding(inBatch) + "]");
        assertEquals(200, get("statements?voidedStatementId=" + inBatch).statusCode());
    }

    // ---------------------------------------------------------------- format

    /** §2.1.3 format=ids / canonical (one language per Accept-Language), canonical definitions last-writer-wins. */
    @Test
    void formatIdsAndCanonical() {
        String x = activity("canonical");
        String first = post(statement(
                        null,
                        "{\"name\": \"Ann\", \"mbox\": \"" + mbox("fmt") + "\"}",
                        "http://x.org/v",
                        "{\"objectType\": \"Activity\", \"id\": \"" + x
                                + "\", \"definition\": {\"name\": {\"en-US\": \"Old\", \"fr\": \"Vieux\"}}}",
                        null))
                .get(0);
        post(statement(
                null,
                agent("fmt2"),
                "http://x.org/v",
                "{\"id\": \"" + x + "\", \"definition\": {\"name\": {\"en-US\": \"New\", \"fr\": \"Nouveau\"},"
                        + " \"description\": {\"en-US\": \"D\", \"fr\": \"D fr\"}}}",
                null));

        JsonObject ids = result("statements?format=ids&statementId=" + first);
        assertEquals(1, ids.getJsonObject("verb").size(), "ids: the verb id only");
        assertEquals(Set.of("mbox"), ids.getJsonObject("actor").keySet());
        assertEquals(Set.of("id"), ids.getJsonObject("object").keySet(), "ids: an Activity is its id, as in ADL's LRS");

        var canonical = client.send(client.xapi("statements?format=canonical&statementId=" + first)
                .header("Accept-Language", "fr, en;q=0.5")
                .GET());
        assertEquals(200, canonical.statusCode(), canonical.body());
        JsonObject c = object(canonical.body());
        JsonObject definition = c.getJsonObject("object").getJsonObject("definition");
        assertEquals(
                object("{\"fr\": \"Nouveau\"}"), definition.getJsonObject("name"), "the latest definition, in French");
        assertEquals(object("{\"fr\": \"D fr\"}"), definition.getJsonObject("description"));
        assertEquals(object("{\"fr\": \"a fait\"}"), c.getJsonObject("verb").getJsonObject("display"));
        assertEquals("Ann", c.getJsonObject("actor").getString("name"), "agents as in exact");

        JsonObject exact = result("statements?statementId=" + first);
        assertEquals(
                object("{\"en-US\": \"Old\", \"fr\": \"Vieux\"}"),
                exact.getJsonObject("object").getJsonObject("definition").getJsonObject("name"),
                "exact: as received");

        JsonObject activity = result("activities?activityId=" + enc(x));
        assertEquals(x, activity.getString("id"));
        assertEquals(
                "New",
                activity.getJsonObject("definition").getJsonObject("name").getString("en-US"));
    }

    /** The "more" link keeps format and related flags (the whole query). */
    @Test
    void moreLinksKeepFormatAndRelatedFlags() {
        String x = activity("paged");
        for (int i = 0; i < 3; i++) {
            post(statement(
                    null,
                    agent("p" + i),
                    "http://x.org/v",
                    "{\"id\": \"" + activity("o" + i) + "\"}",
                    "{\"contextActivities\": {\"grouping\": [{\"id\": \"" + x + "\"}]}}"));
        }
        List<StatementPage> pages = xapi.pages(StatementQuery.builder()
                        .format(StatementQuery.Format.IDS)
                        .relatedActivities(true)
                        .limit(1)
                        .activity(x)
                        .build())
                .toList();
        assertEquals(3, pages.size());
        for (StatementPage page : pages) {
            assertEquals(1, page.statements().size());
            assertEquals(1, page.statements().get(0).getJsonObject("verb").size(), "format=ids: the verb's id only");
        }
    }

    // ---------------------------------------------------------------- since / until / ascending / paging

    /** §2.1.3: since is exclusive, until inclusive, both on stored. */
    @Test
    void sinceIsExclusiveAndUntilInclusive() {
        String registration = UUID.randomUUID().toString();
        String id = post(simple(null, "time", "t", registration)).get(0);
        String stored = result("statements?statementId=" + id).getString("stored");
        String q = "statements?registration=" + registration;
        assertEquals(Set.of(), idSet(q + "&since=" + enc(stored)));
        assertEquals(Set.of(id), idSet(q + "&until=" + enc(stored)));
        Instant before = Instant.parse(stored).minusMillis(1);
        assertEquals(Set.of(id), idSet(q + "&since=" + enc(before.toString())));
        assertEquals(Set.of(), idSet(q + "&until=" + enc(before.toString())));
        assertEquals(Set.of(id), idSet(q + "&since=" + enc(before.toString()) + "&until=" + enc(stored)));
    }

    /** §2.1.3: newest first by default, oldest first with ascending=true; pages stable across inserts. */
    @Test
    void orderAndPagingStayStableWhileStatementsArrive() {
        String registration = UUID.randomUUID().toString();
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.addAll(post(simple(null, "order", "o" + i, registration)));
        }
        List<String> ascending = ids(result("statements?ascending=true&registration=" + registration));
        assertEquals(posted, ascending);
        List<String> descending = ids(result("statements?registration=" + registration));
        List<String> reversed = new ArrayList<>(posted);
        Collections.reverse(reversed);
        assertEquals(reversed, descending);

        Iterator<StatementPage> pages = xapi.pages(StatementQuery.builder()
                        .limit(2)
                        .registration(UUID.fromString(registration))
                        .build())
                .iterator();
        List<String> walked = new ArrayList<>(ids(pages.next().statements()));
        post(simple(null, "order", "late1", registration)); // newer than the cursor: not part of this walk
        while (pages.hasNext()) {
            walked.addAll(ids(pages.next().statements()));
            post(simple(null, "order", "late", registration));
        }
        assertEquals(reversed, walked, "no repeats, no gaps, no late arrivals in a newest-first walk");

        JsonObject limitZero = result("statements?limit=0&registration=" + registration);
        assertEquals(8, limitZero.getJsonArray("statements").size(), "0 = the server maximum");
    }

    /** §2.1.3: a since/until window alone, walked through "more" both ways, holds each statement once in order. */
    @Test
    void aTimeWindowAloneIsWalkedInStoredOrder() {
        String registration = UUID.randomUUID().toString();
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.addAll(post(simple(null, "window", "w" + i, registration)));
        }
        Instant first =
                Instant.parse(result("statements?statementId=" + posted.get(0)).getString("stored"));
        Instant last =
                Instant.parse(result("statements?statementId=" + posted.get(4)).getString("stored"));
        StatementQuery.Builder window =
                StatementQuery.builder().since(first.minusMillis(1)).until(last).limit(2);
        List<String> reversed = new ArrayList<>(posted);
        Collections.reverse(reversed);
        assertEquals(reversed, walkOwn(window.build(), posted));
        assertEquals(posted, walkOwn(window.ascending(true).build(), posted));
    }

    /**
     * §2.1.3 ascending: the order is that of stored, both ways and across "more" pages, also when several writers
     * store at once (stored used to be read from the clock before a sequence number was drawn at insert).
     */
    @Test
    void listingOrderIsStoredOrderWithConcurrentWriters() throws Exception {
        String registration = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                String who = "writer" + w;
                futures.add(pool.submit(() -> {
                    TrackerClient own = new TrackerClient(base);
                    HttpResponse<String> last = null;
                    for (int i = 0; i < 6; i++) {
                        StringBuilder batch = new StringBuilder("[");
                        for (int j = 0; j < 5; j++) {
                            batch.append(j == 0 ? "" : ",").append(simple(null, who, "c" + i + "-" + j, registration));
                        }
                        last = own.postStatements(batch.append(']').toString());
                        if (last.statusCode() != 200) {
                            return last;
                        }
                    }
                    return last;
                }));
            }
            for (Future<HttpResponse<String>> f : futures) {
                HttpResponse<String> r = f.get();
                assertEquals(200, r.statusCode(), r.body());
            }
        } finally {
            pool.shutdownNow();
        }
        for (boolean ascending : new boolean[] {true, false}) {
            List<JsonObject> walked = xapi.stream(StatementQuery.builder()
                            .limit(7)
                            .ascending(ascending)
                            .registration(UUID.fromString(registration))
                            .build())
                    .toList();
            assertEquals(240, walked.size());
            assertEquals(
                    240, walked.stream().map(s -> s.getString("id")).distinct().count());
            for (int i = 1; i < walked.size(); i++) {
                Instant before = Instant.parse(walked.get(i - 1).getString("stored"));
                Instant after = Instant.parse(walked.get(i).getString("stored"));
                assertFalse(
                        ascending ? after.isBefore(before) : after.isAfter(before),
                        "ascending=" + ascending
                                + ": " + walked.get(i - 1).getString("id") + " stored " + before + " listed before "
                                + walked.get(i).getString("id") + " stored " + after);
            }
        }
    }

    /** Every page of a "more" walk, keeping only the given ids (other tests may store in the same window). */
    private List<String> walkOwn(StatementQuery query, List<String> own) {
        List<String> walked = new ArrayList<>(ids(xapi.stream(query).toList()));
        walked.retainAll(own);
        return walked;
    }

    // ---------------------------------------------------------------- id conflicts

    /** §2.1.1/§2.1.2 with Data §2.3.1.s9: the same statement again is fine, a different one is 409. */
    @Test
    void sameIdSameContentIsAcceptedDifferentContentConflicts() {
        String id = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        String body = statement(
                id,
                "{\"mbox\": \"mailto:Case-" + run + "@Example.org\"}",
                "http://x.org/v",
                "{\"id\": \"" + activity("c") + "\", \"definition\": {\"name\": {\"en\": \"C\"}}}",
                "{\"registration\": \"" + registration + "\"}");
        post(body);
        String sameAgain = body.replace(id, id.toUpperCase())
                .replace("@Example.org", "@example.org")
                .replace(registration, registration.toUpperCase())
                .replace("\"en\": \"C\"", "\"en\": \"Renamed\"")
                .replace("\"did\"", "\"done\"");
        var again = client.postStatements(sameAgain);
        assertEquals(200, again.statusCode(), again.body());
        var put = client.send(client.xapi("statements?statementId=" + id)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(sameAgain)));
        assertEquals(204, put.statusCode(), put.body());
        var different = client.postStatements(body.replace("http://x.org/v", "http://x.org/other"));
        assertEquals(409, different.statusCode(), different.body());
        var differentLocalPart = client.postStatements(body.replace("Case-", "case-"));
        assertEquals(409, differentLocalPart.statusCode(), "the local part of an mbox is case-sensitive");
        assertEquals(
                1,
                result("statements?registration=" + registration)
                        .getJsonArray("statements")
                        .size());
        assertEquals(
                "C",
                result("statements?statementId=" + id)
                        .getJsonObject("object")
                        .getJsonObject("definition")
                        .getJsonObject("name")
                        .getString("en"),
                "nothing changed");
    }

    /** Concurrent PUTs of one id: all succeed (same content), exactly one statement is stored. */
    @Test
    void sixteenConcurrentPutsOfOneIdStoreItOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        String body = simple(null, "race", "race", registration);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> new TrackerClient(base)
                        .send(client.xapi("statements?statementId=" + id)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body)))));
            }
            for (Future<HttpResponse<String>> f : futures) {
                HttpResponse<String> r = f.get();
                assertEquals(204, r.statusCode(), r.body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(id), ids(result("statements?registration=" + registration)));
    }

    /** Concurrent batches that all define the same new activities: every batch is stored, none fails (no 5xx). */
    @Test
    void concurrentBatchesDefiningTheSameNewActivitiesAreAllStored() throws Exception {
        String registration = UUID.randomUUID().toString();
        String prefix = "new-" + UUID.randomUUID();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 10; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append(statement(
                            null,
                            agent("definer"),
                            "http://adlnet.gov/expapi/verbs/experienced",
                            "{\"id\": \"" + activity(prefix + "/" + i)
                                    + "\", \"definition\": {\"name\": {\"en\": \"Module " + i + "\"}}}",
                            "{\"registration\": \"" + registration + "\"}"));
        }
        String body = batch.append("]").toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> new TrackerClient(base).postStatements(body)));
            }
            for (Future<HttpResponse<String>> f : futures) {
                HttpResponse<String> r = f.get();
                assertEquals(200, r.statusCode(), r.body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                80,
                result("statements?limit=0&registration=" + registration)
                        .getJsonArray("statements")
                        .size());
        assertEquals(
                "Module 3",
                object(get("activities?activityId=" + enc(activity(prefix + "/3")))
                                .body())
                        .getJsonObject("definition")
                        .getJsonObject("name")
                        .getString("en"));
    }

    // ---------------------------------------------------------------- headers and HEAD

    /** §2.1.3: Last-Modified = stored, Consistent-Through on every answer, JSON content type; §1.1 HEAD. */
    @Test
    void headersAndHead() {
        String registration = UUID.randomUUID().toString();
        String first = post(simple(null, "h", "h1", registration)).get(0);
        String second = post(simple(null, "h", "h2", registration)).get(0);
        DateTimeFormatter http = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC);

        var single = get("statements?statementId=" + first);
        String stored = object(single.body()).getString("stored");
        assertEquals(
                http.format(Instant.parse(stored)),
                single.headers().firstValue("Last-Modified").orElse(null));
        assertTrue(single.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertNotNull(Instant.parse(single.headers()
                .firstValue("X-Experience-API-Consistent-Through")
                .orElseThrow()));

        var list = get("statements?ascending=true&registration=" + registration);
        String newest = object(get("statements?statementId=" + second).body()).getString("stored");
        assertEquals(
                http.format(Instant.parse(newest)),
                list.headers().firstValue("Last-Modified").orElse(null),
                "a page: the newest stored in it");
        assertTrue(
                list.headers().firstValue("X-Experience-API-Consistent-Through").isPresent());

        var bad = get("statements?format=full");
        assertEquals(400, bad.statusCode());
        assertTrue(
                bad.headers().firstValue("X-Experience-API-Consistent-Through").isPresent(), "errors too");

        for (String path : List.of(
                "statements?statementId=" + first,
                "statements?registration=" + registration,
                "activities?activityId=" + enc(activity("h1")),
                "agents?agent=" + enc(agent("h")))) {
            var head = client.send(client.xapi(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, head.statusCode(), path);
            assertTrue(head.body().isEmpty(), path);
        }
        var headSingle = client.send(
                client.xapi("statements?statementId=" + first).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(
                http.format(Instant.parse(stored)),
                headSingle.headers().firstValue("Last-Modified").orElse(null));
    }

    // ---------------------------------------------------------------- xAPI 2.0.0

    /** 2.0.0: contextAgents/contextGroups accepted and related; timestamps converted to UTC; version stored. */
    @Test
    void version2StatementsWithContextAgents() {
        String id = UUID.randomUUID().toString();
        String body = statement(
                        null,
                        agent("v2"),
                        "http://x.org/v",
                        "{\"id\": \"" + activity("v2") + "\"}",
                        "{\"contextAgents\": [{\"objectType\": \"contextAgent\", \"agent\": " + agent("coach") + ","
                                + " \"relevantTypes\": [\"https://example.org/types/coach\"]}],"
                                + " \"contextGroups\": [{\"objectType\": \"contextGroup\", \"group\": {\"objectType\": \"Group\","
                                + " \"member\": [" + agent("squad") + "]}}]}")
                .replace("{\"actor\"", "{\"timestamp\": \"2023-05-04T12:00:00-05:00\", \"actor\"");
        var v1 = client.send(client.xapi("statements?statementId=" + id)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(400, v1.statusCode(), "1.0.3 has no contextAgents");
        var v2 = client.send(client.xapi("statements?statementId=" + id)
                .header("Content-Type", "application/json")
                .setHeader("X-Experience-API-Version", "2.0.0")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(204, v2.statusCode(), v2.body());
        var got = client.send(client.xapi("statements?statementId=" + id)
                .setHeader("X-Experience-API-Version", "2.0.0")
                .GET());
        assertEquals(
                "2.0.0", got.headers().firstValue("X-Experience-API-Version").orElse(null));
        JsonObject s = object(got.body());
        assertEquals("2023-05-04T17:00:00.000Z", s.getString("timestamp"));
        assertEquals("2.0.0", s.getString("version"));
        assertTrue(
                s.getString("stored").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                s.getString("stored"));
        assertEquals(Set.of(id), idSet("statements?related_agents=true&agent=" + enc(agent("coach"))));
        assertEquals(Set.of(id), idSet("statements?related_agents=true&agent=" + enc(agent("squad"))));
        assertEquals(Set.of(), idSet("statements?agent=" + enc(agent("coach"))));
    }

    /** Data §2.4.7 / 2.0.0: an absent timestamp is set to stored, the same string. */
    @Test
    void absentTimestampEqualsStored() {
        String id = post(simple(null, "ts", "ts", null)).get(0);
        JsonObject s = result("statements?statementId=" + id);
        assertEquals(s.getString("stored"), s.getString("timestamp"));
        assertEquals("1.0.0", s.getString("version"));
    }

    // ---------------------------------------------------------------- Activities and Agents resources

    /** §2.5: the canonical Activity, or an Activity with just its id when unknown (a must in 2.0.0). */
    @Test
    void activitiesResource() {
        String unknown = activity("never-seen");
        JsonObject a = result("activities?activityId=" + enc(unknown));
        assertEquals(object("{\"objectType\": \"Activity\", \"id\": \"" + unknown + "\"}"), a);
        assertEquals("activityId", error(get("activities")));
        assertEquals(400, get("activities?activityId=not%20an%20iri").statusCode());
        assertEquals(
                400, get("activities?activityId=" + enc(unknown) + "&other=1").statusCode());
    }

    /**
     * §2.5 "the complete Activity": a later definition in another language adds to the language maps (as the ADL
     * suite checks), a language sent again takes the later text; also interaction component descriptions.
     */
    @Test
    void activitiesResourceMergesTheLanguageMapsOfTheDefinitionsReceived() {
        String x = activity("merged");
        post(statement(
                null,
                agent("m1"),
                "http://x.org/v",
                "{\"id\": \"" + x + "\", \"definition\": {"
                        + "\"name\": {\"en-US\": \"Module\"}, \"description\": {\"en-US\": \"About\"},"
                        + " \"interactionType\": \"choice\", \"choices\": [{\"id\": \"a\", \"description\": {\"en-US\": \"A\"}}]}}",
                null));
        post(statement(
                null,
                agent("m2"),
                "http://x.org/v",
                "{\"id\": \"" + x + "\", \"definition\": {"
                        + "\"name\": {\"es\": \"Módulo\"}, \"interactionType\": \"choice\","
                        + " \"choices\": [{\"id\": \"a\", \"description\": {\"es\": \"A es\"}}]}}",
                null));
        post(statement(
                null,
                agent("m3"),
                "http://x.org/v",
                "{\"id\": \"" + x + "\", \"definition\": {" + "\"name\": {\"en-US\": \"Module 2\"}}}",
                null));
        JsonObject definition = result("activities?activityId=" + enc(x)).getJsonObject("definition");
        assertEquals(object("{\"en-US\": \"Module 2\", \"es\": \"Módulo\"}"), definition.getJsonObject("name"));
        assertEquals(object("{\"en-US\": \"About\"}"), definition.getJsonObject("description"));
        assertEquals(
                object("{\"en-US\": \"A\", \"es\": \"A es\"}"),
                definition.getJsonArray("choices").getJsonObject(0).getJsonObject("description"));
    }

    /** Data §2.4.6.2: a single contextActivities value is returned as an array, in every format, SubStatements too. */
    @Test
    void singleContextActivityIsReturnedAsAnArray() {
        String registration = UUID.randomUUID().toString();
        String sub = "{\"objectType\": \"SubStatement\", \"actor\": " + agent("sub")
                + ", \"verb\": {\"id\": \"http://x.org/v\"},"
                + " \"object\": {\"id\": \"" + activity("s") + "\"},"
                + " \"context\": {\"contextActivities\": {\"grouping\": {\"id\": \"" + activity("g") + "\"}}}}";
        String id = UUID.randomUUID().toString();
        String body = statement(
                id,
                agent("single"),
                "http://x.org/v",
                sub,
                "{\"registration\": \"" + registration + "\", \"contextActivities\": {\"parent\": {\"id\": \""
                        + activity("p") + "\"}}}");
        post(body);
        for (String format : new String[] {"exact", "ids", "canonical"}) {
            for (JsonObject s : List.of(
                    result("statements?format=" + format + "&statementId=" + id),
                    result("statements?format=" + format + "&registration=" + registration)
                            .getJsonArray("statements")
                            .getJsonObject(0))) {
                assertEquals(
                        activity("p"),
                        s.getJsonObject("context")
                                .getJsonObject("contextActivities")
                                .getJsonArray("parent")
                                .getJsonObject(0)
                                .getString("id"),
                        format);
                assertEquals(
                        activity("g"),
                        s.getJsonObject("object")
                                .getJsonObject("context")
                                .getJsonObject("contextActivities")
                                .getJsonArray("grouping")
                                .getJsonObject(0)
                                .getString("id"),
                        format);
            }
        }
        // Data §2.3.1.s9: the same statement again, with the array form, is the same statement
        assertEquals(
                200,
                client.postStatements(body.replace(
                                "\"parent\": {\"id\": \"" + activity("p") + "\"}",
                                "\"parent\": [{\"id\": \"" + activity("p") + "\"}]"))
                        .statusCode());
        assertEquals(
                204,
                client.send(client.xapi("statements?statementId=" + id)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body)))
                        .statusCode());
    }

    /** §2.4: a Person with arrays; names seen in statements; an unknown agent still gets a Person. */
    @Test
    void agentsResource() {
        post(statement(
                null,
                "{\"name\": \"Officer Ann\", \"mbox\": \"" + mbox("person") + "\"}",
                "http://x.org/v",
                "{\"id\": \"" + activity("p") + "\"}",
                null));
        post(statement(
                null,
                agent("x"),
                "http://x.org/v",
                "{\"id\": \"" + activity("p") + "\"}",
                "{\"instructor\": {\"name\": \"Ann B.\", \"mbox\": \"" + mbox("person") + "\"}}"));
        JsonObject person = result("agents?agent=" + enc(agent("person")));
        assertEquals("Person", person.getString("objectType"));
        assertEquals(
                Set.of("Officer Ann", "Ann B."),
                new HashSet<>(person.getJsonArray("name").getValuesAs(JsonString::getString)));
        assertEquals(List.of(mbox("person")), person.getJsonArray("mbox").getValuesAs(JsonString::getString));

        String account = "{\"account\": {\"homePage\": \"https://example.org\", \"name\": \"u-" + run + "\"}}";
        JsonObject unknown = result("agents?agent=" + enc(account));
        assertEquals("Person", unknown.getString("objectType"));
        assertEquals(
                "u-" + run, unknown.getJsonArray("account").getJsonObject(0).getString("name"));
        assertFalse(unknown.containsKey("name"));

        assertEquals("agent", error(get("agents")));
        assertEquals(
                400,
                get("agents?agent=" + enc("{\"objectType\": \"Group\", \"mbox\": \"" + mbox("g") + "\"}"))
                        .statusCode());
        assertEquals(400, get("agents?agent=" + enc("{\"name\": \"no ifi\"}")).statusCode());
        assertEquals(400, get("agents?agent=" + enc("{not json")).statusCode());
    }

    // ---------------------------------------------------------------- bad parameters

    /** §2.1.3: bad parameter values and combinations are 400 naming the parameter. */
    @Test
    void badParametersAre400NamingTheParameter() {
        String id = UUID.randomUUID().toString();
        assertEquals("format", error(get("statements?format=full")));
        assertEquals("related_agents", error(get("statements?related_agents=yes")));
        assertEquals("related_activities", error(get("statements?related_activities=1")));
        assertEquals("ascending", error(get("statements?ascending=TRUE")));
        assertEquals("attachments", error(get("statements?attachments=maybe")));
        assertEquals("limit", error(get("statements?limit=-1")));
        assertEquals("until", error(get("statements?until=tomorrow")));
        assertEquals("agent", error(get("statements?agent=" + enc("{\"name\": \"x\"}"))));
        assertEquals("agent", error(get("statements?statementId=" + id + "&agent=" + enc(agent("x")))));
        assertEquals("statementId", error(get("statements?statementId=" + id + "&voidedStatementId=" + id)));
        assertEquals("format", error(get("statements?statementId=" + id + "&format=x")));
        assertEquals("more", error(get("statements?more=garbage")));
        assertEquals("Related_Agents", error(get("statements?Related_Agents=true")));
        JsonValue ok =
                result("statements?attachments=false&format=exact&limit=1").get("statements");
        assertNotNull(ok);
    }
}
