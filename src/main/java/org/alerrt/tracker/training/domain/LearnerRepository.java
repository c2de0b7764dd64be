package org.alerrt.tracker.training.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.ActorIdentity;

/** Learner records. */
public interface LearnerRepository {

    /** Ordered by id; {@code query} matches names, PID, agency or actor (case-insensitive), null for all. */
    List<Learner> search(String query, long afterId, int limit);

    Optional<Learner> find(long id);

    /** The learners with these ids, in one query (an admin list names a page of learners at once). */
    List<Learner> findAll(Collection<Long> ids);

    /** Ordered by id, after {@code afterId}; {@code agency} matched ignoring case, null for every learner. */
    List<Learner> ofAgency(String agency, long afterId, int limit);

    /** By the learner's actor, or by one of its further actors ({@link #aliases}). */
    Optional<Learner> findByActor(ActorIdentity actor);

    /** The learners with this PID (normally one; PIDs are not unique in the schema, imports may repeat one). */
    List<Learner> findByPid(Pid pid);

    /** Further actors of the learner that statements may use (oldest first), besides {@link Learner#actor()}. */
    List<ActorIdentity> aliases(long learnerId);

    /** Adds a further actor; the caller checks it belongs to no other learner. */
    void addAlias(long learnerId, ActorIdentity actor);

    void add(Learner learner);

    /**
     * Locks the learner's row until the transaction ends and reloads it, so that statements and admin changes
     * about one learner (credit released on a pass or on a PID) run one after the other, on any instance.
     */
    Learner lock(Learner learner);
}
