package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.block;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Cmi5Client;
import org.junit.jupiter.api.Test;

/**
 * The attacks of issue 11 on launch credentials (cmi5 AU session tokens and Tin Can launch auth, both readable in
 * the learner's browser), each answered by the one access model: 403 naming the property and rule for what the
 * credential may not do, 401 once its session, launch or course is gone or it stayed idle too long.
 */
class LaunchCredentialAccessIT extends AgainstDeployedTracker {

    private static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    private static final String SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    private static final String COURSE_3315 = "https://alerrt.org/xapi/courses/3315";
    private static final String RULE = "tracker: launch credential";

    /** One AU session as the AU sees it. */
    record Au(
            JsonObject actor,
            String registration,
            long learnerId,
            String session,
            String activityId,
            String auth,
            String publisherId) {}

    private final Map<Long, String> publisherIds = new LinkedHashMap<>();

    private long importCmi5Course(String courseIri) {
        String xml = course(
                courseIri,
                block(
                        courseIri + "/b",
                        au(courseIri + "/quiz", "quiz.html", "moveOn=\"Passed\" masteryScore=\"0.8\"")));
        HttpResponse<String> created = client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(entries("cmi5.xml", xml, "quiz.html", "<p>q</p>")))));
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created.body()).getJsonNumber("id").longValue();
        publisherIds.put(id, courseIri + "/quiz");
        return id;
    }

    /** Registers a new learner, launches the AU and fetches its token, reads preferences and initializes. */
    private Au startedSession(long courseId) {
        JsonObject actor = Cmi5Client.accountActor(UUID.randomUUID().toString());
        HttpResponse<String> reg = cmi5.postJson(
                "cmi5/registrations",
                Json.createObjectBuilder()
                        .add("courseId", courseId)
                        .add("actor", actor)
                        .build());
        assertEquals(201, reg.statusCode(), reg.body());
        String registration = object(reg.body()).getString("registration");
        long learnerId = object(reg.body()).getJsonNumber("learnerId").longValue();
        HttpResponse<String> r = cmi5.postJson(
                "cmi5/registrations/" + registration + "/launch",
                Json.createObjectBuilder().add("au", "1").build());
        assertEquals(200, r.statusCode(), r.body());
        Map<String, String> q = Cmi5Client.query(object(r.body()).getString("url"));
        HttpResponse<String> token = client.send(
                client.anonymous(URI.create(q.get("fetch")).getRawPath()).POST(HttpRequest.BodyPublishers.noBody()));
        Au au = new Au(
                actor,
                registration,
                learnerId,
                object(r.body()).getString("sessionId"),
                q.get("activityId"),
                "Basic " + object(token.body()).getString("auth-token"),
                publisherIds.get(courseId));
        HttpResponse<String> prefs = client.send(as(
                        au.auth(),
                        "agents/profile?profileId=cmi5LearnerPreferences" + "&agent="
                                + Cmi5Client.enc(actor.toString()))
                .GET());
        assertEquals(200, prefs.statusCode(), prefs.body());
        HttpResponse<String> init = post(au.auth(), statement(au, "initialized", au.activityId(), true));
        assertEquals(200, init.statusCode(), init.body());
        return au;
    }

    /** A statement of the session; cmi5 defined (category) or cmi5 allowed. */
    private static JsonObject statement(Au au, String verb, String objectId, boolean cmi5) {
        JsonObjectBuilder contextActivities = Json.createObjectBuilder()
                .add(
                        "grouping",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("id", au.publisherId()))); // the contextTemplate's (§9.6.2)
        if (cmi5) {
            contextActivities.add(
                    "category",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", CMI5)));
        }
        return Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", au.actor())
                .add("verb", Json.createObjectBuilder().add("id", VERBS + verb))
                .add("object", Json.createObjectBuilder().add("id", objectId))
                .add("timestamp", Instant.now().toString())
                .add(
                        "context",
                        Json.createObjectBuilder()
                                .add("registration", au.registration())
                                .add("contextActivities", contextActivities)
                                .add("extensions", Json.createObjectBuilder().add(SESSION, au.session())))
                .build();
    }

    private HttpRequest.Builder as(String auth, String path) {
        return HttpRequest.newBuilder(URI.create(client.base() + "/xapi/" + path))
                .header("Authorization", auth)
                .header("X-Experience-API-Version", "1.0.3");
    }

    private HttpResponse<String> post(String auth, JsonObject statement) {
        return client.send(as(auth, "statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement.toString())));
    }

    private HttpResponse<String> state(
            String auth,
            String method,
            String activityId,
            JsonObject agent,
            String registration,
            String stateId,
            String body) {
        HttpRequest.Builder b = as(
                auth,
                "activities/state?activityId=" + Cmi5Client.enc(activityId) + "&agent="
                        + Cmi5Client.enc(agent.toString()) + "&registration=" + registration
                        + (stateId == null ? "" : "&stateId=" + Cmi5Client.enc(stateId)));
        return client.send(
                body == null
                        ? b.method(method, HttpRequest.BodyPublishers.noBody())
                        : b.header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void refused(HttpResponse<String> r, String property) {
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(
                r.body().contains(property) && r.body().contains(RULE),
                property + " and the rule expected in " + r.body());
    }

    @Test
    void finding1_aCmi5SessionCannotPassAnotherCatalogueCourse_itsOwnInteractionsStillWork() {
        long courseId = importCmi5Course("https://it.example.org/cmi5/access/" + UUID.randomUUID());
        Au au = startedSession(courseId);

        refused(post(au.auth(), statement(au, "passed", COURSE_3315, false)), "object.id");

        // honest cmi5 allowed statements about interactions beneath the AU's activity id pass
        HttpResponse<String> answered = post(au.auth(), statement(au, "answered", au.activityId() + "/q1", false));
        assertEquals(200, answered.statusCode(), answered.body());
        // nothing about 3315 was stored, so no completion can follow
        HttpResponse<String> about3315 = client.send(
                client.xapi("statements?activity=" + Cmi5Client.enc(COURSE_3315) + "&registration=" + au.registration())
                        .GET());
        assertEquals(0, object(about3315.body()).getJsonArray("statements").size(), about3315.body());
        assertEquals(
                0,
                array(client.send(client.admin("completions?learnerId=" + au.learnerId())
                                        .GET())
                                .body())
                        .size());
    }

    @Test
    void finding2_deletingTheCourseKillsItsSessionsTokens() {
        long courseId = importCmi5Course("https://it.example.org/cmi5/access/" + UUID.randomUUID());
        Au au = startedSession(courseId);
        HttpResponse<String> deleted =
                client.send(client.admin("cmi5/courses/" + courseId).DELETE());
        assertEquals(204, deleted.statusCode(), deleted.body());

        assertEquals(
                401,
                post(au.auth(), statement(au, "passed", COURSE_3315, false)).statusCode());
        assertEquals(
                401,
                client.send(as(au.auth(), "statements?registration=" + au.registration())
                                .GET())
                        .statusCode());
    }

    @Test
    void finding3_aCmi5SessionReachesOnlyItsOwnLearnersState() {
        long courseId = importCmi5Course("https://it.example.org/cmi5/access/" + UUID.randomUUID());
        Au mine = startedSession(courseId);
        Au other = startedSession(courseId);

        HttpResponse<String> own =
                state(mine.auth(), "GET", mine.activityId(), mine.actor(), mine.registration(), "LMS.LaunchData", null);
        assertEquals(200, own.statusCode(), own.body());

        refused(
                state(
                        mine.auth(),
                        "GET",
                        other.activityId(),
                        other.actor(),
                        other.registration(),
                        "LMS.LaunchData",
                        null),
                "agent");
        refused(
                state(
                        mine.auth(),
                        "PUT",
                        other.activityId(),
                        other.actor(),
                        other.registration(),
                        "bookmark",
                        "{\"page\": 9}"),
                "agent");
        refused(
                state(mine.auth(), "DELETE", other.activityId(), other.actor(), other.registration(), "bookmark", null),
                "agent");
        // their registration with my agent, or my registration about another course's activity
        refused(
                state(mine.auth(), "GET", other.activityId(), mine.actor(), other.registration(), "bookmark", null),
                "registration");
        refused(
                state(
                        mine.auth(),
                        "PUT",
                        "https://elsewhere.example.org/a",
                        mine.actor(),
                        mine.registration(),
                        "bookmark",
                        "{}"),
                "activityId");
        // the other learner's own token still reads their launch data: nothing was changed
        assertEquals(
                200,
                state(
                                other.auth(),
                                "GET",
                                other.activityId(),
                                other.actor(),
                                other.registration(),
                                "LMS.LaunchData",
                                null)
                        .statusCode());
    }

    @Test
    void cmi5_anAuSessionVoidsNothing_notEvenItsOwnStatements() {
        long courseId = importCmi5Course("https://it.example.org/cmi5/access/" + UUID.randomUUID());
        Au au = startedSession(courseId);
        JsonObject mine = statement(au, "answered", au.activityId() + "/q1", false);
        assertEquals(200, post(au.auth(), mine).statusCode());
        JsonObject voiding = Json.createObjectBuilder(statement(au, "voided", au.activityId(), false))
                .add(
                        "object",
                        Json.createObjectBuilder()
                                .add("objectType", "StatementRef")
                                .add("id", mine.getString("id")))
                .build();
        // cmi5 §6.3: the LMS MUST NOT give an AU credentials that can void, even its own statements
        HttpResponse<String> r = post(au.auth(), voiding);
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("cmi5 §6.3"), r.body());
    }

    // ---- Tin Can

    private long importTinCanCourse(String courseIri, String tcole) throws IOException {
        String xml;
        try (InputStream in = LaunchCredentialAccessIT.class.getResourceAsStream("/tincan/tincan.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("https://it.example.org/tincan/golf", courseIri);
        }
        HttpResponse<String> created = client.send(client.admin("cmi5/courses?tcoleNumber=" + tcole)
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        zip(entries("tincan.xml", xml, "index.html", "<p>golf</p>", "scripts/app.js", "// app")))));
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body()).getJsonNumber("id").longValue();
    }

    private String catalogueCourse() {
        String number = "96" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        HttpResponse<String> r = client.send(client.admin("courses/" + number)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                {"title": "Launch access IT %s", "delivery": "ONLINE", "creditHours": 2, "countsTowardMandate": true,
                 "completionRule": "PASSED", "activityIris": []}""".formatted(number))));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.body());
        return number;
    }

    /** Registers a new mbox learner on the Tin Can course and launches: the launch URL's parameters. */
    private Map<String, String> tinCanLaunch(long courseId) {
        JsonObject actor = Json.createObjectBuilder()
                .add("objectType", "Agent")
                .add("name", "Pat Tincan")
                .add("mbox", "mailto:pat-" + UUID.randomUUID() + "@it.example.org")
                .build();
        HttpResponse<String> reg = cmi5.postJson(
                "cmi5/registrations",
                Json.createObjectBuilder()
                        .add("courseId", courseId)
                        .add("actor", actor)
                        .build());
        assertEquals(201, reg.statusCode(), reg.body());
        HttpResponse<String> r = cmi5.postJson(
                "cmi5/registrations/" + object(reg.body()).getString("registration") + "/launch",
                Json.createObjectBuilder().build());
        assertEquals(200, r.statusCode(), r.body());
        return Cmi5Client.query(object(r.body()).getString("url"));
    }

    private static JsonObject tinCanStatement(Map<String, String> launch, String verb, JsonObjectBuilder object) {
        return Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", object(launch.get("actor")))
                .add("verb", Json.createObjectBuilder().add("id", VERBS + verb))
                .add("object", object)
                .add("context", Json.createObjectBuilder().add("registration", launch.get("registration")))
                .build();
    }

    @Test
    void finding4_aTinCanLaunchCredentialVoidsOnlyStatementsItWrote() throws IOException {
        String courseIri = "https://it.example.org/tincan/access/" + UUID.randomUUID();
        long courseId = importTinCanCourse(courseIri, catalogueCourse());
        Map<String, String> mine = tinCanLaunch(courseId);
        Map<String, String> other = tinCanLaunch(courseId);
        JsonObject theirPass =
                tinCanStatement(other, "passed", Json.createObjectBuilder().add("id", courseIri));
        assertEquals(200, post(other.get("auth"), theirPass).statusCode());
        JsonObject myExperience =
                tinCanStatement(mine, "experienced", Json.createObjectBuilder().add("id", courseIri + "/handicapping"));
        assertEquals(200, post(mine.get("auth"), myExperience).statusCode());

        refused(
                post(
                        mine.get("auth"),
                        tinCanStatement(
                                mine,
                                "voided",
                                Json.createObjectBuilder()
                                        .add("objectType", "StatementRef")
                                        .add("id", theirPass.getString("id")))),
                "object.id");
        HttpResponse<String> still = client.send(client.xapi("statements?statementId=" + theirPass.getString("id"))
                .GET());
        assertEquals(200, still.statusCode(), "their pass is not voided: " + still.body());

        HttpResponse<String> ownVoid = post(
                mine.get("auth"),
                tinCanStatement(
                        mine,
                        "voided",
                        Json.createObjectBuilder()
                                .add("objectType", "StatementRef")
                                .add("id", myExperience.getString("id"))));
        assertEquals(200, ownVoid.statusCode(), ownVoid.body());
        assertEquals(
                404,
                client.send(client.xapi("statements?statementId=" + myExperience.getString("id"))
                                .GET())
                        .statusCode(),
                "its own statement is voided");
    }

    // ---- idle timeout

    /**
     * The lazy path of the idle timeout: a session whose last use is back-dated past the timeout is refused with
     * 401 at its next request, and its session abandoned once (cmi5 §9.3.6). The back-dating writes to the
     * database the server uses, which only the PostgreSQL run can share (the H2 file is locked by the server); the
     * timeout decision itself is LaunchAccessServiceTest's.
     */
    @Test
    void idle_aSessionIdlePastTheTimeoutIsRefusedAndAbandonedOnce() throws SQLException {
        Connection shared = sharedDatabase("back-dating the last use needs the shared PostgreSQL database");
        long courseId = importCmi5Course("https://it.example.org/cmi5/access/" + UUID.randomUUID());
        Au au = startedSession(courseId);
        try (Connection c = shared;
                PreparedStatement ps = c.prepareStatement("UPDATE cmi5_session SET last_used_at = CURRENT_TIMESTAMP"
                        + " - INTERVAL '2 hours', launched_at = CURRENT_TIMESTAMP - INTERVAL '3 hours'"
                        + " WHERE session_id = ?")) {
            ps.setString(1, au.session());
            assertEquals(1, ps.executeUpdate());
        }
        assertEquals(
                401,
                post(au.auth(), statement(au, "answered", au.activityId() + "/q1", false))
                        .statusCode());
        assertEquals(
                401,
                client.send(as(au.auth(), "statements?registration=" + au.registration())
                                .GET())
                        .statusCode());

        HttpResponse<String> abandoned = client.send(client.xapi("statements?registration=" + au.registration()
                        + "&verb=" + Cmi5Client.enc("https://w3id.org/xapi/adl/verbs/abandoned"))
                .GET());
        var statements = object(abandoned.body()).getJsonArray("statements");
        assertEquals(1, statements.size(), abandoned.body());
        // §9.5.4.1: the session time up to the AU's last request (launched 3 h ago, last used 2 h ago)
        assertEquals("PT1H", statements.getJsonObject(0).getJsonObject("result").getString("duration"));
        // the session can no longer be abandoned by the LMS: it is over
        HttpResponse<String> again = client.send(
                client.admin("cmi5/sessions/" + au.session() + "/abandon").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(409, again.statusCode(), again.body());
    }
}
