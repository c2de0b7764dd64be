package org.alerrt.tracker.training.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.alerrt.tracker.training.domain.Completion;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.Learner;

/**
 * Domain events the training context publishes (the contract in docs/architecture.md).
 * {@link #COMPLETION_CREDITED}: a completion that earns credit and whose learner has a PID, published once.
 */
public final class TrainingEvents {

    public static final String COMPLETION_CREDITED = "training.completion-credited";

    private TrainingEvents() {
    }

    /** Names and agency are "" when unknown, so subscribers never meet JSON null in a string field. */
    public static JsonObject completionCredited(Completion completion, Learner learner, Course course) {
        return Json.createObjectBuilder()
                .add("completionId", completion.id())
                .add("learnerId", learner.id())
                .add("firstName", orEmpty(learner.firstName()))
                .add("lastName", orEmpty(learner.lastName()))
                .add("pid", learner.pid().orElseThrow(() -> new IllegalStateException(
                        "credit released for learner " + learner.id() + " without a PID")).value())
                .add("agency", orEmpty(learner.agency()))
                .add("tcoleNumber", course.number().value())
                .add("courseTitle", course.title())
                .add("delivery", course.delivery().name())
                .add("creditHours", completion.creditHours())
                .add("countsTowardMandate", course.countsTowardMandate())
                .add("completedOn", completion.completedOn().toString())
                .add("registration", completion.registration())
                .build();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
