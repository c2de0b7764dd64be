package org.alerrt.tracker.training.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.api.TrainingUnit;

/**
 * How many hours a result earns (rulebook, credit rules): a pass the course's catalogue hours, a 3312 Update module
 * the hours its record states (1 to 24), a Train-the-Trainer whose user portion was passed but whose teach-back was
 * not the user course's hours; a fail none. A 3312 module that would take the officer past {@code updateCapHours} in
 * one training unit waits for an administrator's decision instead of counting.
 */
public record CreditRule(TrainerCourses trainers, TcoleCourseNumber updateCourse, int updateCapHours) {

    /** The outcome and hours of one result, with what must hold it for review and what an admin should know. */
    public record Credit(Outcome outcome, int hours, List<String> reviewReasons, List<String> warnings) {
        public Credit {
            reviewReasons = List.copyOf(reviewReasons);
            warnings = List.copyOf(warnings);
        }
    }

    public Credit creditFor(
            Course course,
            Outcome verbOutcome,
            boolean userPortionPassed,
            CompletionFacts facts,
            Function<TcoleCourseNumber, Optional<Course>> catalogue) {
        List<String> review = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean module = course.number().equals(updateCourse);
        if (facts.moduleHours() != null && !module) {
            warnings.add("module hours ignored: " + course.number() + " has fixed catalogue hours ("
                    + course.creditHours() + " h)");
        }
        if (verbOutcome == Outcome.PASSED) {
            int hours = module && facts.moduleHours() != null ? facts.moduleHours() : course.creditHours();
            if (module && facts.moduleDescription() == null) {
                warnings.add("3312 Update module without a description: the roster's notes column stays empty");
            }
            return new Credit(Outcome.PASSED, hours, review, warnings);
        }
        if (verbOutcome == Outcome.FAILED && userPortionPassed) {
            Optional<Course> userCourse = trainers.userCourseOf(course.number()).flatMap(catalogue);
            if (userCourse.isPresent()) {
                return new Credit(Outcome.PARTIAL, userCourse.get().creditHours(), review, warnings);
            }
            review.add("user portion passed but " + course.number()
                    + " has no user course configured for partial credit (tracker.training.trainer-courses)");
            return new Credit(Outcome.PARTIAL, 0, review, warnings);
        }
        return new Credit(Outcome.FAILED, 0, review, warnings);
    }

    /**
     * The 3312 cap: empty when {@code hours} more still fit into the unit, else why the module must be decided on.
     *
     * @param creditedInUnit 3312 hours the officer already has in the unit (other modules)
     */
    public Optional<String> overCap(TcoleCourseNumber course, int creditedInUnit, int hours, TrainingUnit unit) {
        if (!course.equals(updateCourse) || creditedInUnit + hours <= updateCapHours) {
            return Optional.empty();
        }
        return Optional.of(course + " Update hours in training unit " + unit + " would reach "
                + (creditedInUnit + hours) + " (at most " + updateCapHours
                + " count): decide how many of this module's "
                + hours + " h count");
    }
}
