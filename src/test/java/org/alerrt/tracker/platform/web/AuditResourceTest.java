package org.alerrt.tracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.alerrt.tracker.platform.audit.AuditTrail;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditResourceTest {

    private final Instant now = Instant.parse("2026-12-06T08:00:00Z");
    private final AuditResource resource = new AuditResource();

    @BeforeEach
    void log() {
        AuditTrail trail = new AuditTrail(TestDatabase.migrated(), Clock.fixed(now, ZoneOffset.UTC));
        trail.record(null, "certificate", 7, "ISSUED", null, "code ABC");
        trail.record("admin", "completion", 51, "CREDIT_WITHDRAWN", "its certificate was revoked", null);
        trail.record("admin", "certificate", 7, "REVOKED", "issued in error", "code ABC");
        resource.audit = trail;
    }

    @Test
    void aSubjectsHistoryIsOldestFirstAndLeavesOutWhatIsNotKnown() {
        JsonObject body = json(resource.read("certificate", "7", null, null));

        assertEquals("certificate", body.getString("subject"));
        assertEquals(7, body.getJsonNumber("id").longValue());
        var entries = body.getJsonArray("entries");
        assertEquals(
                List.of("ISSUED", "REVOKED"),
                entries.stream().map(e -> e.asJsonObject().getString("action")).toList());
        JsonObject issued = entries.getJsonObject(0);
        assertEquals(AuditTrail.SYSTEM, issued.getString("actor"));
        assertEquals(now.toString(), issued.getString("at"));
        assertFalse(issued.containsKey("reason"), "no reason: omitted, not null");
        JsonObject revoked = entries.getJsonObject(1);
        assertEquals("admin", revoked.getString("actor"));
        assertEquals("issued in error", revoked.getString("reason"));
        assertEquals("code ABC", revoked.getString("detail"));
        assertEquals(
                0,
                json(resource.read("report_entry", "7", null, null))
                        .getJsonArray("entries")
                        .size());
    }

    @Test
    void theRecentListIsNewestFirstAndNamesANextPageOnlyWhenFull() {
        JsonObject first = json(resource.read(null, null, null, "2"));
        var page = first.getJsonArray("entries");
        assertEquals(
                List.of("REVOKED", "CREDIT_WITHDRAWN"),
                page.stream().map(e -> e.asJsonObject().getString("action")).toList());
        assertEquals("completion", page.getJsonObject(1).getString("subject"));
        assertEquals(51, page.getJsonObject(1).getJsonNumber("subjectId").longValue());
        long next = first.getJsonNumber("nextBeforeId").longValue();
        assertEquals(page.getJsonObject(1).getJsonNumber("id").longValue(), next);

        JsonObject last = json(resource.read(null, null, Long.toString(next), "2"));
        assertEquals(1, last.getJsonArray("entries").size());
        assertEquals("ISSUED", last.getJsonArray("entries").getJsonObject(0).getString("action"));
        assertFalse(last.containsKey("nextBeforeId"));
        assertEquals(
                3, json(resource.read("", "", "", "")).getJsonArray("entries").size(), "empty means absent");
    }

    @Test
    void badInputIsA400NamingTheParameter() {
        assertBad("id", "certificate", null, null, null);
        assertBad("id", "certificate", "abc", null, null);
        assertBad("id", "certificate", "-1", null, null);
        assertBad("id", "certificate", "0", null, null);
        assertBad("subject", null, "7", null, null);
        assertBad("subject", "Certificate", "7", null, null);
        assertBad("subject", "certificate;drop", "7", null, null);
        assertBad("subject", "x".repeat(41), "7", null, null);
        assertBad("limit", "certificate", "7", null, "10");
        assertBad("beforeId", "certificate", "7", "5", null);
        assertBad("limit", null, null, null, "0");
        assertBad("limit", null, null, null, "1001");
        assertBad("limit", null, null, null, "many");
        assertBad("beforeId", null, null, "-5", null);
        assertBad("beforeId", null, null, "abc", null);
    }

    private void assertBad(String property, String subject, String id, String beforeId, String limit) {
        Refusal e = assertThrows(Refusal.class, () -> resource.read(subject, id, beforeId, limit));
        assertEquals(Refusal.Kind.INVALID, e.kind());
        assertEquals(property, e.property(), e.getMessage());
    }

    private static JsonObject json(String body) {
        return CachedJson.reader(new StringReader(body)).readObject();
    }
}
