package org.alerrt.tracker.upstream.domain;

import java.time.Instant;

/**
 * A statement an upstream refused: kept with the remote's answer for an administrator to correct and retry, or
 * discard. Forwarding goes on past it (the statements after it are not held back).
 *
 * @param httpStatus the remote's status, null when the refusal was decided here (a 409 for another statement)
 */
public record DeadLetter(
        long id,
        long upstreamId,
        String statementId,
        long position,
        String document,
        Integer httpStatus,
        String error,
        Instant createdAt,
        Instant retriedAt) {}
