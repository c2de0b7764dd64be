package org.alerrt.tracker.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportDeadlineTest {

    private final ReportDeadline deadline = new ReportDeadline(30, 25, 7);
    private final LocalDate completed = LocalDate.of(2026, 11, 1);

    @Test
    void dueThirtyDaysAfterCompletion() {
        assertEquals(LocalDate.of(2026, 12, 1), deadline.dueBy(completed));
    }

    @Test
    void queuedIsFlaggedOnlyWhenMoreThanTheWarningDaysHavePassed() {
        assertEquals(Urgency.ON_TIME, deadline.urgency(EntryStatus.QUEUED, completed, null, completed));
        assertEquals(Urgency.ON_TIME, deadline.urgency(EntryStatus.QUEUED, completed, null, completed.plusDays(25)));
        assertEquals(Urgency.DUE_SOON, deadline.urgency(EntryStatus.QUEUED, completed, null, completed.plusDays(26)));
        assertEquals(Urgency.DUE_SOON, deadline.urgency(EntryStatus.QUEUED, completed, null, completed.plusDays(30)));
        assertEquals(Urgency.OVERDUE, deadline.urgency(EntryStatus.QUEUED, completed, null, completed.plusDays(31)));
    }

    @Test
    void anExportedRosterNobodyConfirmedAsSubmittedIsFlaggedThenOverdue() {
        LocalDate exported = completed.plusDays(2);
        assertEquals(
                Urgency.ON_TIME, deadline.urgency(EntryStatus.EXPORTED, completed, exported, exported.plusDays(6)));
        assertEquals(
                Urgency.DUE_SOON, deadline.urgency(EntryStatus.EXPORTED, completed, exported, exported.plusDays(7)));
        assertEquals(
                Urgency.OVERDUE, deadline.urgency(EntryStatus.EXPORTED, completed, exported, completed.plusDays(31)));
    }

    @Test
    void aRejectedRecordAlwaysNeedsActionAndCanBeOverdue() {
        assertEquals(
                Urgency.DUE_SOON,
                deadline.urgency(EntryStatus.REJECTED, completed, completed.plusDays(1), completed.plusDays(3)));
        assertEquals(Urgency.OVERDUE, deadline.urgency(EntryStatus.REJECTED, completed, null, completed.plusDays(40)));
    }

    @Test
    void recordsThatLeftAlerrtsHandsAreNeverFlagged() {
        for (EntryStatus s : new EntryStatus[] {
            EntryStatus.SUBMITTED, EntryStatus.ACCEPTED, EntryStatus.CORRECTED, EntryStatus.WITHDRAWN
        }) {
            assertEquals(Urgency.ON_TIME, deadline.urgency(s, completed, completed, completed.plusDays(90)), s.name());
        }
    }

    @Test
    void warningsAreConfigurable() {
        ReportDeadline early = new ReportDeadline(30, 10, 1);
        assertEquals(Urgency.DUE_SOON, early.urgency(EntryStatus.QUEUED, completed, null, completed.plusDays(11)));
        assertEquals(
                Urgency.DUE_SOON, early.urgency(EntryStatus.EXPORTED, completed, completed, completed.plusDays(1)));
    }

    @Test
    void rejectsAWarningAfterTheDeadline() {
        assertThrows(IllegalArgumentException.class, () -> new ReportDeadline(30, 31, 7));
        assertThrows(IllegalArgumentException.class, () -> new ReportDeadline(30, -1, 7));
        assertThrows(IllegalArgumentException.class, () -> new ReportDeadline(0, 0, 7));
        assertThrows(IllegalArgumentException.class, () -> new ReportDeadline(30, 25, -1));
    }
}
