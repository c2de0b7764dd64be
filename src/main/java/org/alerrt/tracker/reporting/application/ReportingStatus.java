package org.alerrt.tracker.reporting.application;

import java.time.Instant;

/**
 * Where a completion stands with ALERRT's TCOLE reporting, for pages of other contexts (the certificate and the verify
 * page say who reports a record and whether ALERRT already did). {@code state} is the report entry's status name;
 * {@code reportedAt} is set once the roster holding it was confirmed as uploaded.
 */
public record ReportingStatus(long completionId, String state, Instant reportedAt) {

    public boolean reported() {
        return reportedAt != null;
    }
}
