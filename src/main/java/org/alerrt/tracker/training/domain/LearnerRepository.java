package org.alerrt.tracker.training.domain;

import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.lrs.domain.ActorIdentity;

/** Learner records. */
public interface LearnerRepository {

    /** Ordered by id; {@code query} matches names, PID, agency or actor (case-insensitive), null for all. */
    List<Learner> search(String query, long afterId, int limit);

    Optional<Learner> find(long id);

    Optional<Learner> findByActor(ActorIdentity actor);

    void add(Learner learner);
}
