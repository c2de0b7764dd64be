package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton's user journeys, over HTTP against the deployed application: an officer passes an online
 * course → the completion is recorded → the certificate downloads and verifies → the record is queued for TCOLE and
 * exported exactly once, whatever arrives twice.
 */
class OfficerCompletesOnlineCourseScenarioIT extends AgainstDeployedTracker {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId TEXAS = ZoneId.of("America/Chicago");

    private static String sample(String name) throws IOException {
        return Files.readString(Path.of(System.getProperty("tracker.configDir", "lrs-config"), "samples", name));
    }

    private JsonObject learnerByEmail(String email) {
        var found = client.send(client.admin("learners?q=" + email).GET());
        assertEquals(200, found.statusCode(), found.body());
        return array(found.body()).stream()
                .map(v -> v.asJsonObject())
                .filter(l -> l.getString("actor").equals("mbox:mailto:" + email))
                .findFirst()
                .orElseThrow();
    }

    private JsonArray completionsOf(long learnerId) {
        var r = client.send(client.admin("completions?learnerId=" + learnerId).GET());
        assertEquals(200, r.statusCode(), r.body());
        return array(r.body());
    }

    private JsonArray certificatesOf(long learnerId) {
        var r = client.send(client.admin("certificates?learnerId=" + learnerId).GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("certificates");
    }

    private JsonArray queue(String status) {
        var r = client.send(
                client.admin("reports/queue?status=" + status + "&limit=500").GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("entries");
    }

    private static long countWith(JsonArray entries, String key, long value) {
        return entries.stream()
                .filter(e -> e.asJsonObject().getJsonNumber(key).longValue() == value)
                .count();
    }

    @Test
    void officerPassesFireAsAWeaponAndTheRecordIsCertifiedAndReportedOnce() throws IOException {
        var imported = client.send(client.admin("learners/import")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(sample("learners.csv"))));
        assertEquals(200, imported.statusCode(), imported.body());

        var posted = client.postStatements(sample("statements.json"));
        assertEquals(200, posted.statusCode(), posted.body());

        long jane = learnerByEmail("jane.doe@example.org").getJsonNumber("id").longValue();
        await().atMost(PATIENCE).until(() -> !completionsOf(jane).isEmpty());
        JsonObject completion = completionsOf(jane).getJsonObject(0);
        assertEquals("PASSED", completion.getString("outcome"));
        assertEquals("3356", completion.getString("tcoleNumber"));
        assertEquals(4, completion.getInt("creditHours"));
        assertEquals("2026-11-20", completion.getString("completedOn"), "the statement's date in Texas");
        long completionId = completion.getJsonNumber("id").longValue();

        await().atMost(PATIENCE).until(() -> !certificatesOf(jane).isEmpty());
        String code = certificatesOf(jane).getJsonObject(0).getString("code");
        assertTrue(code.matches("^[A-Za-z0-9_-]{22,}$"), "at least 128 random bits, URL-safe: " + code);

        HttpResponse<byte[]> pdf = client.sendForBytes(
                client.admin("certificates/" + code + "/pdf").GET());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Jane") && text.contains("Doe"), text);
            assertTrue(text.contains("1234567"), "the PDF carries the full PID for the agency");
            assertTrue(text.contains("Fire as a Weapon") && text.contains("3356"), text);
            assertTrue(text.contains(code), text);
        }

        var verified = client.send(client.anonymous("/api/verify/" + code).GET());
        assertEquals(200, verified.statusCode(), verified.body());
        JsonObject v = object(verified.body());
        assertEquals("VALID", v.getString("status"));
        assertEquals("Fire as a Weapon", v.getString("courseTitle"));
        assertEquals(4, v.getInt("creditHours"));
        assertFalse(v.getString("pid").contains("12345"), "the public page masks the PID: " + v.getString("pid"));
        assertFalse(verified.body().contains("jane.doe@example.org"), "nothing personal beyond verification");
        assertEquals(
                404,
                client.send(client.anonymous("/api/verify/" + code + "x").GET()).statusCode());

        await().atMost(PATIENCE).until(() -> countWith(queue("QUEUED"), "completionId", completionId) == 1);
        var export = client.send(client.admin("reports/rosters").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, export.statusCode(), export.body());
        long rosterId = object(export.body()).getJsonNumber("id").longValue();
        String csv = client.send(
                        client.admin("reports/rosters/" + rosterId + "/csv").GET())
                .body();
        assertEquals(
                1,
                csv.lines()
                        .filter(l -> l.startsWith("1234567,Doe,Jane,3356,Fire as a Weapon,11/20/2026,4"))
                        .count(),
                csv);
        String reference = "{\"tcoleReference\": \"TCLEDDS-" + rosterId + "\"}";
        var submitted = client.send(client.admin("reports/rosters/" + rosterId + "/submitted")
                .POST(HttpRequest.BodyPublishers.ofString(reference)));
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("TCLEDDS-" + rosterId, object(submitted.body()).getString("tcoleReference"));
        assertEquals(
                200,
                client.send(client.admin("reports/rosters/" + rosterId + "/submitted")
                                .POST(HttpRequest.BodyPublishers.ofString(reference)))
                        .statusCode(),
                "recording twice is harmless");
        assertEquals(
                200,
                client.send(client.admin("reports/rosters/" + rosterId + "/accepted")
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode());

        // The same statements again, and a second pass under a new statement id in the same registration.
        assertEquals(200, client.postStatements(sample("statements.json")).statusCode());
        String again = sample("statements.json")
                .replace(
                        "6a3f6f0e-1c1b-4f43-9d41-0b6b7f2f1a02",
                        UUID.randomUUID().toString());
        assertEquals(200, client.postStatements(again).statusCode());
        var second = client.send(client.admin("reports/rosters").POST(HttpRequest.BodyPublishers.noBody()));
        await().pollDelay(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> true);
        assertEquals(1, completionsOf(jane).size(), "one completion per learner, course and registration");
        assertEquals(1, certificatesOf(jane).size());
        assertEquals(1, countWith(queue("ACCEPTED"), "completionId", completionId), "reported once");
        assertEquals(0, countWith(queue("QUEUED"), "completionId", completionId));
        if (second.statusCode() == 201) {
            long other = object(second.body()).getJsonNumber("id").longValue();
            String csv2 = client.send(
                            client.admin("reports/rosters/" + other + "/csv").GET())
                    .body();
            assertFalse(csv2.contains("1234567,Doe,Jane,3356"), "never exported twice: " + csv2);
        } else {
            assertEquals(409, second.statusCode(), second.body());
        }
    }

    @Test
    void aFailedAttemptEarnsNoCreditAndNoCertificate() throws IOException {
        String email = "fail-" + UUID.randomUUID() + "@example.org";
        createLearner(email, "2345678");
        String registration = UUID.randomUUID().toString();
        assertEquals(
                200,
                client.postStatements(statement(email, "failed", "667371", registration))
                        .statusCode());
        long id = learnerByEmail(email).getJsonNumber("id").longValue();
        await().atMost(PATIENCE).until(() -> !completionsOf(id).isEmpty());
        JsonObject c = completionsOf(id).getJsonObject(0);
        assertEquals("FAILED", c.getString("outcome"));
        assertEquals(0, c.getInt("creditHours"));
        await().pollDelay(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> true);
        assertTrue(certificatesOf(id).isEmpty());

        // A later pass in the same registration upgrades the attempt and earns the credit.
        assertEquals(
                200,
                client.postStatements(statement(email, "passed", "667371", registration))
                        .statusCode());
        await().atMost(PATIENCE)
                .until(() -> "PASSED".equals(completionsOf(id).getJsonObject(0).getString("outcome")));
        await().atMost(PATIENCE).until(() -> certificatesOf(id).size() == 1);
    }

    @Test
    void anUnknownOfficersCompletionIsKeptAndCreditedOnceThePidIsKnown() {
        String email = "unknown-" + UUID.randomUUID() + "@example.org";
        assertEquals(
                200,
                client.postStatements(statement(
                                email, "passed", "3356", UUID.randomUUID().toString()))
                        .statusCode());
        await().atMost(PATIENCE)
                .until(() -> client.send(client.admin("learners?q=" + email).GET())
                        .body()
                        .contains(email));
        JsonObject learner = learnerByEmail(email);
        long id = learner.getJsonNumber("id").longValue();
        assertTrue(learner.getBoolean("pidMissing"));
        await().atMost(PATIENCE).until(() -> !completionsOf(id).isEmpty());
        assertTrue(completionsOf(id).getJsonObject(0).getBoolean("pidMissing"), "flagged, never dropped");
        assertTrue(certificatesOf(id).isEmpty(), "no certificate without a PID");

        var update = client.send(client.admin("learners/" + id)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Pat", "lastName": "Known", "pid": "3456789", "agency": "Round Rock PD"}""")));
        assertEquals(200, update.statusCode(), update.body());
        await().atMost(PATIENCE).until(() -> certificatesOf(id).size() == 1);
        long completionId =
                completionsOf(id).getJsonObject(0).getJsonNumber("id").longValue();
        await().atMost(PATIENCE).until(() -> countWith(queue("QUEUED"), "completionId", completionId) == 1);
    }

    @Test
    void indirectDeliveryIsCertifiedButNeverQueuedForAlerrt() {
        String number = "99" + (100 + (int) (Math.random() * 800));
        var course = client.send(client.admin("courses/" + number)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"title": "Level I (indirect delivery test)", "delivery": "INDIRECT", "creditHours": 16,
                         "countsTowardMandate": true, "completionRule": "PASSED",
                         "activityIris": ["https://alerrt.org/xapi/test/%s"]}""".formatted(number))));
        assertTrue(course.statusCode() == 200 || course.statusCode() == 201, course.body());
        String email = "indirect-" + UUID.randomUUID() + "@example.org";
        createLearner(email, "4567890");
        assertEquals(
                200,
                client.postStatements(statement(
                                        email, "passed", null, UUID.randomUUID().toString())
                                .replace(
                                        "https://alerrt.org/xapi/courses/null",
                                        "https://alerrt.org/xapi/test/" + number))
                        .statusCode());
        long id = learnerByEmail(email).getJsonNumber("id").longValue();
        await().atMost(PATIENCE).until(() -> certificatesOf(id).size() == 1);
        long completionId =
                completionsOf(id).getJsonObject(0).getJsonNumber("id").longValue();
        await().pollDelay(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> true);
        for (String status : new String[] {"QUEUED", "EXPORTED", "SUBMITTED", "ACCEPTED"}) {
            assertEquals(0, countWith(queue(status), "completionId", completionId), status);
        }
    }

    @Test
    void anOfficerWithoutLevelIIsDueUntilTheyPassLevelI() {
        String email = "level1-" + UUID.randomUUID() + "@example.org";
        String username = "level1-" + UUID.randomUUID().toString().substring(0, 8);
        var created = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Lee", "lastName": "Level", "pid": "5678012", "agency": "Kyle PD",
                         "actor": {"mbox": "mailto:%s"}, "username": "%s", "password": "level1-password"}""".formatted(email, username))));
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created.body()).getJsonNumber("id").longValue();
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        LocalDate today = LocalDate.now(TEXAS);

        // Fire as a Weapon counts toward the 16 hours, not toward Level 1.
        assertEquals(
                200,
                client.postStatements(statement(
                                email, "passed", "3356", UUID.randomUUID().toString(), anHourAgo))
                        .statusCode());
        await().atMost(PATIENCE).until(() -> completionsOf(id).size() == 1);
        JsonObject mandate = mandateOf(username, null);
        assertEquals(4, mandate.getInt("creditedHours"));
        assertFalse(mandate.getBoolean("met"));
        JsonObject level1 = mandate.getJsonObject("level1");
        assertEquals("2027-08-31", level1.getString("deadline"));
        if (today.isAfter(LocalDate.of(2027, 8, 31))) {
            assertEquals("OVERDUE", level1.getString("status"), level1.toString());
        } else {
            assertEquals("DUE", level1.getString("status"), level1.toString());
            long expected = ChronoUnit.DAYS.between(today, LocalDate.of(2027, 8, 31));
            assertTrue(Math.abs(level1.getInt("daysLeft") - expected) <= 1, level1 + " expected " + expected);
        }
        assertFalse(level1.containsKey("metOn"));
        JsonObject onTheDeadline = mandateOf(username, "2027-08-31").getJsonObject("level1");
        assertEquals("DUE", onTheDeadline.getString("status"));
        assertEquals(0, onTheDeadline.getInt("daysLeft"));
        JsonObject dayAfter = mandateOf(username, "2027-09-01").getJsonObject("level1");
        assertEquals("OVERDUE", dayAfter.getString("status"));
        assertEquals(1, dayAfter.getInt("daysOverdue"));

        // A failed Level I is still not Level 1; the pass is, on its day.
        assertEquals(
                200,
                client.postStatements(statement(
                                email, "failed", "3311", UUID.randomUUID().toString(), anHourAgo))
                        .statusCode());
        await().atMost(PATIENCE).until(() -> completionsOf(id).size() == 2);
        assertEquals(
                "DUE", mandateOf(username, "2027-08-31").getJsonObject("level1").getString("status"));
        assertEquals(
                200,
                client.postStatements(statement(
                                email, "passed", "3311", UUID.randomUUID().toString(), anHourAgo))
                        .statusCode());
        await().atMost(PATIENCE).until(() -> completionsOf(id).size() == 3);
        LocalDate passedOn = LocalDate.ofInstant(anHourAgo, TEXAS);
        mandate = mandateOf(username, null);
        assertEquals(20, mandate.getInt("creditedHours"));
        assertTrue(mandate.getBoolean("met"));
        level1 = mandate.getJsonObject("level1");
        assertEquals("MET", level1.getString("status"), level1.toString());
        assertEquals(passedOn.toString(), level1.getString("metOn"));
        assertEquals("3311", level1.getString("metBy"));
        assertTrue(level1.getBoolean("onTime") || today.isAfter(LocalDate.of(2027, 8, 31)));
        assertEquals(
                "MET",
                mandateOf(username, "2027-09-01").getJsonObject("level1").getString("status"),
                "met stays met after the deadline");

        var badDay = client.send(client.anonymous("/api/me/mandate?on=31.08.2027")
                .header("Authorization", TrackerClient.basic(username, "level1-password"))
                .GET());
        assertEquals(400, badDay.statusCode(), badDay.body());
        assertEquals("on", object(badDay.body()).getJsonObject("error").getString("property"), badDay.body());
    }

    private JsonObject mandateOf(String username, String on) {
        var r = client.send(client.anonymous("/api/me/mandate" + (on == null ? "" : "?on=" + on))
                .header("Authorization", TrackerClient.basic(username, "level1-password"))
                .GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    @Test
    void adminApiAnswersBadInputWithAClearClientError() {
        var unknownCourse = client.send(client.admin("courses/99999").GET());
        assertEquals(404, unknownCourse.statusCode(), unknownCourse.body());
        var badCourse = client.send(client.admin("courses/12")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"x\"}")));
        assertEquals(400, badCourse.statusCode(), badCourse.body());
        var badPid = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "A", "lastName": "B", "pid": "12ab",
                         "actor": {"mbox": "mailto:badpid@example.org"}}""")));
        assertEquals(400, badPid.statusCode(), badPid.body());
        assertTrue(object(badPid.body())
                .getJsonObject("error")
                .getString("property")
                .contains("pid"));
        var badCsv = client.send(client.admin("learners/import")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "first_name,last_name,pid,agency,email\nA,B,x,C,not-an-email\n")));
        assertEquals(400, badCsv.statusCode(), badCsv.body());
        var malformed = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{")));
        assertEquals(400, malformed.statusCode(), malformed.body());
        var notAdmin = client.send(client.anonymous("/api/learners")
                .header("Authorization", TrackerClient.basic(TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET))
                .GET());
        assertEquals(401, notAdmin.statusCode(), "an LRS credential is not an admin account");
    }

    private void createLearner(String email, String pid) {
        var r = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Test", "lastName": "Officer", "pid": "%s", "agency": "Test PD",
                         "actor": {"mbox": "mailto:%s"}}""".formatted(pid, email))));
        assertEquals(201, r.statusCode(), r.body());
    }

    private static String statement(String email, String verb, String course, String registration, Instant at) {
        return statement(email, verb, course, registration)
                .replace("\"context\"", "\"timestamp\": \"" + at + "\", \"context\"");
    }

    private static String statement(String email, String verb, String course, String registration) {
        return """
                {"actor": {"name": "Test Officer", "mbox": "mailto:%s"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/%s"},
                 "object": {"id": "https://alerrt.org/xapi/courses/%s"},
                 "context": {"registration": "%s"}}""".formatted(email, verb, course, registration);
    }
}
