package org.alerrt.tracker.training.application;

import jakarta.json.JsonObject;
import org.alerrt.tracker.training.api.CompletionCredited;
import org.alerrt.tracker.training.api.CompletionWithdrawn;
import org.alerrt.tracker.training.domain.Completion;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.Outcome;

/**
 * Domain events the training context publishes (the contract in docs/architecture.md).
 * {@link #COMPLETION_CREDITED}: a completion that earns credit and whose learner has a PID, published once per
 * revision (a new revision when what a certificate states about the officer changes, e.g. the PID).
 * {@link #COMPLETION_WITHDRAWN}: released credit taken back ({@link CompletionWithdrawn}).
 */
public final class TrainingEvents {

    public static final String COMPLETION_CREDITED = "training.completion-credited";
    public static final String COMPLETION_WITHDRAWN = "training.completion-withdrawn";

    private TrainingEvents() {}

    public static JsonObject completionCredited(Completion completion, Learner learner, Course course) {
        return new CompletionCredited(
                        completion.id(),
                        learner.id(),
                        orEmpty(learner.firstName()),
                        orEmpty(learner.lastName()),
                        learner.pid()
                                .orElseThrow(() -> new IllegalStateException(
                                        "credit released for learner " + learner.id() + " without a PID"))
                                .value(),
                        orEmpty(learner.agency()),
                        course.number().value(),
                        course.title(),
                        completion.delivery().name(),
                        completion.creditHours(),
                        course.countsTowardMandate(),
                        completion.completedOn(),
                        completion.registration(),
                        completion.instructorPids(),
                        completion.startedOn(),
                        orEmpty(completion.moduleDescription()),
                        completion.outcome() == Outcome.PARTIAL,
                        completion.creditRevision())
                .toJson();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
