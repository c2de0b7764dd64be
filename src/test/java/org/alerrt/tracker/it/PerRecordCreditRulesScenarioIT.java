package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.Officers.PROFILE;
import static org.alerrt.tracker.testsupport.Officers.eventually;
import static org.alerrt.tracker.testsupport.Officers.instructors;
import static org.alerrt.tracker.testsupport.Officers.settle;
import static org.alerrt.tracker.testsupport.Officers.statement;
import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Officers;
import org.alerrt.tracker.testsupport.Officers.Officer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rulebook's credit rules for one record at a time (docs/compliance.md), through the public API as ALERRT's
 * courses and staff meet them: delivery and instructors per record, classes in blocks, 3312 Update modules and their
 * cap, Train-the-Trainer partial credit, retakes without a registration.
 */
class PerRecordCreditRulesScenarioIT extends AgainstDeployedTracker {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final OffsetDateTime NOV_2 = OffsetDateTime.parse("2026-11-02T16:00:00-06:00");

    private Officers officers;

    @BeforeEach
    void fixture() {
        officers = new Officers(client);
    }

    private static String extensions(String... keyValues) {
        StringBuilder b = new StringBuilder("\"extensions\": {");
        for (int i = 0; i < keyValues.length; i += 2) {
            b.append(i > 0 ? ", " : "")
                    .append('"')
                    .append(PROFILE)
                    .append(keyValues[i])
                    .append("\": ")
                    .append(keyValues[i + 1]);
        }
        return b.append('}').toString();
    }

    private Officer certifiedInstructorForLevelOne() {
        Officer instructor = officers.enrol();
        officers.post(statement(
                instructor,
                "passed",
                "3315",
                UUID.randomUUID().toString(),
                OffsetDateTime.parse("2026-03-10T16:00:00-06:00"),
                null,
                null));
        officers.awaitCompletions(instructor, 1);
        return instructor;
    }

    private JsonObject decide(long completionId, String body) {
        var r = client.send(client.admin("completions/" + completionId + "/decision")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    private int decideStatus(long completionId, String body) {
        return client.send(client.admin("completions/" + completionId + "/decision")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)))
                .statusCode();
    }

