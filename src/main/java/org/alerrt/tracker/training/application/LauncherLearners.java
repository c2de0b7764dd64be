package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.training.api.LearnerName;
import org.alerrt.tracker.training.api.LearnerSummary;
import org.alerrt.tracker.training.api.Learners;
import org.alerrt.tracker.training.domain.InvalidValueException;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.LearnerDetails;

/** {@link Learners} for the launchers, through {@link LearnerService}. */
@ApplicationScoped
public class LauncherLearners implements Learners {

    @Inject
    LearnerService learners;

    @Override
    @Transactional
    public LearnerSummary findOrRegister(ActorIdentity actor, LearnerName name) {
        Learner learner = learners.findByActor(actor).orElseGet(() -> {
            try {
                LearnerDetails details = new LearnerDetails(name.firstName(), name.lastName(), Optional.empty(), null);
                return learners.create(details, actor, Optional.empty());
            } catch (InvalidValueException e) {
                throw e.toRefusal();
            }
        });
        return summary(learner);
    }

    @Override
    @Transactional
    public Optional<LearnerSummary> find(long learnerId) {
        return learners.get(learnerId).map(LauncherLearners::summary);
    }

    @Override
    @Transactional
    public List<ActorIdentity> actorAliases(long learnerId) {
        return learners.actorAliases(learnerId);
    }

    @Override
    @Transactional
    public void addActorAlias(long learnerId, ActorIdentity actor) {
        learners.addActorAlias(learnerId, actor);
    }

    private static LearnerSummary summary(Learner learner) {
        return new LearnerSummary(learner.id(), learner.firstName(), learner.lastName(), learner.actor());
    }
}
