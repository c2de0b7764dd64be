package org.alerrt.tracker.lrs.domain;

import java.time.Instant;

/**
 * The filters of GET /statements (Communication §2.1.3) after validation, plus the cursor of a "more" link:
 * the seq of the last statement already returned.
 */
public record StatementQuery(String agentIfi, String verb, String activity, String registration, Instant since,
                             Instant until, int limit, boolean ascending, Long cursor) {

    public StatementQuery after(long lastSeq) {
        return new StatementQuery(agentIfi, verb, activity, registration, since, until, limit, ascending, lastSeq);
    }
}
