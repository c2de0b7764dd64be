package org.alerrt.tracker.training.api;

import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.ActorIdentity;

/**
 * Training's learners as the launchers (cmi5, Tin Can, the learner portal) need them: the learner an xAPI actor
 * stands for, and the further actors that count for a learner.
 */
public interface Learners {

    /**
     * The learner the actor stands for (as its own actor or a further one), or a new learner with this name and
     * actor (no PID yet). Refuses (INVALID, naming the field) a name or actor training cannot record.
     */
    LearnerSummary findOrRegister(ActorIdentity actor, LearnerName name);

    Optional<LearnerSummary> find(long learnerId);

    /** The learner's further actors (see {@link #addActorAlias}), oldest first. */
    List<ActorIdentity> actorAliases(long learnerId);

    /**
     * Lets statements about a further actor count for this learner. Idempotent; refuses (CONFLICT) an actor of
     * another learner, (NOT_FOUND) an unknown learner.
     */
    void addActorAlias(long learnerId, ActorIdentity actor);
}
