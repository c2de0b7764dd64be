package org.alerrt.tracker.reporting.domain;

import java.time.Instant;

/**
 * A batch of entries exported together for upload to TCOLE. EXPORTED when created (its CSV then never changes:
 * {@code csvSha256} is the digest of the bytes written at export), SUBMITTED once an admin records the upload with
 * TCOLE's batch reference, ACCEPTED once TCOLE confirmed it. Each step is recorded once.
 * {@code columnsSpec}/{@code headersSpec} are the roster layout it was written with (null for rosters exported
 * before layouts were kept: they use today's).
 */
public record Roster(
        long id,
        Instant createdAt,
        String createdBy,
        int entryCount,
        Instant submittedAt,
        String submittedBy,
        String tcoleReference,
        Instant acceptedAt,
        String acceptedBy,
        String columnsSpec,
        String headersSpec,
        String csvSha256) {

    public EntryStatus status() {
        if (acceptedAt != null) {
            return EntryStatus.ACCEPTED;
        }
        return submittedAt == null ? EntryStatus.EXPORTED : EntryStatus.SUBMITTED;
    }
}
