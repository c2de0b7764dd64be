package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.Officers.eventually;
import static org.alerrt.tracker.testsupport.Officers.statement;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Officers;
import org.alerrt.tracker.testsupport.Officers.Officer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credit taken back or restated after it was handed on (docs/compliance.md, withdrawal): voiding the statement that
 * earned it, revoking its certificate, correcting the officer's PID.
 */
class CreditWithdrawalScenarioIT extends AgainstDeployedTracker {

    private static final OffsetDateTime NOV_2 = OffsetDateTime.parse("2026-11-02T16:00:00-06:00");

    private Officers officers;

    @BeforeEach
    void fixture() {
        officers = new Officers(client);
    }

    private JsonObject certifiedPass(Officer officer, String statementId) {
        officers.post(statement(officer, "passed", "3356", UUID.randomUUID().toString(), NOV_2, null, null)
                .replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"" + statementId + "\""));
        eventually(() -> officers.certificates(officer).size() == 1);
        return officers.completions(officer).getJsonObject(0);
    }

    @Test
    void voidingTheStatementThatEarnedTheCreditTakesTheHoursBack() {
        Officer officer = officers.enrol();
        String passId = UUID.randomUUID().toString();
        certifiedPass(officer, passId);
        assertEquals(4, officers.mandate(officer, "2026-12-01").getInt("creditedHours"));

        officers.post("""
                {"actor": {"mbox": "mailto:records@alerrt.org"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                 "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(passId));

        eventually(() -> officers.completions(officer).getJsonObject(0).getBoolean("withdrawn"));
        JsonObject c = officers.completions(officer).getJsonObject(0);
        assertEquals(0, c.getInt("creditHours"));
        assertTrue(c.getString("withdrawnReason").contains("voided"), c.getString("withdrawnReason"));
        assertEquals(0, officers.mandate(officer, "2026-12-01").getInt("creditedHours"));
        eventually(() ->
                "REVOKED".equals(officers.certificates(officer).getJsonObject(0).getString("status")));
        assertTrue(
                officers.certificates(officer)
                        .getJsonObject(0)
                        .getString("statusReason")
                        .contains("voided"),
                "the certificate says why");
        long completionId = c.getJsonNumber("id").longValue();
        eventually(() -> "WITHDRAWN"
                .equals(officers.reportEntriesOf(completionId).getJsonObject(0).getString("status")));
        JsonArray entries = officers.reportEntriesOf(completionId);
        assertEquals(1, entries.size(), "never exported: withdrawn from the queue, nothing to correct");
        assertTrue(entries.getJsonObject(0).getString("statusReason").contains("voided"), entries.toString());
    }

    @Test
    void revokingTheCertificateWithdrawsTheCredit() {
        Officer officer = officers.enrol();
        long completionId = certifiedPass(officer, UUID.randomUUID().toString())
                .getJsonNumber("id")
                .longValue();
        eventually(() -> officers.reportEntriesOf(completionId).size() == 1);
        long roster = officers.exportRoster();
        officers.submitRoster(roster, "TCLEDDS-" + roster);
        String code = officers.certificates(officer).getJsonObject(0).getString("code");
        var revoked = client.send(client.admin("certificates/" + code + "/revoke")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"issued for the wrong officer\"}")));
        assertEquals(200, revoked.statusCode(), revoked.body());

        eventually(() -> officers.completions(officer).getJsonObject(0).getBoolean("withdrawn"));
        JsonObject c = officers.completions(officer).getJsonObject(0);
        assertTrue(c.getString("withdrawnReason").contains("certificate was revoked"), c.getString("withdrawnReason"));
        assertEquals(0, officers.mandate(officer, "2026-12-01").getInt("creditedHours"), "the hours no longer count");
        assertEquals(1, officers.certificates(officer).size(), "no reissue, no second revocation");

        // TCOLE already has the record: ALERRT files a withdrawal with its next roster.
        eventually(() -> officers.reportEntriesOf(completionId).size() == 2);
        JsonArray entries = officers.reportEntriesOf(completionId);
        assertEquals("SUBMITTED", entries.getJsonObject(0).getString("status"), "what was filed stays as filed");
        JsonObject withdrawal = entries.getJsonObject(1);
        assertEquals("WITHDRAW", withdrawal.getString("kind"));
        assertEquals("QUEUED", withdrawal.getString("status"));
        assertEquals(officer.pid(), withdrawal.getString("pid"));
        long next = officers.exportRoster();
        String csv = client.send(
                        client.admin("reports/rosters/" + next + "/csv").GET())
                .body();
        assertTrue(
                csv.lines()
                        .anyMatch(l -> l.startsWith(officer.pid() + ",")
                                && l.contains("WITHDRAW record of" + " roster " + roster)),
                csv);
    }

    @Test
    void aPidCorrectedAfterCertificationRestatesTheCredit() {
        Officer officer = officers.enrol();
        long completionId = certifiedPass(officer, UUID.randomUUID().toString())
                .getJsonNumber("id")
                .longValue();
        eventually(() -> officers.reportEntriesOf(completionId).size() == 1);
        long roster = officers.exportRoster();
        String corrected = Officers.randomPid();
        var r = client.send(client.admin("learners/" + officer.id())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Test", "lastName": "Officer", "pid": "%s", "agency": "Test PD"}""".formatted(corrected))));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject c = officers.completions(officer).getJsonObject(0);
        assertEquals(2, c.getInt("revision"), "certificates and queued reports are replaced with the new PID");
        assertEquals(4, c.getInt("creditHours"), "the credit itself stays");
        var fetched = client.send(
                client.admin("completions/" + c.getJsonNumber("id") + "").GET());
        assertEquals(200, fetched.statusCode(), fetched.body());
        assertEquals(corrected, object(fetched.body()).getString("pid"));

        eventually(() -> officers.certificates(officer).size() == 2);
        JsonObject newest = officers.certificates(officer).getJsonObject(0);
        JsonObject oldest = officers.certificates(officer).getJsonObject(1);
        assertEquals("VALID", newest.getString("status"));
        assertEquals(corrected, newest.getString("pid"), "reissued with the corrected PID");
        assertEquals("SUPERSEDED", oldest.getString("status"));
        assertEquals(newest.getString("code"), oldest.getString("supersededBy"), "the old one points to the new");

        // The record left ALERRT with the wrong PID: an AMEND correction is queued, the exported one stays.
        eventually(() -> officers.reportEntriesOf(completionId).size() == 2);
        JsonArray entries = officers.reportEntriesOf(completionId);
        assertEquals(officer.pid(), entries.getJsonObject(0).getString("pid"));
        assertEquals("EXPORTED", entries.getJsonObject(0).getString("status"));
        JsonObject amend = entries.getJsonObject(1);
        assertEquals("AMEND", amend.getString("kind"));
        assertEquals(corrected, amend.getString("pid"));
        assertTrue(
                amend.getString("notes").contains("roster " + roster)
                        && amend.getString("notes").contains("PID " + officer.pid() + " → " + corrected),
                amend.getString("notes"));
    }
}
