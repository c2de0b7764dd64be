package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.Officers.eventually;
import static org.alerrt.tracker.testsupport.Officers.statement;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Officers;
import org.alerrt.tracker.testsupport.Officers.Officer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ALERRT's TCOLE reporting as its staff meet it (docs/compliance.md, TCOLE reporting): a roster exported, uploaded
 * under TCOLE's batch reference and accepted; a record TCOLE rejects, corrected and re-queued; an exported roster
 * nobody confirmed as uploaded that runs past the 30-day deadline.
 */
class TcoleReportingLifecycleScenarioIT extends AgainstDeployedTracker {

    private Officers officers;

    @BeforeEach
    void fixture() {
        officers = new Officers(client);
    }

    /** An officer's credited pass of Fire as a Weapon (ONLINE, 4 h) on {@code day}. @return its completion id */
    private long creditedPass(Officer officer, OffsetDateTime day) {
        officers.post(statement(officer, "passed", "3356", UUID.randomUUID().toString(), day, null, null));
        eventually(() -> officers.certificates(officer).size() == 1);
        long completionId = officers.completions(officer)
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        eventually(() -> officers.reportEntriesOf(completionId).size() == 1);
        return completionId;
    }

    private JsonObject onlyEntry(long completionId) {
        JsonArray entries = officers.reportEntriesOf(completionId);
        assertEquals(1, entries.size(), entries.toString());
        return entries.getJsonObject(0);
    }

    private HttpResponse<String> post(String path, JsonObject body) {
        return client.send(client.admin(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static JsonObject reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build();
    }

    @Test
    void aRosterIsExportedSubmittedUnderTcolesReferenceAndAccepted() {
        Officer officer = officers.enrol();
        long completionId =
                creditedPass(officer, OffsetDateTime.now(ZoneOffset.UTC).minusDays(2));
        long roster = officers.exportRoster();
        assertEquals("EXPORTED", onlyEntry(completionId).getString("status"));
        byte[] csv = client.sendForBytes(
                        client.admin("reports/rosters/" + roster + "/csv").GET())
                .body();

        JsonObject submitted = officers.submitRoster(roster, "TCLEDDS-" + roster);
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals("TCLEDDS-" + roster, submitted.getString("tcoleReference"));
        var other = post(
                "reports/rosters/" + roster + "/submitted",
                Json.createObjectBuilder()
                        .add("tcoleReference", "ANOTHER-" + roster)
                        .build());
        assertEquals(409, other.statusCode(), "one upload, one reference: " + other.body());
        assertEquals("SUBMITTED", onlyEntry(completionId).getString("status"));

        var accepted = post("reports/rosters/" + roster + "/accepted", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", object(accepted.body()).getString("status"));
        JsonObject entry = onlyEntry(completionId);
        assertEquals("ACCEPTED", entry.getString("status"));
        assertEquals("", entry.getString("flag"));

        byte[] again = client.sendForBytes(
                        client.admin("reports/rosters/" + roster + "/csv").GET())
                .body();
        assertEquals(new String(csv), new String(again), "a roster is kept as exported");
        assertEquals(object(accepted.body()).getString("csvSha256"), sha256(again));

        var history = client.send(
                client.admin("reports/entries/" + entry.getJsonNumber("id")).GET());
        assertEquals(200, history.statusCode(), history.body());
        assertEquals(
                "[\"QUEUED\",\"EXPORTED\",\"SUBMITTED\",\"ACCEPTED\"]",
                object(history.body()).getJsonArray("history").stream()
                        .map(h -> "\"" + h.asJsonObject().getString("action") + "\"")
                        .toList()
                        .toString()
                        .replace(" ", ""));
        String code = officers.certificates(officer).getJsonObject(0).getString("code");
        JsonObject verified = object(
                client.send(client.anonymous("/api/verify/" + code).GET()).body());
        assertTrue(
                verified.getJsonObject("whoReports").getString("state").startsWith("reported on "),
                verified.toString());
    }

    @Test
    void aRecordTcoleRejectsIsCorrectedAndQueuedAgain() {
        Officer officer = officers.enrol();
        long completionId =
                creditedPass(officer, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3));
        long roster = officers.exportRoster();
        long entryId = onlyEntry(completionId).getJsonNumber("id").longValue();
        var tooEarly = post("reports/entries/" + entryId + "/rejected", reason("PID not found"));
        assertEquals(409, tooEarly.statusCode(), "TCOLE cannot reject what it never got: " + tooEarly.body());
        officers.submitRoster(roster, "TCLEDDS-" + roster);

        var rejected = post("reports/entries/" + entryId + "/rejected", reason("PID not found in TCOLE records"));
        assertEquals(200, rejected.statusCode(), rejected.body());
        JsonObject r = object(rejected.body());
        assertEquals("REJECTED", r.getString("status"));
        assertEquals("PID not found in TCOLE records", r.getString("statusReason"));
        assertTrue(r.getString("flag").contains("rejected"), r.getString("flag"));
        String code = officers.certificates(officer).getJsonObject(0).getString("code");
        JsonObject verified = object(
                client.send(client.anonymous("/api/verify/" + code).GET()).body());
        assertTrue(
                verified.getJsonObject("whoReports").getString("state").contains("returned by TCOLE"),
                verified.toString());
        JsonObject row = complianceRow(officer);
        assertTrue(row.getJsonArray("actions").toString().contains("rejected by TCOLE"), row.toString());

        // The PID was wrong: correcting it on the officer re-queues the record with the right one.
        String corrected = Officers.randomPid();
        var put = client.send(client.admin("learners/" + officer.id())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Test", "lastName": "Officer", "pid": "%s", "agency": "Test PD"}""".formatted(corrected))));
        assertEquals(200, put.statusCode(), put.body());
        eventually(() -> officers.reportEntriesOf(completionId).size() == 2);
        JsonArray entries = officers.reportEntriesOf(completionId);
        assertEquals("CORRECTED", entries.getJsonObject(0).getString("status"));
        JsonObject replacement = entries.getJsonObject(1);
        assertEquals("QUEUED", replacement.getString("status"));
        assertEquals("ORIGINAL", replacement.getString("kind"), "TCOLE never took the first one");
        assertEquals(corrected, replacement.getString("pid"));
        assertEquals(entryId, replacement.getJsonNumber("correctsEntryId").longValue());

        // Rejected again for another reason fixed outside the record: re-queued by hand, with why.
        long roster2 = officers.exportRoster();
        officers.submitRoster(roster2, "TCLEDDS-" + roster2);
        long second = replacement.getJsonNumber("id").longValue();
        assertEquals(
                200,
                post("reports/entries/" + second + "/rejected", reason("course not set up"))
                        .statusCode());
        var requeued = post("reports/entries/" + second + "/requeue", reason("course 3356 set up at TCOLE"));
        assertEquals(201, requeued.statusCode(), requeued.body());
        assertEquals("QUEUED", object(requeued.body()).getString("status"));
        assertEquals(
                409,
                post("reports/entries/" + second + "/requeue", reason("twice")).statusCode());
        JsonArray history = object(
                        client.send(client.admin("reports/entries/" + second).GET())
                                .body())
                .getJsonArray("history");
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("CORRECTED", last.getString("action"));
        assertEquals("course 3356 set up at TCOLE", last.getString("reason"));
        assertEquals("admin", last.getString("actor"));
    }

