package org.alerrt.tracker.reporting.domain;

import java.time.Instant;

/**
 * What reporting knows of one completion across its events: the highest credit revision applied (0 before the first)
 * and whether the credit was withdrawn. A credit older than {@code revision}, or arriving after the withdrawal, changes
 * nothing.
 */
public record CompletionTrack(long completionId, int revision, Instant withdrawnAt, String withdrawnWhy) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean applies(int creditRevision) {
        return !withdrawn() && creditRevision > revision;
    }
}
