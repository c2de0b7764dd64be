package org.alerrt.tracker.upstream.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The upstream LRSs and their pull checkpoints; every method runs in the caller's transaction. */
public interface UpstreamRepository extends RunLog {

    /** A new upstream with an empty checkpoint; its id. */
    long insert(UpstreamDefinition definition, String sealedSecret, Instant now);

    /** @param sealedSecret null keeps the stored one; whether the upstream exists */
    boolean update(long id, UpstreamDefinition definition, String sealedSecret, Instant now);

    /** Marks it as defined by the upstream file (or hands it over to the API and page). */
    void fromFile(long id, boolean fromFile);

    /** With its checkpoint; whether it existed. */
    boolean delete(long id);

    Optional<Upstream> find(long id);

    Optional<Upstream> findByName(String name);

    List<Upstream> list();

    Optional<PullCheckpoint> checkpoint(long upstreamId);

    /**
     * Moves the checkpoint past a stored page if it still is at {@code expectedPageSeq}; false when another puller
     * moved it first (the caller then rolls back its page).
     */
    boolean advance(long upstreamId, long expectedPageSeq, PulledPage page, int stored, Instant now);
}
