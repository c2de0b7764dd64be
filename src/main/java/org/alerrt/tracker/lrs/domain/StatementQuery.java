package org.alerrt.tracker.lrs.domain;

import java.time.Instant;

/**
 * The filters of GET /statements (Communication §2.1.3) after validation, how to render the result, plus the
 * cursor of a "more" link: the seq of the last statement already returned. A "more" link carries all of it.
 */
public record StatementQuery(String agentIfi, String verb, String activity, String registration,
                             boolean relatedAgents, boolean relatedActivities, Instant since, Instant until,
                             int limit, boolean ascending, StatementFormat format, boolean attachments, Long cursor) {

    public StatementQuery after(long lastSeq) {
        return new StatementQuery(agentIfi, verb, activity, registration, relatedAgents, relatedActivities, since,
                until, limit, ascending, format, attachments, lastSeq);
    }

    /** Whether any filter applies that a StatementRef's target can satisfy (§2.1.3.s3: not since/until/limit). */
    public boolean hasTargetFilters() {
        return agentIfi != null || verb != null || activity != null || registration != null;
    }
}
