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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Cmi5Client;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A learner's cmi5 journey over HTTP: register (§9.6.1), launch (§8.1, §10, §9.3.1), fetch the auth token once
 * (§8.2), the AU's statements with that token, then the LMS's "satisfied" statements (§9.3.9) and the completion
 * of the linked catalogue course (3311, PASSED rule).
 */
class Cmi5LaunchIT extends AgainstDeployedTracker {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    private static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    private static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    /** The block of the NotApplicable intro AU is satisfied at registration: only "launched" is the launch's. */
    private static final String LAUNCHED_OF_REGISTRATION = "SELECT COUNT(*) FROM xapi_statement WHERE registration = ?"
            + " AND verb_iri = 'http://adlnet.gov/expapi/verbs/launched'";

    String courseIri;
    long courseId;

    @BeforeEach
    void importCourse() {
        courseIri = "https://it.example.org/cmi5/" + UUID.randomUUID();
        String c = courseIri;
        String xml = course(
                c,
                block(c + "/b0", au(c + "/intro", "intro/index.html?start=1", ""))
                        + block(
                                c + "/b1",
                                au(
                                        c + "/quiz",
                                        "quiz/quiz.html",
                                        "moveOn=\"CompletedAndPassed\" masteryScore=\"0.8\"")));
        HttpResponse<String> created = client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(
                        entries("cmi5.xml", xml, "intro/index.html", "<p>intro</p>", "quiz/quiz.html", "<p>q</p>")))));
        assertEquals(201, created.statusCode(), created.body());
        courseId = object(created.body()).getJsonNumber("id").longValue();
    }

    private JsonObject launch(String registration, String au) {
        HttpResponse<String> r = cmi5.postJson(
                "cmi5/registrations/" + registration + "/launch",
                Json.createObjectBuilder()
                        .add("au", au)
                        .add("launchMode", "Normal")
                        .add("returnUrl", "https://lms.example.org/back")
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    private HttpResponse<String> auPost(String token, JsonObject statement) {
        return client.send(HttpRequest.newBuilder(URI.create(client.base() + "/xapi/statements"))
                .header("Authorization", "Basic " + token)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement.toString())));
    }

    private static JsonObject auStatement(
            JsonObject actor,
            String verb,
            String activityId,
            String registration,
            String session,
            String publisherId,
            JsonObject result) {
        var category = Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", CMI5));
        if (result != null && (result.containsKey("success") || result.containsKey("completion"))) {
            category.add(Json.createObjectBuilder().add("id", MOVE_ON)); // §9.6.2.2
        }
        var extensions = Json.createObjectBuilder().add(SESSION, session);
        if (verb.equals("passed") || verb.equals("failed")) {
            extensions.add("https://w3id.org/xapi/cmi5/context/extensions/masteryscore", 0.8); // §9.6.3.2
        }
        var s = Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", actor)
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/" + verb))
                .add("object", Json.createObjectBuilder().add("id", activityId))
                .add("timestamp", Instant.now().toString())
                .add(
                        "context",
                        Json.createObjectBuilder()
                                .add("registration", registration)
                                .add(
                                        "contextActivities",
                                        Json.createObjectBuilder()
                                                .add("category", category)
                                                .add(
                                                        "grouping",
                                                        Json.createArrayBuilder()
                                                                .add(Json.createObjectBuilder()
                                                                        .add("id", publisherId))))
                                .add("extensions", extensions));
        if (result != null) {
            s.add("result", result);
        }
        return s.build();
    }

    private JsonArray statements(String filter) {
        HttpResponse<String> r = client.send(client.xapi("statements?" + filter).GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("statements");
    }

    @Test
    void learnerRegistersLaunchesFetchesOncePassesAndTheCourseIsSatisfiedAndCompleted() {
        JsonObject actor = Cmi5Client.accountActor(UUID.randomUUID().toString());
        JsonObject registered = cmi5.register(courseId, actor);
        String registration = registered.getString("registration");
        // §9.6.1: moveOn evaluated at registration; the NotApplicable AU and its block are satisfied at once
        assertTrue(registered.getJsonArray("aus").getJsonObject(0).getBoolean("satisfied"));
        assertTrue(registered.getJsonArray("blocks").getJsonObject(0).getBoolean("satisfied"));
        assertTrue(!registered.getBoolean("satisfied"));
        String courseActivity = registered.getString("courseActivityId");

        JsonObject launched = launch(registration, courseIri + "/quiz");
        String session = launched.getString("sessionId");
        String url = launched.getString("url");
        assertTrue(url.contains("/content/" + courseId + "/1/quiz/quiz.html?"), url);
        Map<String, String> q = Cmi5Client.query(url);
        // §8.1: the five launch parameters; §8.1.5: activityId generated, not the publisher's AU id
        assertTrue(q.get("endpoint").endsWith("/xapi"), url); // no trailing slash: libraries add it
        assertEquals(registration, q.get("registration"));
        assertEquals(actor, object(q.get("actor")));
        String activityId = q.get("activityId");
        assertNotEquals(courseIri + "/quiz", activityId);
        assertEquals(registered.getJsonArray("aus").getJsonObject(1).getString("activityId"), activityId);

        // §10: LMS.LaunchData written before the launch answer
        HttpResponse<String> state = client.send(client.xapi("activities/state?activityId=" + Cmi5Client.enc(activityId)
                        + "&agent=" + Cmi5Client.enc(actor.toString()) + "&registration=" + registration
                        + "&stateId=LMS.LaunchData")
                .GET());
        assertEquals(200, state.statusCode(), state.body());
        JsonObject launchData = object(state.body());
        assertEquals(
                session,
                launchData
                        .getJsonObject("contextTemplate")
                        .getJsonObject("extensions")
                        .getString(SESSION));
        assertEquals("Normal", launchData.getString("launchMode"));
        assertEquals("CompletedAndPassed", launchData.getString("moveOn"));
        assertEquals(0.8, launchData.getJsonNumber("masteryScore").doubleValue());
        assertEquals("https://lms.example.org/back", launchData.getString("returnURL"));

        // §9.3.1: the launched statement is stored before launching
        JsonArray launchedStatements = statements(
                "verb=" + Cmi5Client.enc("http://adlnet.gov/expapi/verbs/launched") + "&registration=" + registration);
        assertEquals(1, launchedStatements.size());
        assertEquals(
                session,
                launchedStatements
                        .getJsonObject(0)
                        .getJsonObject("context")
                        .getJsonObject("extensions")
                        .getString(SESSION));

        // §8.2: the token once, then error 1 (still 200, application/json); an unknown token is error 2
        // an AU on another origin (absolute AU URL): the preflight, then the POST, both readable cross-origin
        String auOrigin = TrackerClient.CONTENT_URL; // the content origin; strangers get no Allow-Origin
        HttpResponse<String> preflight =
                client.send(client.anonymous(URI.create(q.get("fetch")).getRawPath())
                        .header("Origin", auOrigin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(preflight.statusCode() == 200 || preflight.statusCode() == 204, preflight.toString());
        assertEquals(
                auOrigin,
                preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight
                .headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElse("")
                .contains("POST"));
        assertTrue(preflight
                .headers()
                .firstValue("Access-Control-Allow-Headers")
                .orElse("")
                .toLowerCase()
                .contains("content-type"));
        HttpResponse<String> first =
                client.send(client.anonymous(URI.create(q.get("fetch")).getRawPath())
                        .header("Origin", auOrigin)
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(
                auOrigin,
                first.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String token = object(first.body()).getString("auth-token");
        HttpResponse<String> second = cmi5.fetch(q.get("fetch"));
        assertEquals(200, second.statusCode());
        assertTrue(second.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("1", object(second.body()).getString("error-code"));
        assertEquals("2", object(cmi5.fetch("/fetch/not-a-token").body()).getString("error-code"));

        // the AU reads LMS.LaunchData with its own token (scope "state")
        HttpResponse<String> auState = client.send(HttpRequest.newBuilder(URI.create(client.base()
                        + "/xapi/activities/state?activityId=" + Cmi5Client.enc(activityId) + "&agent="
                        + Cmi5Client.enc(actor.toString())
                        + "&registration=" + registration + "&stateId=LMS.LaunchData"))
                .header("Authorization", "Basic " + token)
                .header("X-Experience-API-Version", "1.0.3")
                .GET());
        assertEquals(200, auState.statusCode(), auState.body());
        assertEquals(launchData, object(auState.body()));

        // §11: the AU reads its learner preferences on startup (the LMS wrote a default at launch)
        HttpResponse<String> prefs =
                client.send(HttpRequest.newBuilder(URI.create(client.base() + "/xapi/agents/profile?agent="
                                + Cmi5Client.enc(actor.toString()) + "&profileId=cmi5LearnerPreferences"))
                        .header("Authorization", "Basic " + token)
                        .header("X-Experience-API-Version", "1.0.3")
                        .GET());
        assertEquals(200, prefs.statusCode(), prefs.body());
        String publisher = courseIri + "/quiz";
        assertEquals(
                200,
                auPost(token, auStatement(actor, "initialized", activityId, registration, session, publisher, null))
                        .statusCode());
        assertEquals(
                200,
                auPost(
                                token,
                                auStatement(
                                        actor,
                                        "completed",
                                        activityId,
                                        registration,
                                        session,
                                        publisher,
                                        Json.createObjectBuilder()
                                                .add("completion", true)
                                                .add("duration", "PT5M")
                                                .build()))
                        .statusCode());
        HttpResponse<String> passed = auPost(
                token,
                auStatement(
                        actor,
                        "passed",
                        activityId,
                        registration,
                        session,
                        publisher,
                        Json.createObjectBuilder()
                                .add("success", true)
                                .add("duration", "PT6M")
                                .add("score", Json.createObjectBuilder().add("scaled", 0.9))
                                .build()));
        assertEquals(200, passed.statusCode(), passed.body());
        // §9.6.3.1: another session id with this session's token is refused
        HttpResponse<String> otherSession = auPost(
                token,
                auStatement(
                        actor,
                        "experienced",
                        activityId,
                        registration,
                        UUID.randomUUID().toString(),
                        publisher,
                        null));
        assertEquals(403, otherSession.statusCode(), otherSession.body());
        assertTrue(otherSession.body().contains("§9.6.3.1"), otherSession.body());
        // §9.3.8: nothing after "terminated"
        assertEquals(
                200,
                auPost(
                                token,
                                auStatement(
                                        actor,
                                        "terminated",
                                        activityId,
                                        registration,
                                        session,
                                        publisher,
                                        Json.createObjectBuilder()
                                                .add("duration", "PT7M")
                                                .build()))
                        .statusCode());
        // §9.3.8 with a zero waiting period, §8.2.1: the session's token ended with it
        HttpResponse<String> late =
                auPost(token, auStatement(actor, "experienced", activityId, registration, session, publisher, null));
        assertEquals(401, late.statusCode(), late.body());

        await().atMost(PATIENCE)
                .until(() -> object(client.send(client.admin("cmi5/registrations/" + registration)
                                        .GET())
                                .body())
                        .getBoolean("satisfied"));
        JsonObject progress = object(
                client.send(client.admin("cmi5/registrations/" + registration).GET())
                        .body());
        JsonObject quiz = progress.getJsonArray("aus").getJsonObject(1);
        assertTrue(quiz.getBoolean("completed") && quiz.getBoolean("passed") && quiz.getBoolean("satisfied"));

        // §9.3.9: one satisfied statement for the course, with the session id of the triggering session
        JsonArray satisfied = statements("verb=" + Cmi5Client.enc("https://w3id.org/xapi/adl/verbs/satisfied")
                + "&registration=" + registration);
        long forCourse = satisfied.stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getJsonObject("object").getString("id").equals(courseActivity))
                .count();
        assertEquals(1, forCourse, satisfied.toString());
        assertEquals(3, satisfied.size(), satisfied.toString()); // b0 at registration, then b1 and the course
        JsonObject courseSatisfied = satisfied.stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getJsonObject("object").getString("id").equals(courseActivity))
                .findFirst()
                .orElseThrow();
        assertEquals(
                session,
                courseSatisfied
                        .getJsonObject("context")
                        .getJsonObject("extensions")
                        .getString(SESSION));

        // the satisfied course counts for catalogue course 3311
        long learnerId = progress.getJsonNumber("learnerId").longValue();
        await().atMost(PATIENCE)
                .until(() -> array(client.send(client.admin("completions?learnerId=" + learnerId)
                                                .GET())
                                        .body())
                                .size()
                        == 1);
    }

    @Test
    void section9_3_6_aNewLaunchAbandonsTheActiveSessionAndEndsItsToken() {
        JsonObject actor = Cmi5Client.accountActor(UUID.randomUUID().toString());
        String registration = cmi5.register(courseId, actor).getString("registration");
        JsonObject first = launch(registration, "2");
        String token = object(
                        cmi5.fetch(Cmi5Client.query(first.getString("url")).get("fetch"))
                                .body())
                .getString("auth-token");
        JsonObject second = launch(registration, "2");
        assertNotEquals(first.getString("sessionId"), second.getString("sessionId"));

        JsonArray abandoned = statements("verb=" + Cmi5Client.enc("https://w3id.org/xapi/adl/verbs/abandoned")
                + "&registration=" + registration);
        assertEquals(1, abandoned.size());
        JsonObject a = abandoned.getJsonObject(0);
        assertEquals(
                first.getString("sessionId"),
                a.getJsonObject("context").getJsonObject("extensions").getString(SESSION));
        assertTrue(a.getJsonObject("result").getString("duration").startsWith("PT"));
        // §8.2.1: the token is limited to its session; the fetch URL of the ended session answers error 1
        String activityId = Cmi5Client.query(first.getString("url")).get("activityId");
        assertEquals(
                401,
                auPost(
                                token,
                                auStatement(
                                        actor,
                                        "initialized",
                                        activityId,
                                        registration,
                                        first.getString("sessionId"),
                                        courseIri + "/quiz",
                                        null))
                        .statusCode());

        // abandon by session id: once (§9.3 LMS verb ordering: never two "abandoned" for a session)
        String path = "cmi5/registrations/" + registration + "/sessions/" + second.getString("sessionId") + "/abandon";
        assertEquals(
                204,
                client.send(client.admin(path).POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode());
        assertEquals(
                409,
                client.send(client.admin(path).POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode());
        assertEquals(
                2,
                statements("verb=" + Cmi5Client.enc("https://w3id.org/xapi/adl/verbs/abandoned") + "&registration="
                                + registration)
                        .size());

        // the session id alone names its registration: POST /api/cmi5/sessions/{sessionId}/abandon
        JsonObject third = launch(registration, "2");
        String byId = "cmi5/sessions/" + third.getString("sessionId") + "/abandon";
        HttpResponse<String> alone = client.send(client.admin(byId).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, alone.statusCode(), alone.body());
        HttpResponse<String> again = client.send(client.admin(byId).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("sessionId"), again.body());
        HttpResponse<String> unknown = client.send(client.admin("cmi5/sessions/" + UUID.randomUUID() + "/abandon")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(404, unknown.statusCode(), unknown.body());
        JsonArray all = statements("verb=" + Cmi5Client.enc("https://w3id.org/xapi/adl/verbs/abandoned")
                + "&registration=" + registration);
        assertEquals(3, all.size());
        assertTrue(
                all.stream()
                        .anyMatch(v -> third.getString("sessionId")
                                .equals(v.asJsonObject()
                                        .getJsonObject("context")
                                        .getJsonObject("extensions")
                                        .getString(SESSION))),
                all.toString());
    }

    @Test
    void section9_3_7_waivingTheLastAuSatisfiesTheCourseAndIsDoneOnce() {
        String registration = cmi5.register(
                        courseId, Cmi5Client.accountActor(UUID.randomUUID().toString()))
                .getString("registration");
        JsonObject body = Json.createObjectBuilder()
                .add("au", courseIri + "/quiz")
                .add("reason", "Administrative")
                .build();
        HttpResponse<String> waived = cmi5.postJson("cmi5/registrations/" + registration + "/waive", body);
        assertEquals(200, waived.statusCode(), waived.body());
        JsonObject progress = object(waived.body());
        assertTrue(progress.getJsonArray("aus").getJsonObject(1).getBoolean("waived"));
        assertTrue(progress.getBoolean("satisfied"));
        JsonArray statements = statements(
                "verb=" + Cmi5Client.enc("https://w3id.org/xapi/adl/verbs/waived") + "&registration=" + registration);
        assertEquals(1, statements.size());
        JsonObject result = statements.getJsonObject(0).getJsonObject("result");
        assertTrue(result.getBoolean("success") && result.getBoolean("completion"));
        assertEquals(
                "Administrative",
                result.getJsonObject("extensions").getString("https://w3id.org/xapi/cmi5/result/extensions/reason"));
        assertEquals(
                409,
                cmi5.postJson("cmi5/registrations/" + registration + "/waive", body)
                        .statusCode());
    }

    @Test
    void badRequestsAreRefusedWithTheField() {
        HttpResponse<String> noAccount = cmi5.postJson(
                "cmi5/registrations",
                Json.createObjectBuilder()
                        .add("courseId", courseId)
                        .add(
                                "actor",
                                Json.createObjectBuilder()
                                        .add("objectType", "Agent")
                                        .add("mbox", "mailto:x@example.org"))
                        .build());
        assertEquals(400, noAccount.statusCode(), noAccount.body());
        assertTrue(noAccount.body().contains("actor.account"), noAccount.body());
        String registration = cmi5.register(
                        courseId, Cmi5Client.accountActor(UUID.randomUUID().toString()))
                .getString("registration");
        HttpResponse<String> again = cmi5.postJson(
                "cmi5/registrations",
                Json.createObjectBuilder()
                        .add("courseId", courseId)
                        .add("actor", Cmi5Client.accountActor("x"))
                        .add("registration", registration)
                        .build());
        assertEquals(409, again.statusCode(), again.body());
        HttpResponse<String> badAu = cmi5.postJson(
                "cmi5/registrations/" + registration + "/launch",
                Json.createObjectBuilder().add("au", "7").build());
        assertEquals(400, badAu.statusCode(), badAu.body());
        HttpResponse<String> badMode = cmi5.postJson(
                "cmi5/registrations/" + registration + "/launch",
                Json.createObjectBuilder()
                        .add("au", "1")
                        .add("launchMode", "normal")
                        .build());
        assertEquals(400, badMode.statusCode(), badMode.body());
        assertEquals(
                404,
                client.send(client.admin("cmi5/registrations/" + UUID.randomUUID())
                                .GET())
                        .statusCode());
    }

    /**
     * A launch is one transaction: when its last write, the "launched" statement, fails, nothing of it stays: no
     * session (so no fetch URL that hands out a token), no LMS.LaunchData, no statement. The failure is a trigger
     * in the database the server uses.
     */
    @Test
    void aLaunchThatFailsAtItsLastWriteLeavesNothingOfIt() throws SQLException {
        try (Connection c = sharedDatabase("failing the statement insert needs the shared PostgreSQL database");
                Statement sql = c.createStatement()) {
            String registration = cmi5.register(
                            courseId, Cmi5Client.accountActor(UUID.randomUUID().toString()))
                    .getString("registration");
            String refuse = "it_refuse_launched_" + registration.replace("-", "");
            sql.execute("CREATE FUNCTION " + refuse + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF NEW.registration = '" + registration + "'"
                    + " AND NEW.verb_iri = 'http://adlnet.gov/expapi/verbs/launched'"
                    + " THEN RAISE EXCEPTION 'launched refused by the test'; END IF; RETURN NEW; END $$");
            sql.execute("CREATE TRIGGER " + refuse + " BEFORE INSERT ON xapi_statement FOR EACH ROW EXECUTE FUNCTION "
                    + refuse + "()");
            try {
                HttpResponse<String> failed = cmi5.postJson(
                        "cmi5/registrations/" + registration + "/launch",
                        Json.createObjectBuilder().add("au", "1").build());
                assertTrue(failed.statusCode() >= 500, failed.statusCode() + " " + failed.body());
            } finally {
                sql.execute("DROP TRIGGER " + refuse + " ON xapi_statement");
                sql.execute("DROP FUNCTION " + refuse + "()");
            }
            assertEquals(0, count(c, "SELECT COUNT(*) FROM cmi5_session WHERE registration = ?", registration));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM xapi_document WHERE registration = ?", registration));
            assertEquals(0, count(c, LAUNCHED_OF_REGISTRATION, registration));

            JsonObject launched = launch(registration, "1"); // the same launch, once the statement can be stored
            assertEquals(
                    200,
                    cmi5.fetch(Cmi5Client.query(launched.getString("url")).get("fetch"))
                            .statusCode());
            assertEquals(1, count(c, "SELECT COUNT(*) FROM cmi5_session WHERE registration = ?", registration));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM xapi_document WHERE registration = ?", registration));
            assertEquals(1, count(c, LAUNCHED_OF_REGISTRATION, registration));
        }
    }

    private static long count(Connection c, String query, String registration) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            ps.setString(1, registration);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
