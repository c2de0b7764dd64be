package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.block;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Cmi5Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each cmi5 moveOn value against the deployed LMS (cmi5 §13.1.4 moveOn, §9.3.9 satisfied): a course with one block
 * per moveOn value, each holding one AU (masteryScore 0.8). The AU's statements go through the session's auth
 * token in the order the session rules ask (§11 preferences, §9.3.2 initialized first); moveOn runs in the
 * transaction that stores the AU's statement, so "satisfied" is stored before the AU's next statement; the course's
 * completion in training follows through the outbox, so the test waits for that. Every "satisfied"
 * statement the LMS stores for a block or the course must appear exactly once (§9.3.9).
 */
class Cmi5MoveOnIT extends AgainstDeployedTracker {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    private static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    private static final String SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    private static final String MASTERY = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    private static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
    private static final List<String> RULES =
            List.of("Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed", "NotApplicable");

    String courseIri;
    long courseId;

    @BeforeEach
    void importCourse() {
        courseIri = "https://it.example.org/cmi5/moveon/" + UUID.randomUUID();
        StringBuilder blocks = new StringBuilder();
        Object[] files = new Object[2 * RULES.size() + 2];
        int i = 0;
        for (String rule : RULES) {
            blocks.append(block(
                    blockIri(rule), au(auIri(rule), rule + ".html", "moveOn=\"" + rule + "\" masteryScore=\"0.8\"")));
            files[i++] = rule + ".html";
            files[i++] = "<p>" + rule + "</p>";
        }
        files[i++] = "cmi5.xml";
        files[i] = course(courseIri, blocks.toString());
        HttpResponse<String> created = client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(entries(files)))));
        assertEquals(201, created.statusCode(), created.body());
        courseId = object(created.body()).getJsonNumber("id").longValue();
    }

    private String auIri(String rule) {
        return courseIri + "/au/" + rule;
    }

    private String blockIri(String rule) {
        return courseIri + "/block/" + rule;
    }

    /** One AU session as the AU sees it. */
    record Au(
            JsonObject actor,
            String registration,
            String session,
            String activityId,
            String token,
            String publisherId) {}

    private static JsonObject actor() {
        return Json.createObjectBuilder()
                .add("objectType", "Agent")
                .add("name", "Morgan Officer")
                .add(
                        "account",
                        Json.createObjectBuilder()
                                .add("homePage", "https://it.example.org/learners")
                                .add("name", UUID.randomUUID().toString()))
                .build();
    }

    private JsonObject progress(String registration) {
        HttpResponse<String> r =
                client.send(client.admin("cmi5/registrations/" + registration).GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    private JsonObject auProgress(String registration, String rule) {
        return progress(registration).getJsonArray("aus").stream()
                .map(v -> v.asJsonObject())
                .filter(a -> a.getString("id").equals(auIri(rule)))
                .findFirst()
                .orElseThrow();
    }

    private JsonObject blockProgress(JsonObject progress, String rule) {
        return progress.getJsonArray("blocks").stream()
                .map(v -> v.asJsonObject())
                .filter(b -> b.getString("id").equals(blockIri(rule)))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Launches the AU of a rule, fetches the token (§8.2) and does what must come before anything else: read
     * cmi5LearnerPreferences (§11), then "initialized" (§9.3.2).
     */
    private Au start(JsonObject actor, String registration, String rule) {
        return start(actor, registration, rule, "Normal");
    }

    private Au start(JsonObject actor, String registration, String rule, String launchMode) {
        HttpResponse<String> r = cmi5.postJson(
                "cmi5/registrations/" + registration + "/launch",
                Json.createObjectBuilder()
                        .add("au", auIri(rule))
                        .add("launchMode", launchMode)
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        Map<String, String> launchQuery = Cmi5Client.query(object(r.body()).getString("url"));
        String fetch = launchQuery.get("fetch");
        String activityId = launchQuery.get("activityId");
        HttpResponse<String> token =
                client.send(client.anonymous(URI.create(fetch).getRawPath()).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, token.statusCode(), token.body());
        Au au = new Au(
                actor,
                registration,
                object(r.body()).getString("sessionId"),
                activityId,
                object(token.body()).getString("auth-token"),
                auIri(rule));
        HttpResponse<String> prefs = client.send(
                asAu(au, "agents/profile?profileId=cmi5LearnerPreferences&agent=" + Cmi5Client.enc(actor.toString()))
                        .GET());
        assertEquals(200, prefs.statusCode(), prefs.body());
        send(au, "initialized");
        return au;
    }

    private HttpRequest.Builder asAu(Au au, String path) {
        return HttpRequest.newBuilder(URI.create(client.base() + "/xapi/" + path))
                .header("Authorization", "Basic " + au.token())
                .header("X-Experience-API-Version", "1.0.3");
    }

    /** Sends one cmi5 defined statement, with the result, categories and extensions cmi5 asks for (§9.5, §9.6). */
    private void send(Au au, String verb) {
        HttpResponse<String> r = trySend(au, verb);
        assertEquals(200, r.statusCode(), verb + ": " + r.body());
    }

    private HttpResponse<String> trySend(Au au, String verb) {
        var category = Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", CMI5));
        var extensions = Json.createObjectBuilder().add(SESSION, au.session());
        JsonObjectBuilder result = switch (verb) {
            case "completed" -> Json.createObjectBuilder().add("completion", true);
            case "passed" ->
                Json.createObjectBuilder()
                        .add("success", true)
                        .add("score", Json.createObjectBuilder().add("scaled", 0.9));
            case "failed" ->
                Json.createObjectBuilder()
                        .add("success", false)
                        .add("score", Json.createObjectBuilder().add("scaled", 0.4));
            case "terminated" -> Json.createObjectBuilder();
            default -> null;
        };
        if (result != null && !verb.equals("terminated")) {
            category.add(Json.createObjectBuilder().add("id", MOVE_ON)); // §9.6.2.2
        }
        if (result != null) {
            result.add("duration", "PT1M"); // §9.5.4.1
        }
        if (verb.equals("passed") || verb.equals("failed")) {
            extensions.add(MASTERY, 0.8); // §9.6.3.2
        }
        var s = Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", au.actor())
                .add("verb", Json.createObjectBuilder().add("id", VERBS + verb))
                .add("object", Json.createObjectBuilder().add("id", au.activityId()))
                .add("timestamp", Instant.now().toString())
                .add(
                        "context",
                        Json.createObjectBuilder()
                                .add("registration", au.registration())
                                .add(
                                        "contextActivities",
                                        Json.createObjectBuilder()
                                                .add("category", category)
                                                .add(
                                                        "grouping",
                                                        Json.createArrayBuilder()
                                                                .add(Json.createObjectBuilder()
                                                                        .add("id", au.publisherId()))))
                                .add("extensions", extensions));
        if (result != null) {
            s.add("result", result);
        }
        return client.send(asAu(au, "statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(s.build().toString())));
    }

    /** Waits until the LMS has recorded the facts for the AU. */
    private JsonObject awaitFacts(String registration, String rule, String... facts) {
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> {
            JsonObject au = auProgress(registration, rule);
            for (String f : facts) {
                if (!au.getBoolean(f)) {
                    return false;
                }
            }
            return true;
        });
        return auProgress(registration, rule);
    }

    private JsonObject awaitSatisfied(String registration, String rule) {
        await().atMost(PATIENCE)
                .pollInterval(POLL)
                .until(() -> auProgress(registration, rule).getBoolean("satisfied"));
        return progress(registration);
    }

    private JsonArray satisfiedStatements(String registration) {
        HttpResponse<String> r = client.send(client.xapi(
                        "statements?registration=" + registration + "&verb=" + Cmi5Client.enc(SATISFIED) + "&limit=100")
                .GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("statements");
    }

    /** How many "satisfied" statements the LMS stored for the object (a generated block or course activity id). */
    private long satisfiedCount(String registration, String objectId) {
        return satisfiedStatements(registration).stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getJsonObject("object").getString("id").equals(objectId))
                .count();
    }

    private void assertSatisfiedOnce(String registration, String objectId) {
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> satisfiedCount(registration, objectId) >= 1);
        assertEquals(
                1,
                satisfiedCount(registration, objectId),
                satisfiedStatements(registration).toString());
    }

    /** The AU and its block are not satisfied; no "satisfied" statement for the block. */
    private void assertNotSatisfied(String registration, String rule) {
        JsonObject progress = progress(registration);
        JsonObject au = auProgress(registration, rule);
        JsonObject block = blockProgress(progress, rule);
        assertFalse(au.getBoolean("satisfied"), au.toString());
        assertFalse(block.getBoolean("satisfied"), block.toString());
        assertFalse(progress.getBoolean("satisfied"));
        assertEquals(0, satisfiedCount(registration, block.getString("activityId")));
    }

    @Test
    void section13_1_4_passed_failedAndCompletedDoNotSatisfyItAndPassedInALaterSessionDoes() {
        JsonObject actor = actor();
        JsonObject registered = cmi5.register(courseId, actor);
        String registration = registered.getString("registration");
        long learnerId = registered.getJsonNumber("learnerId").longValue();
        assertNotSatisfied(registration, "Passed");

        Au first = start(actor, registration, "Passed");
        send(first, "completed");
        send(first, "failed");
        send(first, "terminated");
        JsonObject au = awaitFacts(registration, "Passed", "completed", "failed");
        assertFalse(au.getBoolean("passed"));
        assertNotSatisfied(registration, "Passed");
        // a fail where a pass is required is the course's failure: a failed attempt of the catalogue course, no credit
        await().atMost(Duration.ofSeconds(30))
                .until(() -> array(client.send(client.admin("completions?learnerId=" + learnerId)
                                                .GET())
                                        .body())
                                .size()
                        == 1);
        JsonObject attempt = array(client.send(client.admin("completions?learnerId=" + learnerId)
                                .GET())
                        .body())
                .getJsonObject(0);
        assertEquals("FAILED", attempt.getString("outcome"));
        assertEquals("3311", attempt.getString("tcoleNumber"));
        assertEquals(0, attempt.getInt("creditHours"));

        Au second = start(actor, registration, "Passed");
        send(second, "passed");
        JsonObject progress = awaitSatisfied(registration, "Passed");
        assertSatisfiedOnce(registration, blockProgress(progress, "Passed").getString("activityId"));
        assertTrue(blockProgress(progress, "Passed").getBoolean("satisfied"));
        assertFalse(progress.getBoolean("satisfied")); // the other blocks are not done
    }

    @Test
    void section13_1_4_completed_passedDoesNotSatisfyItAndCompletedInALaterSessionDoes() {
        JsonObject actor = actor();
        String registration = cmi5.register(courseId, actor).getString("registration");

        Au first = start(actor, registration, "Completed");
        send(first, "passed");
        send(first, "terminated");
        awaitFacts(registration, "Completed", "passed");
        assertNotSatisfied(registration, "Completed");

        Au second = start(actor, registration, "Completed");
        send(second, "completed");
        JsonObject progress = awaitSatisfied(registration, "Completed");
        assertSatisfiedOnce(registration, blockProgress(progress, "Completed").getString("activityId"));
    }

    @Test
    void section13_1_4_completedAndPassed_passedAloneIsNotEnoughCompletedInANewSessionSatisfiesIt() {
        JsonObject actor = actor();
        String registration = cmi5.register(courseId, actor).getString("registration");

        Au first = start(actor, registration, "CompletedAndPassed");
        send(first, "passed");
        send(first, "terminated");
        awaitFacts(registration, "CompletedAndPassed", "passed");
        assertNotSatisfied(registration, "CompletedAndPassed");

        Au second = start(actor, registration, "CompletedAndPassed");
        send(second, "completed");
        JsonObject progress = awaitSatisfied(registration, "CompletedAndPassed");
        assertSatisfiedOnce(
                registration, blockProgress(progress, "CompletedAndPassed").getString("activityId"));
    }

    @Test
    void section13_1_4_completedAndPassed_completedAloneIsNotEnoughFailedNeither() {
        JsonObject actor = actor();
        String registration = cmi5.register(courseId, actor).getString("registration");

        Au first = start(actor, registration, "CompletedAndPassed");
        send(first, "completed");
        send(first, "failed");
        send(first, "terminated");
        awaitFacts(registration, "CompletedAndPassed", "completed", "failed");
        assertNotSatisfied(registration, "CompletedAndPassed");

        Au second = start(actor, registration, "CompletedAndPassed");
        send(second, "passed");
        JsonObject progress = awaitSatisfied(registration, "CompletedAndPassed");
        assertSatisfiedOnce(
                registration, blockProgress(progress, "CompletedAndPassed").getString("activityId"));
    }

    @Test
    void section13_1_4_completedOrPassed_completedSatisfiesItAndALaterPassedReportsNothingAgain() {
        JsonObject actor = actor();
        String registration = cmi5.register(courseId, actor).getString("registration");

        Au first = start(actor, registration, "CompletedOrPassed");
        send(first, "completed");
        send(first, "terminated");
        JsonObject progress = awaitSatisfied(registration, "CompletedOrPassed");
        String block = blockProgress(progress, "CompletedOrPassed").getString("activityId");
        assertSatisfiedOnce(registration, block);

        // §9.3.9: a block is reported satisfied once per registration, however many facts follow
        Au second = start(actor, registration, "CompletedOrPassed");
        send(second, "passed");
        awaitFacts(registration, "CompletedOrPassed", "passed");
        assertEquals(1, satisfiedCount(registration, block));
    }

    @Test
    void section13_1_4_completedOrPassed_passedSatisfiesItFailedDoesNot() {
        JsonObject actor = actor();
        String registration = cmi5.register(courseId, actor).getString("registration");

        Au first = start(actor, registration, "CompletedOrPassed");
        send(first, "failed");
        send(first, "terminated");
        awaitFacts(registration, "CompletedOrPassed", "failed");
        assertNotSatisfied(registration, "CompletedOrPassed");

        Au second = start(actor, registration, "CompletedOrPassed");
        send(second, "passed");
        JsonObject progress = awaitSatisfied(registration, "CompletedOrPassed");
        assertSatisfiedOnce(
                registration, blockProgress(progress, "CompletedOrPassed").getString("activityId"));
    }

    @Test
    void section13_1_4_notApplicable_satisfiedAtRegistrationWithoutALaunch() {
        JsonObject registered = cmi5.register(courseId, actor());
        String registration = registered.getString("registration");
        // §9.6.1: moveOn is evaluated when the registration is created
        JsonObject na = registered.getJsonArray("aus").stream()
                .map(v -> v.asJsonObject())
                .filter(a -> a.getString("id").equals(auIri("NotApplicable")))
                .findFirst()
                .orElseThrow();
        assertTrue(na.getBoolean("satisfied"), na.toString());
        assertFalse(na.getBoolean("completed") || na.getBoolean("passed"));
        assertTrue(blockProgress(registered, "NotApplicable").getBoolean("satisfied"));
        assertFalse(registered.getBoolean("satisfied"));
        assertSatisfiedOnce(
                registration, blockProgress(registered, "NotApplicable").getString("activityId"));
        // only the NotApplicable block is reported; the others wait for their AUs
        assertEquals(
                1,
                satisfiedStatements(registration).size(),
                satisfiedStatements(registration).toString());
        for (String rule : List.of("Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed")) {
            assertNotSatisfied(registration, rule);
        }
    }

    @Test
    void section9_3_9_aWaivedAuIsSatisfiedWhateverItsMoveOn() {
        JsonObject actor = actor();
        String registration = cmi5.register(courseId, actor).getString("registration");
        Au first = start(actor, registration, "CompletedAndPassed");
        send(first, "failed");
        send(first, "terminated");
        awaitFacts(registration, "CompletedAndPassed", "failed");
        assertNotSatisfied(registration, "CompletedAndPassed");

        // §9.3.7: the LMS waives the AU; §9.3.9: a waived AU counts as satisfied
        HttpResponse<String> waived = cmi5.postJson(
                "cmi5/registrations/" + registration + "/waive",
                Json.createObjectBuilder()
                        .add("au", auIri("CompletedAndPassed"))
                        .add("reason", "Tested Out")
                        .build());
        assertEquals(200, waived.statusCode(), waived.body());
        JsonObject progress = awaitSatisfied(registration, "CompletedAndPassed");
        assertTrue(auProgress(registration, "CompletedAndPassed").getBoolean("waived"));
        assertSatisfiedOnce(
                registration, blockProgress(progress, "CompletedAndPassed").getString("activityId"));
    }

    @Test
    void section10_2_2_aBrowseSessionNeverMovesOn() {
        JsonObject actor = actor();
        String registration = cmi5.register(courseId, actor).getString("registration");
        Au browse = start(actor, registration, "Completed", "Browse");
        HttpResponse<String> completed = trySend(browse, "completed");
        assertEquals(403, completed.statusCode(), completed.body());
        assertTrue(completed.body().contains("§10.2.2"), completed.body());
        send(browse, "terminated");
        assertNotSatisfied(registration, "Completed");
        assertFalse(auProgress(registration, "Completed").getBoolean("completed"));

        Au normal = start(actor, registration, "Completed");
        send(normal, "completed");
        JsonObject progress = awaitSatisfied(registration, "Completed");
        assertSatisfiedOnce(registration, blockProgress(progress, "Completed").getString("activityId"));
    }

    @Test
    void section9_3_9_theCourseIsSatisfiedOnceWhenEveryBlockIs() {
        JsonObject actor = actor();
        JsonObject registered = cmi5.register(courseId, actor);
        String registration = registered.getString("registration");
        String courseActivity = registered.getString("courseActivityId");

        for (String rule : List.of("Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed")) {
            Au au = start(actor, registration, rule);
            if (!rule.equals("Completed")) {
                send(au, "passed");
            }
            if (!rule.equals("Passed") && !rule.equals("CompletedOrPassed")) {
                send(au, "completed");
            }
            send(au, "terminated");
            awaitSatisfied(registration, rule);
        }
        await().atMost(PATIENCE)
                .pollInterval(POLL)
                .until(() -> progress(registration).getBoolean("satisfied"));
        assertSatisfiedOnce(registration, courseActivity);
        JsonObject progress = progress(registration);
        for (String rule : RULES) {
            assertSatisfiedOnce(registration, blockProgress(progress, rule).getString("activityId"));
        }
        // five blocks and the course, nothing twice
        assertEquals(RULES.size() + 1, satisfiedStatements(registration).size());

        // stored order (§9.3.9 inside the session): the satisfying "passed", then its block, then the course, then
        // the session's "terminated" — the LMS stores "satisfied" in the transaction of the statement that satisfies
        HttpResponse<String> all =
                client.send(client.xapi("statements?registration=" + registration + "&ascending=true&limit=500")
                        .GET());
        assertEquals(200, all.statusCode(), all.body());
        List<String> order = object(all.body()).getJsonArray("statements").stream()
                .map(v -> v.asJsonObject())
                .map(st -> st.getJsonObject("verb").getString("id").replaceFirst(".*/", "") + " "
                        + st.getJsonObject("object").getString("id"))
                .toList();
        String lastBlock = blockProgress(progress, "CompletedOrPassed").getString("activityId");
        List<String> tail = order.subList(order.size() - 4, order.size());
        assertEquals("passed", tail.get(0).split(" ")[0], order.toString());
        assertEquals("satisfied " + lastBlock, tail.get(1), order.toString());
        assertEquals("satisfied " + courseActivity, tail.get(2), order.toString());
        assertEquals("terminated", tail.get(3).split(" ")[0], order.toString());
    }
}
