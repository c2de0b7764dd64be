package org.alerrt.tracker.training.application;

import java.time.LocalDate;
import org.alerrt.tracker.training.domain.Completion;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.Outcome;

/** A completion with the learner and course facts a list shows (read model for the API and pages). */
public record CompletionView(long id, long learnerId, String firstName, String lastName, String pid,
                             boolean pidMissing, String tcoleNumber, String courseTitle, String registration,
                             Outcome outcome, int creditHours, boolean countsTowardMandate, LocalDate completedOn,
                             boolean creditReleased) {

    public static CompletionView of(Completion c, Learner l, Course course) {
        return new CompletionView(c.id(), c.learnerId(), l.firstName(), l.lastName(),
                l.pid().map(Object::toString).orElse(null), l.pidMissing(), c.tcoleNumber().value(),
                course.title(), c.registration(), c.outcome(), c.creditHours(), course.countsTowardMandate(),
                c.completedOn(), c.creditReleased());
    }
}
