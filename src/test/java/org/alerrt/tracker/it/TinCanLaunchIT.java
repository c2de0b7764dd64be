package org.alerrt.tracker.it;

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
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Cmi5Client;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A learner's Tin Can journey over HTTP: the admin imports a tincan.xml zip linked to a catalogue course, registers
 * a learner known by e-mail (mbox), launches (Rustici launch parameters endpoint, auth, actor, registration,
 * activity_id); the content posts "passed" with the launch's auth and the catalogue course is completed and
 * certified. The launch credential speaks only for that learner and registration, and a relaunch revokes it.
 */
class TinCanLaunchIT extends AgainstDeployedTracker {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SAMPLE_COURSE = "https://it.example.org/tincan/golf";

    String courseIri;
    String tcole;
    long courseId;

    @BeforeEach
    void importCourse() throws IOException {
        courseIri = "https://it.example.org/tincan/" + UUID.randomUUID();
        tcole = catalogueCourse("PASSED");
        HttpResponse<String> created = importZip(
                zip(entries(
                        "tincan.xml",
                        sample().replace(SAMPLE_COURSE, courseIri),
                        "index.html",
                        "<p>golf</p>",
                        "scripts/app.js",
                        "// app")),
                tcole);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject course = object(created.body());
        assertEquals("TINCAN", course.getString("format"));
        assertEquals(courseIri, course.getString("launchActivityId"));
        assertEquals(3, course.getJsonArray("activities").size());
        courseId = course.getJsonNumber("id").longValue();
    }

