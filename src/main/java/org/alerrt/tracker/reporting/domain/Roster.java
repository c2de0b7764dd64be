package org.alerrt.tracker.reporting.domain;

import java.time.Instant;

/**
 * A batch of queue entries exported together for upload to TCLEDDS. It is EXPORTED when created and REPORTED once
 * an admin confirms the upload; that confirmation is recorded once (the first time) and never again.
 */
public record Roster(long id, Instant createdAt, String createdBy, int entryCount, Instant reportedAt,
                     String reportedBy) {

    public EntryStatus status() {
        return reportedAt == null ? EntryStatus.EXPORTED : EntryStatus.REPORTED;
    }
}
