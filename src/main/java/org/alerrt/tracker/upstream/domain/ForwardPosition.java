package org.alerrt.tracker.upstream.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Where forwarding to one upstream stands: every statement stored here up to {@code position} (the LRS's stored
 * order) has been sent and accepted, dead-lettered, or left out by the rules. It moves only in the transaction
 * that records a batch's outcome, so a crash sends a batch again (at least once; the remote keeps ids, so in effect
 * once).
 *
 * @param lastStored the stored time of the last statement passed
 * @param caughtUp the last run read everything stored before its settle time
 */
public record ForwardPosition(
        long upstreamId,
        ForwardSettings settings,
        long position,
        long forwarded,
        Instant lastStored,
        boolean caughtUp,
        Instant lastRunAt,
        Instant lastSuccessAt,
        String lastError,
        Instant lastErrorAt,
        long deadLetters) {

    /** How far forwarding trails: nothing once caught up, else the age of the last statement passed. */
    public Duration lag(Instant now) {
        if (caughtUp || lastStored == null) {
            return Duration.ZERO;
        }
        return Duration.between(lastStored, now);
    }
}
