package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.alerrt.tracker.platform.events.EventPublisher;
import org.alerrt.tracker.training.domain.Completion;
import org.alerrt.tracker.training.domain.CompletionRepository;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.CourseRepository;
import org.alerrt.tracker.training.domain.Learner;

/**
 * Hands credited completions on to certificates and reporting: sets the completion's released flag and writes
 * the event to the outbox in the same transaction, so the event is published exactly once.
 */
@ApplicationScoped
public class CreditRelease {

    @Inject
    CompletionRepository completions;

    @Inject
    CourseRepository courses;

    @Inject
    EventPublisher events;

    /** @return true when the event was published now */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean releaseIfDue(Learner learner, Completion completion, Course course) {
        if (learner.pidMissing() || !completion.releaseCredit()) {
            return false;
        }
        events.publish(TrainingEvents.COMPLETION_CREDITED,
                TrainingEvents.completionCredited(completion, learner, course));
        return true;
    }

    /** After a PID is set: everything the learner earned while it was missing. @return how many were released */
    @Transactional(Transactional.TxType.MANDATORY)
    public int releaseHeld(Learner learner) {
        if (learner.pidMissing()) {
            return 0;
        }
        int released = 0;
        for (Completion c : completions.heldCredit(learner.id())) {
            Course course = courses.find(c.tcoleNumber()).orElseThrow();
            if (releaseIfDue(learner, c, course)) {
                released++;
            }
        }
        return released;
    }
}