    private static String sample() throws IOException {
        try (InputStream in = TinCanLaunchIT.class.getResourceAsStream("/tincan/tincan.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A catalogue course of its own (so the test owns its activity IRIs), with the given completion rule. */
    private String catalogueCourse(String rule) {
        String number = "97" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        HttpResponse<String> r = client.send(client.admin("courses/" + number)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                {"title": "Tin Can IT %s", "delivery": "ONLINE", "creditHours": 2, "countsTowardMandate": true,
                 "completionRule": "%s", "activityIris": []}""".formatted(number, rule))));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.body());
        return number;
    }

    private HttpResponse<String> importZip(byte[] zip, String tcoleNumber) {
        return client.send(client.admin("cmi5/courses?tcoleNumber=" + tcoleNumber)
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
    }

    private static JsonObject mboxActor() {
        return Json.createObjectBuilder()
                .add("objectType", "Agent")
                .add("name", "Pat Tincan")
                .add("mbox", "mailto:pat-" + UUID.randomUUID() + "@it.example.org")
                .build();
    }

    private HttpResponse<String> postJson(String path, String body) {
        return client.send(client.admin(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonObject register(JsonObject actor) {
        HttpResponse<String> r = postJson(
                "cmi5/registrations",
                Json.createObjectBuilder()
                        .add("courseId", courseId)
                        .add("actor", actor)
                        .build()
                        .toString());
        assertEquals(201, r.statusCode(), r.body());
        return object(r.body());
    }

    private Map<String, String> launch(String registration) {
        HttpResponse<String> r = postJson("cmi5/registrations/" + registration + "/launch", "{}");
        assertEquals(200, r.statusCode(), r.body());
        String url = object(r.body()).getString("url");
        assertTrue(url.contains("/content/" + courseId + "/"), url);
        Map<String, String> q = new LinkedHashMap<>();
        q.put("url", url);
        q.putAll(Cmi5Client.query(url));
        return q;
    }

    /** A request as the launched content sends it: the launch's {@code auth} as Authorization. */
    private HttpRequest.Builder content(String auth, String path) {
        return HttpRequest.newBuilder(URI.create(client.base() + "/xapi/" + path))
                .header("Authorization", auth)
                .header("X-Experience-API-Version", "1.0.3");
    }

    private HttpResponse<String> post(String auth, JsonObject statement) {
        return client.send(content(auth, "statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement.toString())));
    }

    private static JsonObject statement(JsonObject actor, String verb, String activityId, String registration) {
        var s = Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", actor)
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/" + verb))
                .add("object", Json.createObjectBuilder().add("id", activityId))
                .add("timestamp", Instant.now().toString());
        if (registration != null) {
            s.add("context", Json.createObjectBuilder().add("registration", registration));
        }
        if ("passed".equals(verb)) {
            s.add("result", Json.createObjectBuilder().add("success", true).add("completion", true));
        }
        return s.build();
    }

    private HttpResponse<String> state(String auth, String method, JsonObject agent, String registration) {
        String path = "activities/state?activityId=" + Cmi5Client.enc(courseIri) + "&agent="
                + Cmi5Client.enc(agent.toString()) + (registration == null ? "" : "&registration=" + registration)
                + "&stateId=bookmark";
        HttpRequest.Builder b = content(auth, path);
        b = "PUT".equals(method)
                ? b.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"page\": 3}"))
                : b.GET();
        return client.send(b);
    }

    private void givePid(long learnerId) {
        String pid = String.valueOf(1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        HttpResponse<String> r = client.send(client.admin("learners/" + learnerId)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                {"firstName": "Pat", "lastName": "Tincan", "pid": "%s", "agency": "Round Rock PD"}""".formatted(pid))));
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void learnerWithAnMboxLaunchesThePackagePassesAndTheCatalogueCourseIsCompletedAndCertified() {
        JsonObject actor = mboxActor();
        JsonObject registered = register(actor);
        assertEquals("TINCAN", registered.getString("format"));
        assertEquals(courseIri, registered.getString("courseActivityId"));
        String registration = registered.getString("registration");
        long learnerId = registered.getJsonNumber("learnerId").longValue();
        givePid(learnerId);

        Map<String, String> q = launch(registration);
        // Rustici launch guidelines: endpoint, auth, actor, registration, activity_id
        assertTrue(q.get("url").contains("/content/" + courseId + "/1/index.html?"), q.get("url"));
        assertTrue(q.get("endpoint").endsWith("/xapi"), q.get("endpoint")); // no trailing slash: libraries add it
        assertTrue(q.get("auth").startsWith("Basic "), q.get("auth"));
        assertEquals(actor, object(q.get("actor")));
        assertEquals(registration, q.get("registration"));
        assertEquals(courseIri, q.get("activity_id"));
        String auth = q.get("auth");

        // the content is served from the package, nothing new to serve
        HttpResponse<String> page = client.send(
                client.content("/content/" + courseId + "/1/index.html").GET());
        assertEquals(200, page.statusCode());
        assertEquals("<p>golf</p>", page.body());

        // the content keeps a bookmark in State and reads it back
        assertEquals(204, state(auth, "PUT", actor, registration).statusCode());
        assertEquals(200, state(auth, "GET", actor, registration).statusCode());

        HttpResponse<String> passed = post(auth, statement(actor, "passed", courseIri, registration));
        assertEquals(200, passed.statusCode(), passed.body());

        // the catalogue's course-activity rule: a pass on the launched activity completes the linked course
        await().atMost(PATIENCE).until(() -> cmi5.completionsOf(learnerId).size() == 1);
        JsonObject completion = cmi5.completionsOf(learnerId).getJsonObject(0);
        assertEquals("PASSED", completion.getString("outcome"));
        assertEquals(tcole, completion.getString("tcoleNumber"));
        await().atMost(PATIENCE).until(() -> cmi5.certificatesOf(learnerId).size() == 1);
    }

    /** The learner portal (/api/me/cmi5, same service as the "My courses" page) lists and launches Tin Can courses. */
    @Test
    void aSignedInLearnerLaunchesTheTinCanCourseFromThePortalAndOnlyAsHimself() {
        JsonObject actor = mboxActor();
        String username = "tincan" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = postJson("learners", """
                {"firstName": "Pat", "lastName": "Tincan", "actor": %s, "username": "%s", "password": "tincan-pass-1"}""".formatted(actor, username));
        assertEquals(201, created.statusCode(), created.body());
        String auth = TrackerClient.basic(username, "tincan-pass-1");

        JsonObject listed = array(object(client.send(client.anonymous("/api/me/cmi5/courses")
                                        .header("Authorization", auth)
                                        .GET())
                                .body())
                        .getJsonArray("courses")
                        .toString())
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("courseId").longValue() == courseId)
                .findFirst()
                .orElseThrow();
        assertEquals("TINCAN", listed.getString("format"));
        assertEquals("NOT_STARTED", listed.getString("state"));

        HttpResponse<String> launched = client.send(client.anonymous("/api/me/cmi5/courses/" + courseId + "/launch")
                .header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, launched.statusCode(), launched.body());
        String url = object(launched.body()).getString("url");
        Map<String, String> q = Cmi5Client.query(url);
        assertEquals(actor.getString("mbox"), object(q.get("actor")).getString("mbox"), "the learner's own actor");
        assertEquals(courseIri, q.get("activity_id"));
        assertEquals(
                200,
                post(q.get("auth"), statement(object(q.get("actor")), "experienced", courseIri, q.get("registration")))
                        .statusCode());
        assertEquals(
                403,
                post(q.get("auth"), statement(mboxActor(), "passed", courseIri, q.get("registration")))
                        .statusCode(),
                "the portal launch speaks only for this learner");

        HttpResponse<String> again = client.send(client.anonymous("/api/me/cmi5/courses/" + courseId)
                .header("Authorization", auth)
                .GET());
        assertEquals("IN_PROGRESS", object(again.body()).getString("state"));
        assertEquals(q.get("registration"), object(again.body()).getString("registration"));
    }

    @Test
    void theLaunchCredentialSpeaksOnlyForItsLearnerAndRegistration() {
        JsonObject actor = mboxActor();
        String registration = register(actor).getString("registration");
        String auth = launch(registration).get("auth");
        JsonObject other = mboxActor();

        HttpResponse<String> otherActor = post(auth, statement(other, "passed", courseIri, registration));
        assertEquals(403, otherActor.statusCode(), otherActor.body());
        assertTrue(otherActor.body().contains("statement.actor"), otherActor.body());

        HttpResponse<String> otherRegistration = post(
                auth, statement(actor, "passed", courseIri, UUID.randomUUID().toString()));
        assertEquals(403, otherRegistration.statusCode(), otherRegistration.body());
        assertTrue(otherRegistration.body().contains("context.registration"), otherRegistration.body());

        HttpResponse<String> noRegistration = post(auth, statement(actor, "passed", courseIri, null));
        assertEquals(403, noRegistration.statusCode(), noRegistration.body());

        // a batch is refused whole when one statement breaks a rule
        String batch = Json.createArrayBuilder()
                .add(statement(actor, "experienced", courseIri, registration))
                .add(statement(other, "experienced", courseIri, registration))
                .build()
                .toString();
        HttpResponse<String> mixed = client.send(content(auth, "statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch)));
        assertEquals(403, mixed.statusCode(), mixed.body());
        assertTrue(mixed.body().contains("statement[1].actor"), mixed.body());

        // a pass on another catalogue course's activity would credit a course this launch is not about
        String otherCourse = catalogueCourse("PASSED");
        String otherIri = "https://it.example.org/other/" + UUID.randomUUID();
        client.send(client.admin("courses/" + otherCourse)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"title": "Other", "delivery": "ONLINE", "creditHours": 2, "countsTowardMandate": true,
                         "completionRule": "PASSED", "activityIris": ["%s"]}""".formatted(otherIri))));
        HttpResponse<String> elsewhere = post(auth, statement(actor, "passed", otherIri, registration));
        assertEquals(403, elsewhere.statusCode(), elsewhere.body());

        // State: only the learner's documents in this registration
        HttpResponse<String> otherAgent = state(auth, "GET", other, registration);
        assertEquals(403, otherAgent.statusCode(), otherAgent.body());
        assertEquals(403, state(auth, "PUT", other, registration).statusCode());
        assertEquals(403, state(auth, "PUT", actor, null).statusCode());
        assertEquals(
                403, state(auth, "PUT", actor, UUID.randomUUID().toString()).statusCode());
        // no profile scope
        HttpResponse<String> profile =
                client.send(content(auth, "activities/profile?activityId=" + Cmi5Client.enc(courseIri) + "&profileId=p")
                        .GET());
        assertEquals(403, profile.statusCode(), profile.body());

        // nothing refused was stored; the allowed statement was
        assertEquals(
                200,
                post(auth, statement(actor, "experienced", courseIri, registration))
                        .statusCode());
        HttpResponse<String> mine = client.send(
                client.xapi("statements?registration=" + registration).GET());
        assertEquals(1, object(mine.body()).getJsonArray("statements").size(), mine.body());
    }

    @Test
    void aNewLaunchOfTheRegistrationRevokesThePreviousCredential() {
        JsonObject actor = mboxActor();
        String registration = register(actor).getString("registration");
        String first = launch(registration).get("auth");
        assertEquals(
                200,
                post(first, statement(actor, "experienced", courseIri, registration))
                        .statusCode());

        String second = launch(registration).get("auth");
        assertNotEquals(first, second);
        assertEquals(
                401,
                post(first, statement(actor, "experienced", courseIri, registration))
                        .statusCode());
        assertEquals(401, state(first, "GET", actor, registration).statusCode());
        assertEquals(
                200,
                post(second, statement(actor, "experienced", courseIri, registration))
                        .statusCode());
    }

    @Test
    void aCompletionOnlyCourseIsCompletedByCompleted() {
        String completionOnly = catalogueCourse("COMPLETED");
        String iri = "https://it.example.org/tincan/" + UUID.randomUUID();
        HttpResponse<String> created =
                importZip(zip(entries("tincan.xml", """
                <tincan xmlns="http://projecttincan.com/tincan.xsd"><activities>
                  <activity id="%s" type="http://adlnet.gov/expapi/activities/course">
                    <name>Awareness</name><launch lang="und">start.html?mode=1</launch></activity>
                </activities></tincan>""".formatted(iri), "start.html", "<p>x</p>")), completionOnly);
        assertEquals(201, created.statusCode(), created.body());
        courseId = object(created.body()).getJsonNumber("id").longValue();
        courseIri = iri;
        JsonObject actor = mboxActor();
        JsonObject registered = register(actor);
        long learnerId = registered.getJsonNumber("learnerId").longValue();
        Map<String, String> q = launch(registered.getString("registration"));
        assertEquals("1", q.get("mode"), "the launch's own query is kept");
        assertEquals(
                200,
                post(q.get("auth"), statement(actor, "completed", iri, registered.getString("registration")))
                        .statusCode());
        await().atMost(PATIENCE).until(() -> cmi5.completionsOf(learnerId).size() == 1);
        assertEquals(
                completionOnly, cmi5.completionsOf(learnerId).getJsonObject(0).getString("tcoleNumber"));
    }

    @Test
    void importRefusesAnInvalidPackageWithEveryReasonAndStoresNothing() {
        String before = client.send(client.admin("cmi5/courses").GET()).body();
        HttpResponse<String> r = importZip(zip(entries("tincan.xml", """
                <tincan xmlns="http://projecttincan.com/tincan.xsd"><activities>
                  <activity id="not-an-iri"><name>x</name><launch>missing.html</launch></activity>
                </activities></tincan>""", "../evil.sh", "x")), "9999");
        assertEquals(400, r.statusCode(), r.body());
        JsonArray reasons = object(r.body()).getJsonObject("error").getJsonArray("reasons");
        assertEquals(4, reasons.size(), r.body()); // unsafe entry, id, launch file, unknown catalogue course
        assertEquals(before, client.send(client.admin("cmi5/courses").GET()).body());
    }

    @Test
    void reImportAddsAVersion_listGetAndDeleteShowTheFormat_deleteEndsTheLaunchCredential() throws IOException {
        HttpResponse<String> again = importZip(
                zip(entries("tincan.xml", sample().replace(SAMPLE_COURSE, courseIri), "index.html", "<p>golf v2</p>")),
                "");
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(courseId, object(again.body()).getJsonNumber("id").longValue());
        assertEquals(2, object(again.body()).getInt("version"));
        assertEquals(
                "<p>golf v2</p>",
                client.send(client.content("/content/" + courseId + "/2/index.html")
                                .GET())
                        .body());

        JsonObject listed = array(
                        client.send(client.admin("cmi5/courses").GET()).body())
                .stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getJsonNumber("id").longValue() == courseId)
                .findFirst()
                .orElseThrow();
        assertEquals("TINCAN", listed.getString("format"));
        JsonObject v1 = object(client.send(
                        client.admin("cmi5/courses/" + courseId + "?version=1").GET())
                .body());
        assertEquals("TINCAN", v1.getString("format"));
        assertEquals(1, v1.getInt("version"));

        // the launched activity now stands for the catalogue course
        JsonObject catalogue =
                object(client.send(client.admin("courses/" + tcole).GET()).body());
        assertTrue(catalogue.getJsonArray("activityIris").toString().contains(courseIri), catalogue.toString());

        JsonObject actor = mboxActor();
        String registration = register(actor).getString("registration");
        String auth = launch(registration).get("auth");
        assertEquals(
                204,
                client.send(client.admin("cmi5/courses/" + courseId).DELETE()).statusCode());
        assertEquals(
                404, client.send(client.admin("cmi5/courses/" + courseId).GET()).statusCode());
        assertEquals(
                401,
                post(auth, statement(actor, "experienced", courseIri, registration))
                        .statusCode());
    }
}