    @Test
    void anIndirectClassInBlocksByACertifiedInstructorIsCertifiedOnceWithItsInstructorAndNeverQueuedForAlerrt() {
        Officer instructor = certifiedInstructorForLevelOne();
        Officer officer = officers.enrol();
        officers.post(statement(
                officer,
                "passed",
                "3311",
                UUID.randomUUID().toString(),
                NOV_2,
                instructors(instructor.pid()) + ", "
                        + extensions("delivery", "\"INDIRECT\"", "block-start", "\"2026-09-14\""),
                null));

        JsonObject c = officers.awaitCompletions(officer, 1).getJsonObject(0);
        assertEquals("INDIRECT", c.getString("delivery"));
        assertEquals(
                List.of(instructor.pid()),
                c.getJsonArray("instructors").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertEquals("2026-09-14", c.getString("startedOn"), "first block day");
        assertEquals("2026-11-02", c.getString("completedOn"), "the last block day is the completion date");
        assertEquals(16, c.getInt("creditHours"), "the full hours, once");
        assertEquals(JsonValue.NULL, c.get("warning"), "the instructor passed 3315: a Certified Instructor");
        eventually(() -> officers.certificates(officer).size() == 1);
        settle();
        assertTrue(
                officers.queueEntriesOf(c.getJsonNumber("id").longValue()).isEmpty(),
                "the agency reports indirect delivery with the certificate: never queued for ALERRT");
    }

    @Test
    void anIndirectClassWhoseInstructorHasNoCertifiedInstructorStatusIsCreditedWithAWarning() {
        Officer officer = officers.enrol();
        String stranger = Officers.randomPid();
        officers.post(statement(
                officer,
                "passed",
                "3311",
                UUID.randomUUID().toString(),
                NOV_2,
                instructors(stranger) + ", " + extensions("delivery", "\"INDIRECT\""),
                null));
        JsonObject c = officers.awaitCompletions(officer, 1).getJsonObject(0);
        assertEquals(16, c.getInt("creditHours"), "a warning, not a block");
        assertTrue(
                c.getString("warning")
                        .contains("instructor PID " + stranger + " has no ALERRT Certified Instructor status for 3311"),
                c.getString("warning"));
        eventually(() -> officers.certificates(officer).size() == 1);
    }

    @Test
    void aRecordThatSaysNothingAboutDeliveryTakesTheCoursesAndIsQueuedForAlerrt() {
        Officer officer = officers.enrol();
        officers.post(statement(officer, "passed", "3311", UUID.randomUUID().toString(), NOV_2, null, null));
        JsonObject c = officers.awaitCompletions(officer, 1).getJsonObject(0);
        assertEquals("DIRECT", c.getString("delivery"));
        eventually(
                () -> officers.queueEntriesOf(c.getJsonNumber("id").longValue()).size() == 1);
    }

    @Test
    void aRecordThatBreaksTheProfileWaitsForAnAdministratorInsteadOfBeingGuessed() {
        Officer officer = officers.enrol();
        officers.post(statement(
                officer,
                "passed",
                "3311",
                UUID.randomUUID().toString(),
                NOV_2,
                extensions("delivery", "\"hybrid\""),
                null));
        JsonObject c = officers.awaitCompletions(officer, 1).getJsonObject(0);
        long id = c.getJsonNumber("id").longValue();
        assertTrue(c.getBoolean("reviewPending"));
        assertTrue(c.getString("reviewReason").contains("hybrid"), c.getString("reviewReason"));
        assertEquals(0, c.getInt("creditHours"));
        assertEquals(16, c.getInt("proposedHours"));
        var pending = client.send(
                client.admin("completions?reviewPending=true&limit=500").GET());
        assertTrue(
                array(pending.body()).stream()
                        .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id),
                "listed for a decision");
        settle();
        assertTrue(officers.certificates(officer).isEmpty(), "nothing certified before the decision");

        assertEquals(400, decideStatus(id, "{\"hours\": 17, \"reason\": \"more than proposed\"}"));
        assertEquals(400, decideStatus(id, "{\"hours\": 16}"), "a decision needs a reason");
        assertEquals(400, decideStatus(id, "{\"hours\": \"all\", \"reason\": \"x\"}"));
        JsonObject decided = decide(id, "{\"hours\": 16, \"reason\": \"class roster checked: direct delivery\"}");
        assertEquals(16, decided.getInt("creditHours"));
        assertFalse(decided.getBoolean("reviewPending"));
        assertEquals(409, decideStatus(id, "{\"hours\": 0, \"reason\": \"again\"}"), "decided once");
        eventually(() -> officers.certificates(officer).size() == 1);
    }

    @Test
    void updateModulesCountTheirOwnHoursUpToTwentyFourPerUnitAndTheRestWaitsForADecision() {
        Officer officer = officers.enrol();
        for (int module = 1; module <= 7; module++) {
            officers.post(statement(
                    officer,
                    "passed",
                    "3312",
                    UUID.randomUUID().toString(),
                    OffsetDateTime.parse("2026-10-0" + module + "T16:00:00-05:00"),
                    extensions("module-hours", "4", "module-description", "\"Update module " + module + "\""),
                    null));
        }
        JsonArray all = officers.awaitCompletions(officer, 7);
        List<JsonObject> held = all.stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getBoolean("reviewPending"))
                .toList();
        assertEquals(1, held.size(), "28 h sent, 24 count: one module waits");
        assertTrue(
                held.get(0).getString("reviewReason").contains("would reach 28"),
                held.get(0).getString("reviewReason"));
        assertEquals(24, officers.mandate(officer, "2026-12-01").getInt("creditedHours"), "never 28");
        all.stream()
                .map(JsonValue::asJsonObject)
                .forEach(c -> assertTrue(c.getString("moduleDescription").startsWith("Update module "), c.toString()));
        long heldId = held.get(0).getJsonNumber("id").longValue();
        eventually(() -> officers.certificates(officer).size() == 6);
        settle();
        assertTrue(officers.queueEntriesOf(heldId).isEmpty(), "the held module is not queued");

