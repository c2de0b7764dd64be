package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.Officers.eventually;
import static org.alerrt.tracker.testsupport.Officers.statement;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Officers;
import org.alerrt.tracker.testsupport.Officers.Officer;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator revokes an officer's certificate, then reads what happened in the audit log ({@code GET
 * /api/audit}): the certificate's history (issued by the system, revoked by the admin with the reason), the
 * completion's credit withdrawn in consequence, and the recent list newest first, page by page. Learners may not read
 * it.
 */
class AdminReadsAuditLogIT extends AgainstDeployedTracker {

    private static final OffsetDateTime NOV_2 = OffsetDateTime.parse("2026-11-02T16:00:00-06:00");
    private static final String REASON = "issued for the wrong officer";

    private Officers officers;

    @BeforeEach
    void fixture() {
        officers = new Officers(client);
    }

    @Test
    void aRevocationIsReadBackWithWhoDidItAndWhy() {
        Officer officer = officers.enrol();
        officers.post(statement(officer, "passed", "3356", UUID.randomUUID().toString(), NOV_2, null, null));
        eventually(() -> officers.certificates(officer).size() == 1);
        String code = officers.certificates(officer).getJsonObject(0).getString("code");
        long completionId = officers.completions(officer)
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        var revoked = client.send(client.admin("certificates/" + code + "/revoke")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"" + REASON + "\"}")));
        assertEquals(200, revoked.statusCode(), revoked.body());
        eventually(() -> officers.completions(officer).getJsonObject(0).getBoolean("withdrawn"));

        // the recent list names the revoked certificate's id (certificates are known by code over the API)
        JsonObject revocation = audit("limit=1000").getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("subject").equals("certificate")
                        && e.getString("action").equals("REVOKED")
                        && e.getString("detail", "").equals("code " + code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no REVOKED entry for " + code));
        assertEquals(TrackerClient.ADMIN, revocation.getString("actor"));
        assertEquals(REASON, revocation.getString("reason"));
        long certificateId = revocation.getJsonNumber("subjectId").longValue();

        JsonObject certificate = audit("subject=certificate&id=" + certificateId);
        assertEquals("certificate", certificate.getString("subject"));
        assertEquals(certificateId, certificate.getJsonNumber("id").longValue());
        JsonArray history = certificate.getJsonArray("entries");
        assertEquals(List.of("ISSUED", "REVOKED"), actions(history), "oldest first");
        JsonObject issued = history.getJsonObject(0);
        assertEquals("system", issued.getString("actor"), "issued automatically");
        assertFalse(issued.containsKey("reason"), "a first issue has no reason: omitted");
        assertTrue(issued.getString("detail").contains("code " + code), issued.getString("detail"));
        JsonObject revokedEntry = history.getJsonObject(1);
        assertEquals(TrackerClient.ADMIN, revokedEntry.getString("actor"));
        assertEquals(REASON, revokedEntry.getString("reason"));
        assertFalse(
                Instant.parse(revokedEntry.getString("at")).isBefore(Instant.parse(issued.getString("at"))),
                "at is an ISO instant, in order");

        JsonArray completion = audit("subject=completion&id=" + completionId).getJsonArray("entries");
        JsonObject withdrawn = completion.getJsonObject(completion.size() - 1);
        assertEquals("CREDIT_WITHDRAWN", withdrawn.getString("action"));
        assertEquals(TrackerClient.ADMIN, withdrawn.getString("actor"), "the revoking admin, carried by the event");
        assertEquals("its certificate was revoked: " + REASON, withdrawn.getString("reason"));
    }

    @Test
    void theRecentListPagesNewestFirst() {
        Officer officer = officers.enrol();
        officers.post(statement(officer, "passed", "3356", UUID.randomUUID().toString(), NOV_2, null, null));
        eventually(() -> officers.certificates(officer).size() == 1);
        Officers.settle();

        // pages below a fixed id, so that entries written meanwhile (later ids) change nothing
        long anchor = ids(audit("limit=1").getJsonArray("entries")).get(0) + 1;
        JsonObject all = audit("beforeId=" + anchor + "&limit=1000");
        List<Long> whole = ids(all.getJsonArray("entries"));
        assertTrue(whole.size() >= 2, "the completion and its certificate are in the log: " + whole);
        assertFalse(all.containsKey("nextBeforeId"), "a page that is not full is the last one");
        for (int i = 1; i < whole.size(); i++) {
            assertTrue(whole.get(i) < whole.get(i - 1), "newest first: " + whole);
        }

        List<Long> paged = new ArrayList<>();
        JsonObject page = audit("limit=1&beforeId=" + anchor);
        while (true) {
            paged.addAll(ids(page.getJsonArray("entries")));
            if (!page.containsKey("nextBeforeId")) {
                break;
            }
            assertEquals(
                    paged.get(paged.size() - 1),
                    page.getJsonNumber("nextBeforeId").longValue());
            page = audit(
                    "limit=1&beforeId=" + page.getJsonNumber("nextBeforeId").longValue());
        }
        assertEquals(whole, paged, "one entry a page, the same entries in the same order");
    }

    @Test
    void aLearnerMayNotReadTheAuditLog() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var created = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Audit", "lastName": "Reader", "actor": {"mbox": "mailto:audit-%s@example.org"},
                         "username": "audit-%s", "password": "learner-pass-%s"}""".formatted(tag, tag, tag))));
        assertEquals(201, created.statusCode(), created.body());
        String learner = TrackerClient.basic("audit-" + tag, "learner-pass-" + tag);

        for (String query : List.of("", "?subject=certificate&id=1")) {
            HttpResponse<String> r = client.send(client.anonymous("/api/audit" + query)
                    .header("Authorization", learner)
                    .GET());
            assertEquals(403, r.statusCode(), "learner, GET /api/audit" + query + ": " + r.body());
            assertEquals(
                    401,
                    client.send(client.anonymous("/api/audit" + query).GET()).statusCode(),
                    "anonymous, GET /api/audit" + query);
        }
    }

    @Test
    void aHistoryWithoutItsIdIsA400NamingTheField() {
        HttpResponse<String> r =
                client.send(client.admin("audit?subject=certificate").GET());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("id", object(r.body()).getJsonObject("error").getString("property"));
        r = client.send(client.admin("audit?id=5").GET());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("subject", object(r.body()).getJsonObject("error").getString("property"));
    }

    private JsonObject audit(String query) {
        HttpResponse<String> r = client.send(
                client.admin("audit" + (query.isEmpty() ? "" : "?" + query)).GET());
        assertEquals(200, r.statusCode(), query + ": " + r.body());
        return object(r.body());
    }

    private static List<String> actions(JsonArray entries) {
        return entries.stream().map(e -> e.asJsonObject().getString("action")).toList();
    }

    private static List<Long> ids(JsonArray entries) {
        return entries.stream()
                .map(e -> e.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }
}
