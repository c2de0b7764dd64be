package org.alerrt.tracker.lrs.domain;

import java.time.Instant;

/**
 * The filters of GET /statements (Communication §2.1.3) after validation, plus the cursor of a "more" link:
 * the seq of the last statement already returned. {@code restrictToCredential}, when set, limits the result to
 * statements stored with that LRS credential (scope {@code statements/read/mine}, Communication §4.2); it is
 * never part of a "more" token but re-applied from the caller on every request.
 */
public record StatementQuery(String agentIfi, String verb, String activity, String registration, Instant since,
                             Instant until, int limit, boolean ascending, Long cursor, Long restrictToCredential) {

    public StatementQuery(String agentIfi, String verb, String activity, String registration, Instant since,
                          Instant until, int limit, boolean ascending, Long cursor) {
        this(agentIfi, verb, activity, registration, since, until, limit, ascending, cursor, null);
    }

    public StatementQuery after(long lastSeq) {
        return new StatementQuery(agentIfi, verb, activity, registration, since, until, limit, ascending, lastSeq,
                restrictToCredential);
    }

    public StatementQuery restrictedTo(Long credentialId) {
        return new StatementQuery(agentIfi, verb, activity, registration, since, until, limit, ascending, cursor,
                credentialId);
    }
}
