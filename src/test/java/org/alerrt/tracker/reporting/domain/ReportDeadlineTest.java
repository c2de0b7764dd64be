package org.alerrt.tracker.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportDeadlineTest {

    private final ReportDeadline deadline = new ReportDeadline(30, 25);
    private final LocalDate completed = LocalDate.of(2026, 11, 1);

    @Test
    void dueThirtyDaysAfterCompletion() {
        assertEquals(LocalDate.of(2026, 12, 1), deadline.dueBy(completed));
    }

    @Test
    void flaggedOnlyWhenMoreThanTheWarningDaysHavePassed() {
        assertEquals(Urgency.ON_TIME, deadline.urgency(EntryStatus.QUEUED, completed, completed));
        assertEquals(Urgency.ON_TIME, deadline.urgency(EntryStatus.QUEUED, completed, completed.plusDays(25)));
        assertEquals(Urgency.DUE_SOON, deadline.urgency(EntryStatus.QUEUED, completed, completed.plusDays(26)));
        assertEquals(Urgency.DUE_SOON, deadline.urgency(EntryStatus.QUEUED, completed, completed.plusDays(30)));
        assertEquals(Urgency.OVERDUE, deadline.urgency(EntryStatus.QUEUED, completed, completed.plusDays(31)));
    }

    @Test
    void exportedAndReportedEntriesAreNeverFlagged() {
        assertEquals(Urgency.ON_TIME, deadline.urgency(EntryStatus.EXPORTED, completed, completed.plusDays(90)));
        assertEquals(Urgency.ON_TIME, deadline.urgency(EntryStatus.REPORTED, completed, completed.plusDays(90)));
    }

    @Test
    void warningIsConfigurable() {
        ReportDeadline early = new ReportDeadline(30, 10);
        assertEquals(Urgency.DUE_SOON, early.urgency(EntryStatus.QUEUED, completed, completed.plusDays(11)));
    }

    @Test
    void rejectsAWarningAfterTheDeadline() {
        assertThrows(IllegalArgumentException.class, () -> new ReportDeadline(30, 31));
        assertThrows(IllegalArgumentException.class, () -> new ReportDeadline(30, -1));
        assertThrows(IllegalArgumentException.class, () -> new ReportDeadline(0, 0));
    }
}
