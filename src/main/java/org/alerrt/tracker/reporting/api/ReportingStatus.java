package org.alerrt.tracker.reporting.api;

import java.time.Instant;

/**
 * Where a completion stands with ALERRT's TCOLE reporting, for pages of other contexts (the certificate and the verify
 * page say who reports a record and whether ALERRT already did). {@code state} is the status name of the completion's
 * latest entry; {@code reportedAt} is when the record TCOLE holds was submitted (null before that).
 */
public record ReportingStatus(long completionId, String state, Instant reportedAt) {

    public boolean reported() {
        return reportedAt != null;
    }

    /** TCOLE refused the latest record and ALERRT has not re-queued it yet. */
    public boolean rejected() {
        return "REJECTED".equals(state);
    }
}
