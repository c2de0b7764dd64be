package org.alerrt.tracker.lrs.domain;

import java.time.Instant;

/**
 * The filters of GET /statements (Communication §2.1.3) after validation, how to render the result, plus the
 * cursor of a "more" link: the seq of the last statement already returned. A "more" link carries all of it except
 * {@code restrictToCredential}: when set, it limits the result to statements stored with that LRS credential
 * (scope {@code statements/read/mine}, Communication §4.2) and is re-applied from the caller on every request.
 */
public record StatementQuery(
        String agentIfi,
        String verb,
        String activity,
        String registration,
        boolean relatedAgents,
        boolean relatedActivities,
        Instant since,
        Instant until,
        int limit,
        boolean ascending,
        StatementFormat format,
        boolean attachments,
        Long cursor,
        Long restrictToCredential) {

    public StatementQuery after(long lastSeq) {
        return with(lastSeq, restrictToCredential);
    }

    public StatementQuery restrictedTo(Long credentialId) {
        return with(cursor, credentialId);
    }

    private StatementQuery with(Long cursor, Long restrictToCredential) {
        return new StatementQuery(
                agentIfi,
                verb,
                activity,
                registration,
                relatedAgents,
                relatedActivities,
                since,
                until,
                limit,
                ascending,
                format,
                attachments,
                cursor,
                restrictToCredential);
    }

    /** Whether any filter applies that a StatementRef's target can satisfy (§2.1.3.s3: not since/until/limit). */
    public boolean hasTargetFilters() {
        return agentIfi != null || verb != null || activity != null || registration != null;
    }
}
