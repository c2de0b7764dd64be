package org.alerrt.tracker.upstream.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the pull of one upstream stands. It moves only in the transaction that stores a page, so what it says has
 * been pulled has been stored, and a crash or restart resumes from it.
 *
 * @param lastStored the remote's {@code stored} of the latest statement pulled; null before the first
 * @param lastStatementId that statement's id
 * @param more the remote's {@code more} IRL when a result was left part-way (Data §2.5), else null
 * @param pageSeq pages committed so far: the fence of the next one
 * @param pulled statements stored from this upstream (those already here not counted)
 */
public record PullCheckpoint(
        long upstreamId,
        Instant lastStored,
        String lastStatementId,
        String more,
        long pageSeq,
        long pulled,
        Instant lastRunAt,
        Instant lastSuccessAt,
        String lastError,
        Instant lastErrorAt) {

    /** Whether a pull is due: never run, or {@code every} has passed since the last run began. */
    public boolean due(Instant now, Duration every) {
        return lastRunAt == null || !now.isBefore(lastRunAt.plus(every));
    }

    /**
     * The {@code since} of the next query (exclusive, Communication §2.1.3): the configured start before the first
     * pull; later the last stored time less {@code overlap}, because a remote may commit a statement after one with a
     * later {@code stored} (its stored time is taken before its transaction ends), and several statements may share
     * one stored time. What the overlap reads again is recognised by {@link PulledPage} and not stored twice.
     */
    public Instant since(Instant configuredSince, Duration overlap) {
        if (lastStored == null) {
            return configuredSince;
        }
        Instant from = lastStored.minus(overlap);
        return configuredSince != null && configuredSince.isAfter(from) ? configuredSince : from;
    }

    /** How far the pull trails the present: the age of the latest statement pulled (null before the first). */
    public Duration lag(Instant now) {
        return lastStored == null ? null : Duration.between(lastStored, now);
    }
}