    @Test
    void anExportedRosterNobodyConfirmedRunsOverdue() {
        Officer officer = officers.enrol();
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(40);
        long completionId = creditedPass(officer, longAgo);
        JsonObject queued = onlyEntry(completionId);
        assertEquals("OVERDUE", queued.getString("urgency"));
        officers.exportRoster();

        JsonObject exported = onlyEntry(completionId);
        assertEquals("EXPORTED", exported.getString("status"));
        assertEquals("OVERDUE", exported.getString("urgency"), "exporting a file reports nothing");
        assertEquals(
                LocalDate.parse(exported.getString("completedOn")).plusDays(30).toString(),
                exported.getString("dueBy"));
        var list = client.send(
                client.admin("reports/queue?status=EXPORTED&limit=5000").GET());
        assertTrue(object(list.body()).getInt("overdueOnPage") >= 1, list.body());
        JsonObject row = complianceRow(officer);
        assertTrue(row.getJsonArray("actions").toString().contains("TCOLE report(s) overdue"), row.toString());

        officers.submitRoster(exported.getJsonNumber("rosterId").longValue(), "LATE-" + completionId);
        assertEquals("ON_TIME", onlyEntry(completionId).getString("urgency"), "submitted: TCOLE has it");
        assertTrue(!complianceRow(officer).getJsonArray("actions").toString().contains("overdue"));
    }

    private JsonObject complianceRow(Officer officer) {
        String after = Long.toString(officer.id() - 1);
        var r = client.send(client.admin("compliance?agency=Test%20PD&after=" + after + "&limit=1")
                .GET());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject row = object(r.body()).getJsonArray("officers").getJsonObject(0);
        assertEquals(officer.id(), row.getJsonNumber("learnerId").longValue());
        return row;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
