package org.alerrt.tracker.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One completion ALERRT must report to TCOLE, with the snapshot the roster needs (copied when queued, so the
 * roster shows what was true at completion). At most one entry per completion.
 */
public record ReportEntry(Long id, long completionId, long learnerId, String pid, String firstName, String lastName,
                          String agency, String tcoleNumber, String courseTitle, Delivery delivery,
                          LocalDate completedOn, int creditHours, EntryStatus status, Long rosterId,
                          Instant queuedAt) {

    public ReportEntry {
        pid = required(pid, "pid", 20);
        firstName = required(firstName, "firstName", 100);
        lastName = required(lastName, "lastName", 100);
        agency = agency == null || agency.isBlank() ? null : agency.strip();
        tcoleNumber = required(tcoleNumber, "tcoleNumber", 10);
        courseTitle = required(courseTitle, "courseTitle", 300);
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(queuedAt, "queuedAt");
        if (creditHours < 0) {
            throw new IllegalArgumentException("creditHours must be a whole number of hours >= 0, was " + creditHours);
        }
        if ((status == EntryStatus.QUEUED) != (rosterId == null)) {
            throw new IllegalArgumentException("Only an exported or reported entry belongs to a roster");
        }
    }

    /** A new queue entry for a credited completion. */
    public static ReportEntry queue(long completionId, long learnerId, String pid, String firstName, String lastName,
                                    String agency, String tcoleNumber, String courseTitle, Delivery delivery,
                                    LocalDate completedOn, int creditHours, Instant queuedAt) {
        if (!delivery.reportedByAlerrt()) {
            throw new IllegalArgumentException(delivery + " delivery is reported by the agency, not queued for ALERRT");
        }
        return new ReportEntry(null, completionId, learnerId, pid, firstName, lastName, agency, tcoleNumber,
                courseTitle, delivery, completedOn, creditHours, EntryStatus.QUEUED, null, queuedAt);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return v;
    }
}
