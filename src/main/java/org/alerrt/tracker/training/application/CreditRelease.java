package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.alerrt.tracker.platform.audit.AuditTrail;
import org.alerrt.tracker.platform.events.EventPublisher;
import org.alerrt.tracker.training.api.CompletionWithdrawn;
import org.alerrt.tracker.training.domain.Completion;
import org.alerrt.tracker.training.domain.CompletionRepository;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.CourseRepository;
import org.alerrt.tracker.training.domain.Learner;

/**
 * Hands credited completions on to certificates and reporting, and takes credit back: sets the completion's state
 * and writes the event to the outbox in the same transaction, so each event is published exactly once.
 */
@ApplicationScoped
public class CreditRelease {

    @Inject
    CompletionRepository completions;

    @Inject
    CourseRepository courses;

    @Inject
    EventPublisher events;

    @Inject
    AuditTrail audit;

    /** @return true when the event was published now */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean releaseIfDue(Learner learner, Completion completion, Course course) {
        if (learner.pidMissing() || !completion.releaseCredit()) {
            return false;
        }
        events.publish(
                TrainingEvents.COMPLETION_CREDITED, TrainingEvents.completionCredited(completion, learner, course));
        return true;
    }

    /** A new revision of released credit (what is certified changed): certificates and reports are replaced. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishRevision(Learner learner, Completion completion, Course course) {
        if (learner.pidMissing() || !completion.creditReleased() || !completion.earnsCredit()) {
            return;
        }
        events.publish(
                TrainingEvents.COMPLETION_CREDITED, TrainingEvents.completionCredited(completion, learner, course));
    }

    /**
     * After the officer's PID or name changed: every released credit gets a new revision, so the certificates
     * (reissued) and queued reports state the corrected details. @return how many were revised
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reviseReleased(Learner learner) {
        if (learner.pidMissing()) {
            return 0;
        }
        int revised = 0;
        for (Completion c : completions.released(learner.id())) {
            if (c.revise()) {
                publishRevision(learner, c, courses.find(c.tcoleNumber()).orElseThrow());
                audit.record(
                        AuditTrail.SYSTEM,
                        CompletionService.SUBJECT,
                        c.id(),
                        "REVISED",
                        "the officer's PID or name changed after certification",
                        "revision " + c.creditRevision());
                revised++;
            }
        }
        return revised;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publishWithdrawal(CompletionWithdrawn withdrawn) {
        events.publish(TrainingEvents.COMPLETION_WITHDRAWN, withdrawn.toJson());
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
