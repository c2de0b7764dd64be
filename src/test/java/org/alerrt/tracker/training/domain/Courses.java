package org.alerrt.tracker.training.domain;

import java.time.LocalDate;
import java.util.List;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/** Test catalogue entries. */
public final class Courses {

    private Courses() {}

    static Course levelOne() {
        return new Course(new CourseDefinition(
                new TcoleCourseNumber("3311"),
                "Level I",
                Delivery.DIRECT,
                16,
                true,
                CompletionRule.PASSED,
                List.of("https://alerrt.org/xapi/courses/3311")));
    }

    static Course levelOneTrainTheTrainer() {
        return new Course(new CourseDefinition(
                new TcoleCourseNumber("3315"),
                "Level I Train-the-Trainer",
                Delivery.DIRECT,
                40,
                true,
                CompletionRule.PASSED,
                List.of("https://alerrt.org/xapi/courses/3315")));
    }

    /** A first attempt that passed, with the course's hours and default facts. */
    public static Completion passed(
            long learnerId, Course course, String registration, LocalDate on, String statementId) {
        return Completion.record(
                learnerId,
                course,
                registration,
                1,
                Outcome.PASSED,
                course.creditHours(),
                on,
                CompletionFacts.defaultsOf(course),
                statementId);
    }

    public static Completion failed(
            long learnerId, Course course, String registration, LocalDate on, String statementId) {
        return Completion.record(
                learnerId,
                course,
                registration,
                1,
                Outcome.FAILED,
                0,
                on,
                CompletionFacts.defaultsOf(course),
                statementId);
    }

    /** A later result of the same attempt. */
    public static boolean apply(Completion c, Course course, Outcome outcome, LocalDate on, String statementId) {
        return c.apply(
                outcome,
                outcome == Outcome.FAILED ? 0 : course.creditHours(),
                on,
                CompletionFacts.defaultsOf(course),
                statementId);
    }

    static Course fireAsAWeapon(CompletionRule rule) {
        return new Course(new CourseDefinition(
                new TcoleCourseNumber("3356"),
                "Fire as a Weapon",
                Delivery.ONLINE,
                4,
                true,
                rule,
                List.of("https://alerrt.org/xapi/courses/3356")));
    }
}