        assertEquals(
                0,
                decide(heldId, "{\"hours\": 0, \"reason\": \"over the 24 h Update cap\"}")
                        .getInt("creditHours"));
        assertEquals(24, officers.mandate(officer, "2026-12-01").getInt("creditedHours"));
        settle();
        assertEquals(6, officers.certificates(officer).size(), "a refused module is never certified");
    }

    @Test
    void aTrainTheTrainerPassedForTheUserPortionOnlyEarnsTheUserCourseHoursThenAPassUpgradesIt() {
        Officer officer = officers.enrol();
        String registration = UUID.randomUUID().toString();
        officers.post(statement(
                officer,
                "failed",
                "3315",
                registration,
                NOV_2,
                null,
                "\"success\": false, " + extensions("user-portion", "\"passed\"")));
        JsonObject partial = officers.awaitCompletions(officer, 1).getJsonObject(0);
        assertEquals("PARTIAL", partial.getString("outcome"));
        assertEquals(16, partial.getInt("creditHours"), "3311 Level I's hours, not the TtT's 40");
        assertEquals(16, officers.mandate(officer, "2026-12-01").getInt("creditedHours"));
        eventually(() -> officers.certificates(officer).size() == 1);

        officers.post(statement(officer, "passed", "3315", registration, NOV_2.plusDays(30), null, null));
        eventually(() ->
                "PASSED".equals(officers.completions(officer).getJsonObject(0).getString("outcome")));
        JsonObject passed = officers.completions(officer).getJsonObject(0);
        assertEquals(40, passed.getInt("creditHours"));
        assertEquals(2, passed.getInt("revision"), "what was certified changed");
        assertEquals(40, officers.mandate(officer, "2026-12-31").getInt("creditedHours"), "never 16 + 40");
    }

    @Test
    void aFailedTrainTheTrainerWithoutTheUserPortionEarnsNothing() {
        Officer officer = officers.enrol();
        officers.post(statement(officer, "failed", "3315", UUID.randomUUID().toString(), NOV_2, null, null));
        JsonObject c = officers.awaitCompletions(officer, 1).getJsonObject(0);
        assertEquals("FAILED", c.getString("outcome"));
        assertEquals(0, c.getInt("creditHours"));
    }

    @Test
    void withoutARegistrationAPassInTheNextTrainingUnitIsARetakeThatCountsThere() {
        Officer officer = officers.enrol();
        officers.post(statement(
                officer, "passed", "3356", null, OffsetDateTime.parse("2025-03-10T16:00:00-05:00"), null, null));
        officers.awaitCompletions(officer, 1);
        officers.post(statement(
                officer, "passed", "3356", null, OffsetDateTime.parse("2026-03-10T16:00:00-05:00"), null, null));
        JsonArray both = officers.awaitCompletions(officer, 2);
        assertEquals(
                List.of(2, 1),
                both.stream().map(v -> v.asJsonObject().getInt("attempt")).toList());
        assertEquals(4, officers.mandate(officer, "2025-03-31").getInt("creditedHours"), "unit 2023-2025");
        assertEquals(4, officers.mandate(officer, "2026-03-31").getInt("creditedHours"), "unit 2025-2027");

        officers.post(statement(
                officer, "passed", "3356", null, OffsetDateTime.parse("2026-05-10T16:00:00-05:00"), null, null));
        settle();
        assertEquals(2, officers.completions(officer).size(), "a second pass in the same unit is the same attempt");
    }

    @Test
    void withoutARegistrationAPassAfterAFailIsANewAttempt() {
        Officer officer = officers.enrol();
        officers.post(statement(
                officer, "failed", "3356", null, OffsetDateTime.parse("2026-03-10T16:00:00-05:00"), null, null));
        officers.awaitCompletions(officer, 1);
        officers.post(statement(
                officer, "passed", "3356", null, OffsetDateTime.parse("2026-03-12T16:00:00-05:00"), null, null));
        JsonArray both = officers.awaitCompletions(officer, 2);
        assertEquals("PASSED", both.getJsonObject(0).getString("outcome"));
        assertEquals("FAILED", both.getJsonObject(1).getString("outcome"), "the failed attempt stays on record");
        assertEquals(4, officers.mandate(officer, "2026-03-31").getInt("creditedHours"));
    }

    @Test
    void aCourseCreditedAThirdTimeInOneUnitIsCreditedWithAWarning() {
        Officer officer = officers.enrol();
        for (int i = 1; i <= 3; i++) {
            officers.post(statement(
                    officer,
                    "passed",
                    "3356",
                    UUID.randomUUID().toString(),
                    OffsetDateTime.parse("2026-04-0" + i + "T16:00:00-05:00"),
                    null,
                    null));
            officers.awaitCompletions(officer, i);
        }
        JsonArray all = officers.completions(officer);
        assertEquals(JsonValue.NULL, all.getJsonObject(1).get("warning"), "twice is allowed");
        assertTrue(
                all.getJsonObject(0).getString("warning").contains("credited 3 times"),
                all.getJsonObject(0).toString());
        assertEquals(12, officers.mandate(officer, "2026-04-30").getInt("creditedHours"), "a warning, not a block");
    }

    @Test
    void theComplianceViewListsAnAgencysOfficersWithTheirStandingAndWhatNeedsAction() {
        String agency = "Compliance, PD " + UUID.randomUUID().toString().substring(0, 8);
        Officer met = officers.enrol(agency, true);
        Officer noPid = officers.enrol(agency, false);
        Officer overCap = officers.enrol(agency, true);
        // Yesterday, so that no TCOLE report is overdue yet: the view's actions are about today, whatever `on` says.
        LocalDate yesterday = LocalDate.now(CHICAGO).minusDays(1);
        OffsetDateTime morning = yesterday.atTime(10, 0).atZone(CHICAGO).toOffsetDateTime();
        officers.post(statement(met, "passed", "3311", UUID.randomUUID().toString(), morning, null, null));
        officers.post(statement(noPid, "passed", "3356", UUID.randomUUID().toString(), morning, null, null));
        for (int module = 1; module <= 2; module++) {
            officers.post(statement(
                    overCap,
                    "passed",
                    "3312",
                    UUID.randomUUID().toString(),
                    morning.plusHours(module),
                    extensions("module-hours", "16"),
                    null));
        }
        officers.awaitCompletions(met, 1);
        officers.awaitCompletions(noPid, 1);
        officers.awaitCompletions(overCap, 2);

        var r = client.send(client.admin("compliance?on=" + yesterday + "&agency="
                        + URLEncoder.encode(agency.toUpperCase(), StandardCharsets.UTF_8))
                .GET());
        assertEquals(200, r.statusCode(), r.body());
        JsonArray rows = object(r.body()).getJsonArray("officers");
        assertEquals(3, rows.size(), "the agency's officers, matched ignoring case: " + r.body());
        JsonObject first = rows.getJsonObject(0);
        assertEquals(16, first.getInt("creditedHours"));
        assertTrue(first.getBoolean("hoursMet"));
        assertEquals("MET", first.getString("level1"));
        assertFalse(first.getBoolean("needsAction"));
        JsonObject second = rows.getJsonObject(1);
        assertTrue(
                second.getJsonArray("actions")
                        .getString(0)
                        .startsWith("PID missing: credit held since " + yesterday + ", TCOLE report due by "
                                + yesterday.plusDays(30)),
                second.toString());
        JsonObject third = rows.getJsonObject(2);
        assertEquals(16, third.getInt("creditedHours"), "the module over the cap does not count");
        assertTrue(third.getJsonArray("actions").getString(0).contains("wait for a decision"), third.toString());

        var csv = client.send(client.admin("compliance/csv?on=" + yesterday + "&agency="
                        + URLEncoder.encode(agency, StandardCharsets.UTF_8))
                .GET());
        assertEquals(200, csv.statusCode(), csv.body());
        String[] lines = csv.body().split("\r\n");
        assertEquals(4, lines.length, csv.body());
        assertTrue(lines[0].startsWith("learner_id,last_name,first_name,pid,agency"), lines[0]);
        assertTrue(lines[1].contains(",\"" + agency + "\","), "a comma in the agency is quoted: " + lines[1]);
        assertEquals(
                400, client.send(client.admin("compliance?on=yesterday").GET()).statusCode());
    }
}
