package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.block;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Cmi5Client;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The learner portal over {@code /api/me/cmi5} (the same service as the "My courses" page): one registration per
 * learner and course, the cmi5 actor with an account (§9.2) mapped to the learner, launch only of the learner's
 * own registration with the portal as returnURL (§10), and the pinned version after a re-import.
 */
class Cmi5PortalIT extends AgainstDeployedTracker {

    String courseIri;
    long courseId;

    @BeforeEach
    void importCourse() {
        courseIri = "https://it.example.org/cmi5/portal/" + UUID.randomUUID();
        courseId = importVersion("intro/index.html");
    }

    private long importVersion(String url) {
        String c = courseIri;
        String xml = course(
                c,
                block(
                        c + "/b0",
                        au(c + "/intro", url, "launchMethod=\"OwnWindow\"")
                                + block(
                                        c + "/b0/inner",
                                        au(
                                                c + "/quiz",
                                                "quiz.html",
                                                "moveOn=\"CompletedAndPassed\" masteryScore=\"0.8\""))));
        HttpResponse<String> created = client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(entries(
                        "cmi5.xml",
                        xml,
                        "intro/index.html",
                        "<p>1</p>",
                        "intro/v2.html",
                        "<p>2</p>",
                        "quiz.html",
                        "<p>q</p>")))));
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body()).getJsonNumber("id").longValue();
    }

    record Login(long id, String username, String password) {
        String auth() {
            return TrackerClient.basic(username, password);
        }
    }

    private Login learner(String actorJson) {
        String username = "portal" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Sam", "lastName": "Ortiz", "actor": %s, "username": "%s",
                         "password": "portal-pass-1"}""".formatted(actorJson, username))));
        assertEquals(201, created.statusCode(), created.body());
        return new Login(object(created.body()).getJsonNumber("id").longValue(), username, "portal-pass-1");
    }

    private Login mboxLearner() {
        return learner("{\"mbox\": \"mailto:portal-" + UUID.randomUUID() + "@example.org\"}");
    }

    private HttpResponse<String> me(Login who, String path, String body) {
        HttpRequest.Builder r = client.anonymous("/api/me/cmi5/" + path).header("Authorization", who.auth());
        return client.send(
                body == null
                        ? r.GET()
                        : r.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonObject start(Login who) {
        HttpResponse<String> r = me(who, "courses/" + courseId + "/start", "");
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    private HttpResponse<String> launch(Login who, String registration, String au, String mode) {
        return me(
                who,
                "registrations/" + registration + "/launch",
                "{\"au\": \"" + au + "\"" + (mode == null ? "" : ", \"launchMode\": \"" + mode + "\"") + "}");
    }

    private JsonObject registration(String id) {
        HttpResponse<String> r =
                client.send(client.admin("cmi5/registrations/" + id).GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    private static String param(String url, String name) {
        return Cmi5Client.query(url).get(name);
    }

    @Test
    void aLearnerSeesTheCourseNotStartedWithItsStructureInFileOrder() {
        JsonObject c = object(me(mboxLearner(), "courses/" + courseId, null).body());
        assertEquals("NOT_STARTED", c.getString("state"));
        assertEquals("3311", c.getString("tcoleNumber"));
        assertFalse(c.containsKey("registration"));
        var rows = c.getJsonArray("rows");
        assertEquals(4, rows.size());
        assertEquals(courseIri + "/b0", rows.getJsonObject(0).getString("id"));
        assertEquals(0, rows.getJsonObject(0).getInt("depth"));
        assertEquals(courseIri + "/intro", rows.getJsonObject(1).getString("id"));
        assertEquals("OwnWindow", rows.getJsonObject(1).getString("launchMethod"));
        assertEquals(1, rows.getJsonObject(1).getInt("depth"));
        assertEquals("block", rows.getJsonObject(2).getString("type"));
        assertEquals(2, rows.getJsonObject(3).getInt("depth"), "nested block's AU is nested deeper");
        assertTrue(rows.getJsonObject(3).getJsonArray("launchModes").isEmpty(), "nothing to launch before Start");
        assertTrue(object(me(mboxLearner(), "courses", null).body()).getJsonArray("courses").stream()
                .anyMatch(v -> v.asJsonObject().getInt("courseId") == courseId));
    }

    /** cmi5 §9.2: the actor has an account; a learner known by e-mail gets one that maps back to the learner. */
    @Test
    void startingTwiceKeepsOneRegistrationWithAnAccountActorOfThisLearner() {
        Login sam = mboxLearner();
        JsonObject first = start(sam);
        assertEquals("IN_PROGRESS", first.getString("state"));
        String reg = first.getString("registration");
        assertEquals(reg, start(sam).getString("registration"), "one registration per learner and course");

        JsonObject r = registration(reg);
        assertEquals(sam.id(), r.getJsonNumber("learnerId").longValue());
        JsonObject account = r.getJsonObject("actor").getJsonObject("account");
        assertEquals("learner-" + sam.id(), account.getString("name"));

        // statements about that actor belong to the same learner: the admin API finds no second learner
        HttpResponse<String> again = client.send(client.admin("cmi5/registrations")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"courseId\": " + courseId + ", \"actor\": " + r.getJsonObject("actor") + "}")));
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(sam.id(), object(again.body()).getJsonNumber("learnerId").longValue());
    }

    @Test
    void aLearnerWithAnAccountActorUsesItInCmi5() {
        String name = "acct-" + UUID.randomUUID();
        Login lee = learner("{\"account\": {\"homePage\": \"https://idp.example.org\", \"name\": \"" + name + "\"}}");
        JsonObject r = registration(start(lee).getString("registration"));
        assertEquals(name, r.getJsonObject("actor").getJsonObject("account").getString("name"));
        assertEquals(
                "https://idp.example.org",
                r.getJsonObject("actor").getJsonObject("account").getString("homePage"));
    }

    /** cmi5 §8.1, §10: the launch URL of the learner's own registration, returnURL = the portal page. */
    @Test
    void aLearnerLaunchesOwnAuButNeverAnotherLearnersRegistration() {
        Login owner = mboxLearner();
        Login other = mboxLearner();
        String reg = start(owner).getString("registration");

        HttpResponse<String> stolen = launch(other, reg, courseIri + "/quiz", null);
        assertEquals(404, stolen.statusCode(), stolen.body());
        assertEquals(
                404,
                launch(other, UUID.randomUUID().toString(), courseIri + "/quiz", null)
                        .statusCode());
        assertEquals(
                403,
                client.send(client.admin("me/cmi5/courses").GET()).statusCode(),
                "an administrator without the learner role has no portal");

        HttpResponse<String> own = launch(owner, reg, courseIri + "/intro", null);
        assertEquals(200, own.statusCode(), own.body());
        JsonObject l = object(own.body());
        assertEquals("OwnWindow", l.getString("launchMethod"), "§13.1.4: the portal opens it in a new window");
        assertEquals(reg, param(l.getString("url"), "registration"));

        // LMS.LaunchData names the portal as returnURL (§10.2.6); read it as the LRS admin would
        String actor = param(l.getString("url"), "actor");
        HttpResponse<String> data = client.send(client.xapi("activities/state?stateId=LMS.LaunchData&activityId="
                        + URLEncoder.encode(param(l.getString("url"), "activityId"), StandardCharsets.UTF_8)
                        + "&agent=" + URLEncoder.encode(actor, StandardCharsets.UTF_8) + "&registration=" + reg)
                .GET());
        assertEquals(200, data.statusCode(), data.body());
        assertTrue(object(data.body()).getString("returnURL").endsWith("/learner/courses"), data.body());
        assertEquals("Normal", object(data.body()).getString("launchMode"));

        HttpResponse<String> badAu = launch(owner, reg, courseIri + "/nope", null);
        assertEquals(400, badAu.statusCode(), badAu.body());
        assertTrue(badAu.body().contains("au"), badAu.body());
        HttpResponse<String> badMode = launch(owner, reg, courseIri + "/intro", "Sideways");
        assertEquals(400, badMode.statusCode(), badMode.body());
        assertTrue(badMode.body().contains("launchMode"), badMode.body());
        assertEquals(
                400, me(owner, "registrations/" + reg + "/launch", "not json").statusCode());
    }

    @Test
    void aRegistrationKeepsItsVersionWhenANewerOneIsImported() {
        Login early = mboxLearner();
        JsonObject before = start(early);
        assertEquals(courseId, importVersion("intro/v2.html"), "a re-import is a new version of the same course");
        assertEquals(before.getInt("version"), start(early).getInt("version"));
        assertEquals(before.getString("registration"), start(early).getString("registration"));
        JsonObject late = start(mboxLearner());
        assertNotEquals(before.getInt("version"), late.getInt("version"), "new starts use the latest version");
        assertEquals(404, me(early, "courses/987654321/start", "").statusCode());
    }
}
