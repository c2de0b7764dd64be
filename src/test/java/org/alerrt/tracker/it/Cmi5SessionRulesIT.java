package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.block;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Cmi5Client;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cmi5 rules an LMS enforces on what an AU sends with its session's auth token (cmi5 §6.3, §9, §10.2.1, §11):
 * refusals are 403 with the xAPI error body naming the property and the section, a batch is judged in order and
 * all or nothing, "terminated" ends the session and its token; the learner's preferences; the OpenAPI description
 * of the cmi5 admin API.
 */
class Cmi5SessionRulesIT extends AgainstDeployedTracker {

    private static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    private static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    private static final String SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    private static final String MASTERY = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    String courseIri;
    long courseId;

    @BeforeEach
    void importCourse() {
        courseIri = "https://it.example.org/cmi5/rules/" + UUID.randomUUID();
        String xml = course(
                courseIri,
                block(
                        courseIri + "/b",
                        au(courseIri + "/quiz", "quiz.html", "moveOn=\"Passed\" masteryScore=\"0.8\"")));
        HttpResponse<String> created = client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(entries("cmi5.xml", xml, "quiz.html", "<p>q</p>")))));
        assertEquals(201, created.statusCode(), created.body());
        courseId = object(created.body()).getJsonNumber("id").longValue();
    }

    /** One AU session as the AU sees it: the launch parameters and its auth token. */
    record Au(
            JsonObject actor,
            String registration,
            String session,
            String activityId,
            String token,
            String publisherId) {}

    private String register(JsonObject actor) {
        return cmi5.register(courseId, actor).getString("registration");
    }

    /** Launches the AU and fetches the token, as an AU does on startup (§8.1, §8.2). */
    private Au launch(JsonObject actor, String registration) {
        HttpResponse<String> r = cmi5.postJson(
                "cmi5/registrations/" + registration + "/launch",
                Json.createObjectBuilder().add("au", "1").build());
        assertEquals(200, r.statusCode(), r.body());
        String url = object(r.body()).getString("url");
        Map<String, String> launchQuery = Cmi5Client.query(url);
        String fetch = launchQuery.get("fetch");
        String activityId = launchQuery.get("activityId");
        HttpResponse<String> token =
                client.send(client.anonymous(URI.create(fetch).getRawPath()).POST(HttpRequest.BodyPublishers.noBody()));
        return new Au(
                actor,
                registration,
                object(r.body()).getString("sessionId"),
                activityId,
                object(token.body()).getString("auth-token"),
                courseIri + "/quiz");
    }

    private HttpRequest.Builder asAu(Au au, String path) {
        return HttpRequest.newBuilder(URI.create(client.base() + "/xapi/" + path))
                .header("Authorization", "Basic " + au.token())
                .header("X-Experience-API-Version", "1.0.3");
    }

    private HttpResponse<String> post(Au au, JsonObject... statements) {
        var array = Json.createArrayBuilder();
        for (JsonObject s : statements) {
            array.add(s);
        }
        String body = statements.length == 1
                ? statements[0].toString()
                : array.build().toString();
        return client.send(asAu(au, "statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> preferences(Au au, String agent, String method, String body) {
        String q = "agents/profile?profileId=cmi5LearnerPreferences"
                + (agent == null ? "" : "&agent=" + Cmi5Client.enc(agent));
        HttpRequest.Builder b = asAu(au, q);
        return client.send(
                body == null
                        ? b.method(method, HttpRequest.BodyPublishers.noBody())
                        : b.header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A conforming statement of the session: cmi5 defined (with the result cmi5 asks for) or cmi5 allowed. */
    private static JsonObject statement(Au au, String verb, boolean cmi5, UnaryOperator<JsonObjectBuilder> alter) {
        var category = Json.createArrayBuilder();
        var extensions = Json.createObjectBuilder().add(SESSION, au.session());
        JsonObjectBuilder result = null;
        if (cmi5) {
            category.add(Json.createObjectBuilder().add("id", CMI5));
            switch (verb) {
                case "completed" -> result = Json.createObjectBuilder().add("completion", true);
                case "passed" ->
                    result = Json.createObjectBuilder()
                            .add("success", true)
                            .add("score", Json.createObjectBuilder().add("scaled", 0.9));
                case "failed" -> result = Json.createObjectBuilder().add("success", false);
                case "terminated" -> result = Json.createObjectBuilder();
                default -> {}
            }
            if (result != null && !verb.equals("terminated")) {
                category.add(Json.createObjectBuilder().add("id", MOVE_ON));
            }
            if (result != null) {
                result.add("duration", "PT2M");
            }
            if (verb.equals("passed") || verb.equals("failed")) {
                extensions.add(MASTERY, 0.8);
            }
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
        return alter.apply(s).build();
    }

    /** Without result.score and without the masteryScore extension. */
    private static JsonObject unscored(JsonObject s) {
        JsonObject context = s.getJsonObject("context");
        return Json.createObjectBuilder(s)
                .add(
                        "result",
                        Json.createObjectBuilder(s.getJsonObject("result")).remove("score"))
                .add(
                        "context",
                        Json.createObjectBuilder(context)
                                .add(
                                        "extensions",
                                        Json.createObjectBuilder(context.getJsonObject("extensions"))
                                                .remove(MASTERY)))
                .build();
    }

    private static JsonObject statement(Au au, String verb, boolean cmi5) {
        return statement(au, verb, cmi5, b -> b);
    }

    private static void assertRefused(HttpResponse<String> r, String section) {
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains(section), section + " expected in " + r.body());
    }

    private int count(String verb, String registration) {
        HttpResponse<String> r =
                client.send(client.xapi("statements?verb=" + Cmi5Client.enc(verb) + "&registration=" + registration)
                        .GET());
        return object(r.body()).getJsonArray("statements").size();
    }

    @Test
    void anAusStatementsFollowTheCmi5RulesAndTerminatedEndsTheSession() {
        JsonObject actor = Cmi5Client.accountActor(UUID.randomUUID().toString());
        String registration = register(actor);
        Au au = launch(actor, registration);

        // §9.3: initialized first; §11: preferences read before initialized
        assertRefused(post(au, statement(au, "experienced", false)), "§9.3");
        assertRefused(post(au, statement(au, "initialized", true)), "§11");
        HttpResponse<String> prefs = preferences(au, actor.toString(), "GET", null);
        assertEquals(200, prefs.statusCode(), prefs.body());
        assertEquals("en-US", object(prefs.body()).getString("languagePreference")); // LMS default at launch
        assertEquals("on", object(prefs.body()).getString("audioPreference")); // §11: both properties
        // a browser re-launching in the same tab must not answer the LMS's documents from its cache
        assertEquals("no-store", prefs.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> launchData = client.send(asAu(
                        au,
                        "activities/state?activityId="
                                + Cmi5Client.enc(au.activityId()) + "&agent=" + Cmi5Client.enc(actor.toString())
                                + "&registration="
                                + registration
                                + "&stateId=LMS.LaunchData")
                .GET());
        assertEquals(200, launchData.statusCode(), launchData.body());
        assertEquals(
                "no-store", launchData.headers().firstValue("Cache-Control").orElse(""));

        // §11 and §10.2.1: the AU reads but does not change the LMS's documents; a missing agent is still xAPI's 400
        assertRefused(
                preferences(
                        au,
                        actor.toString(),
                        "PUT",
                        "{\"languagePreference\": \"fr-FR\"," + " \"audioPreference\": \"on\"}"),
                "§11");
        assertRefused(preferences(au, "{\"mbox\": \"mailto:catapult@example.com\"}", "PUT", "{}"), "§11");
        assertEquals(400, preferences(au, null, "PUT", "{}").statusCode());
        assertRefused(
                client.send(asAu(
                                au,
                                "activities/state?activityId=" + Cmi5Client.enc(au.activityId()) + "&agent="
                                        + Cmi5Client.enc(actor.toString()) + "&registration=" + registration
                                        + "&stateId=LMS.LaunchData")
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{}"))),
                "§10.2.1");

        // a batch is judged in order: initialized then completed
        HttpResponse<String> batch = post(au, statement(au, "initialized", true), statement(au, "completed", true));
        assertEquals(200, batch.statusCode(), batch.body());

        // a refused statement refuses its batch: the allowed statement before it is not stored either
        JsonObject allowed = statement(au, "experienced", false);
        assertRefused(post(au, allowed, statement(au, "completed", true)), "§9.3");
        assertEquals(
                404,
                client.send(client.xapi("statements?statementId=" + allowed.getString("id"))
                                .GET())
                        .statusCode());

        assertRefused(
                post(
                        au,
                        statement(
                                au,
                                "voided",
                                false,
                                s -> s.add(
                                        "object",
                                        Json.createObjectBuilder()
                                                .add("objectType", "StatementRef")
                                                .add("id", allowed.getString("id"))))),
                "§6.3");
        assertRefused(post(au, statement(au, "experienced", false, s -> s.remove("id"))), "§9.1");
        assertRefused(
                post(au, statement(au, "experienced", false, s -> s.add("timestamp", "2026-01-01T10:00:00.000-06:00"))),
                "§9.7");
        assertRefused(
                post(au, statement(au, "passed", true, s -> s.add("actor", Cmi5Client.accountActor("someone-else")))),
                "§9.2");
        assertRefused(
                post(
                        au,
                        statement(
                                au,
                                "passed",
                                true,
                                s -> s.add(
                                        "object",
                                        Json.createObjectBuilder().add("id", "http://example.com/not/the/lms/id")))),
                "§9.4");
        assertRefused(
                post(
                        au,
                        statement(
                                au,
                                "passed",
                                true,
                                s -> s.add(
                                        "result",
                                        Json.createObjectBuilder()
                                                .add("success", true)
                                                .add("duration", "PT1M")
                                                .add(
                                                        "score",
                                                        Json.createObjectBuilder()
                                                                .add("scaled", 0.7))))),
                "§9.3.4");
        assertRefused(
                post(
                        au,
                        statement(
                                au,
                                "passed",
                                true,
                                s -> s.add(
                                        "result",
                                        Json.createObjectBuilder()
                                                .add("success", true)
                                                .add(
                                                        "score",
                                                        Json.createObjectBuilder()
                                                                .add("scaled", 0.9))))),
                "§9.5.4.1");
        assertRefused(
                post(
                        au,
                        statement(
                                au,
                                "passed",
                                true,
                                s -> s.add(
                                        "result",
                                        Json.createObjectBuilder()
                                                .add("success", false)
                                                .add("duration", "PT1M")))),
                "§9.5.2");
        assertRefused(
                post(
                        au,
                        statement(
                                au,
                                "experienced",
                                false,
                                s -> s.add(
                                        "context",
                                        Json.createObjectBuilder()
                                                .add("registration", registration)
                                                .add(
                                                        "extensions",
                                                        Json.createObjectBuilder()
                                                                .add(SESSION, au.session()))
                                                .add(
                                                        "contextActivities",
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "category",
                                                                        Json.createArrayBuilder()
                                                                                .add(Json.createObjectBuilder()
                                                                                        .add("id", MOVE_ON))))))),
                "§9.6.2.2");

        // §9.6.3.2: a "passed" without a score is not based on the masteryScore and needs no extension
        JsonObject passed = unscored(statement(au, "passed", true));
        HttpResponse<String> unscoredPassed = post(au, passed);
        assertEquals(200, unscoredPassed.statusCode(), unscoredPassed.body());
        // the same statement sent again changes nothing and is not judged again (xAPI Communication §2.1.2)
        assertEquals(
                204,
                client.send(asAu(au, "statements?statementId=" + passed.getString("id"))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(passed.toString())))
                        .statusCode());
        assertRefused(post(au, statement(au, "failed", true)), "§9.3");

        // §9.5.4.1 then §9.3.8: terminated ends the session and, at once, its token (§8.2.1)
        assertRefused(post(au, statement(au, "terminated", true, s -> s.remove("result"))), "§9.5.4.1");
        assertEquals(200, post(au, statement(au, "terminated", true)).statusCode());
        assertEquals(401, post(au, statement(au, "experienced", false)).statusCode());
        assertEquals(401, preferences(au, actor.toString(), "GET", null).statusCode());

        // a later launch abandons nothing (the session is not active), and the registration remembers "passed"
        Au again = launch(actor, registration);
        assertEquals(0, count("https://w3id.org/xapi/adl/verbs/abandoned", registration));
        assertEquals(200, preferences(again, actor.toString(), "GET", null).statusCode());
        assertEquals(200, post(again, statement(again, "initialized", true)).statusCode());
        assertRefused(post(again, statement(again, "passed", true)), "§9.3.4");
        assertRefused(post(again, statement(again, "failed", true)), "§9.3 (registration ordering)");
        assertRefused(post(again, statement(again, "completed", true)), "§9.3.3");
    }

    @Test
    void section11_theLearnerSetsPreferencesAndTheAuReadsThem() {
        String account = UUID.randomUUID().toString();
        JsonObject actor = Cmi5Client.accountActor(account);
        String username = "casey" + account.substring(0, 8);
        HttpResponse<String> learner = cmi5.postJson(
                "learners",
                Json.createObjectBuilder()
                        .add("firstName", "Casey")
                        .add("lastName", "Learner")
                        .add("actor", actor)
                        .add("username", username)
                        .add("password", "learner-pass-9")
                        .build());
        assertEquals(201, learner.statusCode(), learner.body());
        HttpRequest.Builder mine = client.anonymous("/api/me/cmi5/preferences")
                .header("Authorization", TrackerClient.basic(username, "learner-pass-9"));

        assertEquals("{}", client.send(mine.copy().GET()).body());
        HttpResponse<String> bad = client.send(mine.copy()
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"languagePreference\": \"not comma separated\"}")));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("languagePreference"), bad.body());
        HttpResponse<String> set = client.send(mine.copy()
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"languagePreference\": \"es-MX,en-US\"," + " \"audioPreference\": \"off\"}")));
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("off", object(client.send(mine.copy().GET()).body()).getString("audioPreference"));
        // admins have no learner preferences of their own, but read (and may set) a learner's
        assertEquals(403, client.send(client.admin("me/cmi5/preferences").GET()).statusCode());
        long learnerId = object(learner.body()).getJsonNumber("id").longValue();
        assertEquals(
                "es-MX,en-US",
                object(client.send(client.admin("cmi5/learners/" + learnerId + "/preferences")
                                        .GET())
                                .body())
                        .getString("languagePreference"));
        assertEquals(
                400,
                client.send(client.admin("cmi5/learners/x/preferences").GET()).statusCode());

        Au au = launch(actor, register(actor));
        JsonObject read = object(preferences(au, actor.toString(), "GET", null).body());
        assertEquals("es-MX,en-US", read.getString("languagePreference"));
        assertEquals("off", read.getString("audioPreference"));
    }

    @Test
    void openApiDescribesTheCmi5AdminApi() {
        String root = URI.create(client.base()).resolve("/openapi").toString();
        HttpResponse<String> r = client.send(client.anonymous("")
                .uri(URI.create(root))
                .header("Accept", "application/json")
                .GET());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject paths = object(r.body()).getJsonObject("paths");
        JsonObject launch = paths.entrySet().stream()
                .filter(e -> e.getKey().endsWith("/cmi5/registrations/{registration}/launch"))
                .findFirst()
                .orElseThrow()
                .getValue()
                .asJsonObject()
                .getJsonObject("post");
        assertEquals("Launch an AU", launch.getString("summary"));
        assertTrue(launch.getJsonObject("responses").containsKey("200"));
        assertTrue(launch.getJsonObject("responses").containsKey("400"));
        JsonObject imports = paths.entrySet().stream()
                .filter(e -> e.getKey().endsWith("/cmi5/courses"))
                .findFirst()
                .orElseThrow()
                .getValue()
                .asJsonObject()
                .getJsonObject("post");
        assertTrue(imports.getJsonObject("requestBody").getJsonObject("content").containsKey("application/zip"));
        assertTrue(imports.getJsonObject("responses").containsKey("201"));
        assertTrue(imports.getJsonArray("parameters").toString().contains("tcoleNumber"));
        for (String p : new String[] {
            "/cmi5/courses/{id}",
            "/cmi5/registrations",
            "/cmi5/registrations/{registration}",
            "/cmi5/registrations/{registration}/waive",
            "/cmi5/registrations/{registration}/sessions/{session}/abandon",
            "/cmi5/sessions/{session}/abandon",
            "/cmi5/learners/{learnerId}/preferences",
            "/me/cmi5/preferences"
        }) {
            assertTrue(paths.keySet().stream().anyMatch(k -> k.endsWith(p)), p + " in " + paths.keySet());
        }
    }
}
