package org.alerrt.tracker.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * TCOLE wants training reported within 30 days of course completion (37 TAC §215.9, §218.5). An entry still queued
 * more than {@code warningDays} after completion is flagged DUE_SOON, and OVERDUE after the deadline; exported or
 * reported entries are no longer ALERRT's to hurry.
 */
public record ReportDeadline(int deadlineDays, int warningDays) {

    public static final int TCOLE_DEADLINE_DAYS = 30;

    public ReportDeadline {
        if (deadlineDays < 1) {
            throw new IllegalArgumentException("The reporting deadline must be at least 1 day, was " + deadlineDays);
        }
        if (warningDays < 0 || warningDays > deadlineDays) {
            throw new IllegalArgumentException("The due warning must be 0 to " + deadlineDays + " days, was "
                    + warningDays);
        }
    }

    public LocalDate dueBy(LocalDate completedOn) {
        return completedOn.plusDays(deadlineDays);
    }

    public Urgency urgency(EntryStatus status, LocalDate completedOn, LocalDate today) {
        if (status != EntryStatus.QUEUED) {
            return Urgency.ON_TIME;
        }
        long days = ChronoUnit.DAYS.between(completedOn, today);
        if (days > deadlineDays) {
            return Urgency.OVERDUE;
        }
        return days > warningDays ? Urgency.DUE_SOON : Urgency.ON_TIME;
    }
}
