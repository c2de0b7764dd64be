package org.alerrt.tracker.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * TCOLE wants training reported within 30 days of course completion (37 TAC §215.9, §218.5). Every state that can
 * still miss it is flagged: a QUEUED or REJECTED entry more than {@code warningDays} after its due-from date is
 * DUE_SOON, and OVERDUE after the deadline; an EXPORTED roster that nobody confirmed as submitted is DUE_SOON once it
 * is {@code unsubmittedWarningDays} old (a file on someone's desk reports nothing) and OVERDUE after the deadline.
 * Submitted, accepted, corrected and withdrawn entries are no longer ALERRT's to hurry.
 */
public record ReportDeadline(int deadlineDays, int warningDays, int unsubmittedWarningDays) {

    public static final int TCOLE_DEADLINE_DAYS = 30;

    public ReportDeadline {
        if (deadlineDays < 1) {
            throw new IllegalArgumentException("The reporting deadline must be at least 1 day, was " + deadlineDays);
        }
        if (warningDays < 0 || warningDays > deadlineDays) {
            throw new IllegalArgumentException(
                    "The due warning must be 0 to " + deadlineDays + " days, was " + warningDays);
        }
        if (unsubmittedWarningDays < 0) {
            throw new IllegalArgumentException(
                    "The unsubmitted-roster warning must be 0 days or more, was " + unsubmittedWarningDays);
        }
    }

    public LocalDate dueBy(LocalDate dueFrom) {
        return dueFrom.plusDays(deadlineDays);
    }

    /** @param exportedOn the day the entry's roster was exported; null when it is in none */
    public Urgency urgency(EntryStatus status, LocalDate dueFrom, LocalDate exportedOn, LocalDate today) {
        if (status != EntryStatus.QUEUED && status != EntryStatus.REJECTED && status != EntryStatus.EXPORTED) {
            return Urgency.ON_TIME;
        }
        long days = ChronoUnit.DAYS.between(dueFrom, today);
        if (days > deadlineDays) {
            return Urgency.OVERDUE;
        }
        if (status == EntryStatus.EXPORTED) {
            return exportedOn != null && ChronoUnit.DAYS.between(exportedOn, today) >= unsubmittedWarningDays
                    ? Urgency.DUE_SOON
                    : Urgency.ON_TIME;
        }
        return status == EntryStatus.REJECTED || days > warningDays ? Urgency.DUE_SOON : Urgency.ON_TIME;
    }
}
