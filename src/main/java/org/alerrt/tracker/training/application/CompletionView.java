package org.alerrt.tracker.training.application;

import java.time.LocalDate;
import java.util.List;
import org.alerrt.tracker.training.domain.Completion;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.Delivery;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.Outcome;

/**
 * A completion with the learner and course facts a list shows (read model for the API and pages).
 * {@code creditHours} is what counts now; {@code proposedHours} what the result would earn (differs while a decision
 * is pending, or after a withdrawal). {@code creditHeld}: earned but waiting for the officer's PID.
 */
public record CompletionView(
        long id,
        long learnerId,
        String firstName,
        String lastName,
        String pid,
        boolean pidMissing,
        String tcoleNumber,
        String courseTitle,
        String registration,
        int attempt,
        Outcome outcome,
        int creditHours,
        int proposedHours,
        boolean countsTowardMandate,
        LocalDate startedOn,
        LocalDate completedOn,
        Delivery delivery,
        List<String> instructorPids,
        String moduleDescription,
        boolean creditReleased,
        boolean creditHeld,
        int revision,
        boolean reviewPending,
        String reviewReason,
        String warning,
        boolean withdrawn,
        String withdrawnReason) {

    public static CompletionView of(Completion c, Learner l, Course course) {
        return new CompletionView(
                c.id(),
                c.learnerId(),
                l.firstName(),
                l.lastName(),
                l.pid().map(Object::toString).orElse(null),
                l.pidMissing(),
                c.tcoleNumber().value(),
                course.title(),
                c.registration(),
                c.attempt(),
                c.outcome(),
                c.creditHours(),
                c.proposedHours(),
                course.countsTowardMandate(),
                c.startedOn(),
                c.completedOn(),
                c.delivery(),
                c.instructorPids(),
                c.moduleDescription(),
                c.creditReleased(),
                c.creditHeld() && l.pidMissing(),
                c.creditRevision(),
                c.reviewPending(),
                c.reviewReason(),
                c.warning(),
                c.withdrawn(),
                c.withdrawnReason());
    }
}
