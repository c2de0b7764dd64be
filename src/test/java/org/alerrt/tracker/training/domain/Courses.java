package org.alerrt.tracker.training.domain;

import java.util.List;

/** Test catalogue entries. */
final class Courses {

    private Courses() {
    }

    static Course levelOne() {
        return new Course(new CourseDefinition(new TcoleCourseNumber("3311"), "Level I", Delivery.DIRECT, 16, true,
                CompletionRule.PASSED, List.of("https://alerrt.org/xapi/courses/3311")));
    }

    static Course levelOneTrainTheTrainer() {
        return new Course(new CourseDefinition(new TcoleCourseNumber("3315"), "Level I Train-the-Trainer",
                Delivery.DIRECT, 40, true, CompletionRule.PASSED, List.of("https://alerrt.org/xapi/courses/3315")));
    }

    static Course fireAsAWeapon(CompletionRule rule) {
        return new Course(new CourseDefinition(new TcoleCourseNumber("3356"), "Fire as a Weapon", Delivery.ONLINE,
                4, true, rule, List.of("https://alerrt.org/xapi/courses/3356")));
    }
}
