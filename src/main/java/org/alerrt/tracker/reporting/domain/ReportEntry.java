package org.alerrt.tracker.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One record ALERRT must file with TCOLE: an original report of a completion, or a correction (AMEND, WITHDRAW) of
 * one already exported. A completion can have several entries over time; {@code origin} names the cause of each
 * (unique, so a redelivered event adds nothing). {@code dueFrom} starts the 30-day clock: the completion date of an
 * original, the day a correction was queued. {@code notes} is the roster's notes column (3312 module, correction).
 */
public record ReportEntry(
        Long id,
        long completionId,
        long learnerId,
        EntryKind kind,
        RecordSnapshot record,
        int revision,
        EntryStatus status,
        Long rosterId,
        Long correctsEntryId,
        LocalDate dueFrom,
        String notes,
        String statusReason,
        Instant queuedAt,
        Instant statusChangedAt,
        String origin) {

    public ReportEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueFrom, "dueFrom");
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(origin, "origin");
        statusChangedAt = statusChangedAt == null ? queuedAt : statusChangedAt;
        notes = notes == null ? "" : notes;
        if (revision < 1) {
            throw new IllegalArgumentException("revision starts at 1, was " + revision);
        }
        if (status == EntryStatus.QUEUED && rosterId != null) {
            throw new IllegalArgumentException("A queued entry belongs to no roster yet");
        }
        if (status != EntryStatus.QUEUED && status != EntryStatus.WITHDRAWN && rosterId == null) {
            throw new IllegalArgumentException("A " + status + " entry belongs to a roster");
        }
    }

    /** The first report of a credited completion (ONLINE or DIRECT delivery: ALERRT reports those). */
    public static ReportEntry original(
            long completionId, long learnerId, RecordSnapshot record, int revision, Instant queuedAt) {
        if (!record.delivery().reportedByAlerrt()) {
            throw new IllegalArgumentException(
                    record.delivery() + " delivery is reported by the agency, not queued for ALERRT");
        }
        return new ReportEntry(
                null,
                completionId,
                learnerId,
                EntryKind.ORIGINAL,
                record,
                revision,
                EntryStatus.QUEUED,
                null,
                null,
                record.completedOn(),
                record.moduleDescription(),
                null,
                queuedAt,
                queuedAt,
                "credit:" + completionId);
    }

    /** A correction of {@code reported} (which left ALERRT in roster {@code reported.rosterId()}). */
    public static ReportEntry correction(
            ReportEntry reported,
            EntryKind kind,
            RecordSnapshot record,
            int revision,
            String notes,
            LocalDate today,
            Instant queuedAt,
            String origin) {
        if (kind == EntryKind.ORIGINAL) {
            throw new IllegalArgumentException("A correction amends or withdraws");
        }
        return new ReportEntry(
                null,
                reported.completionId,
                reported.learnerId,
                kind,
                record,
                revision,
                EntryStatus.QUEUED,
                null,
                reported.id,
                today,
                notes,
                null,
                queuedAt,
                queuedAt,
                origin);
    }

    /** The new entry that replaces a rejected one: same kind, the deadline of the record it replaces. */
    public static ReportEntry replacement(
            ReportEntry rejected, RecordSnapshot record, int revision, String notes, Instant queuedAt, String origin) {
        if (rejected.status != EntryStatus.REJECTED) {
            throw new IllegalArgumentException("Only a rejected entry is replaced, this one is " + rejected.status);
        }
        return new ReportEntry(
                null,
                rejected.completionId,
                rejected.learnerId,
                rejected.kind,
                record,
                revision,
                EntryStatus.QUEUED,
                null,
                rejected.id,
                rejected.dueFrom,
                notes,
                null,
                queuedAt,
                queuedAt,
                origin);
    }

    public String pid() {
        return record.pid();
    }

    public String firstName() {
        return record.firstName();
    }

    public String lastName() {
        return record.lastName();
    }

    public String agency() {
        return record.agency();
    }

    public String tcoleNumber() {
        return record.tcoleNumber();
    }

    public String courseTitle() {
        return record.courseTitle();
    }

    public Delivery delivery() {
        return record.delivery();
    }

    public LocalDate completedOn() {
        return record.completedOn();
    }

    public int creditHours() {
        return record.creditHours();
    }

    public List<String> instructors() {
        return record.instructors();
    }
}
