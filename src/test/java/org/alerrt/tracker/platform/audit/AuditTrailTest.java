package org.alerrt.tracker.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    private final Instant now = Instant.parse("2026-12-06T08:00:00Z");
    private final AuditTrail trail = new AuditTrail(TestDatabase.migrated(), Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void aSubjectsHistoryComesBackOldestFirstWithWhoWhenWhatAndWhy() {
        trail.record("admin", "certificate", 7, "REVOKED", "issued in error", "code ABC");
        trail.record(null, "completion", 7, "CREDIT_WITHDRAWN", "certificate revoked", null);
        trail.record("admin", "certificate", 7, "REISSUED", null, "new code DEF");

        List<AuditEntry> history = trail.of("certificate", 7);

        assertEquals(
                List.of("REVOKED", "REISSUED"),
                history.stream().map(AuditEntry::action).toList());
        AuditEntry first = history.get(0);
        assertEquals("admin", first.actor());
        assertEquals(now, first.at());
        assertEquals("issued in error", first.reason());
        assertEquals("code ABC", first.detail());
        assertNull(history.get(1).reason());
        assertEquals(AuditTrail.SYSTEM, trail.of("completion", 7).get(0).actor(), "no actor means an automatic change");
    }

    @Test
    void recentPagesNewestFirst() {
        for (int i = 1; i <= 5; i++) {
            trail.record("admin", "report_entry", i, "QUEUED", null, null);
        }
        List<AuditEntry> page1 = trail.recent(Long.MAX_VALUE, 2);
        List<AuditEntry> page2 = trail.recent(page1.get(1).id(), 2);

        assertEquals(List.of(5L, 4L), page1.stream().map(AuditEntry::subjectId).toList());
        assertEquals(List.of(3L, 2L), page2.stream().map(AuditEntry::subjectId).toList());
    }

    @Test
    void anOverlongReasonIsClippedNotRefused() {
        trail.record("admin", "certificate", 1, "REVOKED", "x".repeat(5000), null);
        assertEquals(
                AuditTrail.MAX_REASON,
                trail.of("certificate", 1).get(0).reason().length());
    }

    @Test
    void anEntryNeedsASubjectAndAnAction() {
        assertThrows(IllegalArgumentException.class, () -> trail.record("admin", "", 1, "X", null, null));
        assertThrows(IllegalArgumentException.class, () -> trail.record("admin", "certificate", 1, " ", null, null));
    }

    @Test
    void oneEntryForManySubjectsGivesEachItsOwnHistoryLine() {
        List<Long> exported = LongStream.rangeClosed(1, 1_500).boxed().toList();
        trail.recordAll("alice", "report_entry", exported, "EXPORTED", null, "roster 9");

        assertEquals(1_500, trail.recent(Long.MAX_VALUE, 2_000).size());
        AuditEntry one = trail.of("report_entry", 1_234).get(0);
        assertEquals("EXPORTED", one.action());
        assertEquals("alice", one.actor());
        assertEquals("roster 9", one.detail());
        assertEquals(now, one.at());
    }
}
