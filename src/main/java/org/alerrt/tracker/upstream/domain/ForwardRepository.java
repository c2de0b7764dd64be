package org.alerrt.tracker.upstream.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Forwarding settings, positions and dead letters of the upstreams; every method runs in the caller's transaction. */
public interface ForwardRepository extends RunLog {

    Optional<ForwardPosition> find(long upstreamId);

    /** Sets what to forward; {@code position} (when not null) also moves the position there (a new or reset start). */
    void configure(long upstreamId, ForwardSettings settings, Long position, Instant now);

    /**
     * Records a batch: the position moves past it if it is still {@code expectedPosition} (false otherwise: another
     * forwarder recorded it first), and the dead letters are added.
     */
    boolean advance(
            long upstreamId,
            long expectedPosition,
            long newPosition,
            Instant lastStored,
            int forwarded,
            boolean caughtUp,
            List<DeadLetter> deadLetters,
            Instant now);

    List<DeadLetter> deadLetters(long upstreamId);

    Optional<DeadLetter> deadLetter(long upstreamId, long id);

    /** A retry the remote refused again: its answer and the corrected document, if any. */
    void deadLetterRetried(long id, String document, Integer httpStatus, String error, Instant now);

    /** Whether it existed. */
    boolean deleteDeadLetter(long upstreamId, long id);
}
