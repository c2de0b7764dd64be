package org.alerrt.tracker.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.platform.config.SettingsValidator;
import org.junit.jupiter.api.Test;

/** The Level 1 settings stop the start when they are bad (their defaults: SettingsDocumentedTest). */
class TrainingSettingsCheckTest {

    private static List<String> problems(String key, String value) {
        return SettingsValidator.problems(
                new TrainingSettingsCheck().settings(),
                k -> Optional.ofNullable(
                        k.equals(key) ? new SettingsValidator.Configured(value, "Environment") : null));
    }

    @Test
    void level1CoursesAreCourseNumbers() {
        assertEquals(List.of(), problems(TrainingSettings.LEVEL1_COURSES, "3311,3315,3355"));
        assertEquals(
                List.of("Invalid setting tracker.training.level1-courses = '3311 3315' (from Environment): must"
                        + " be TCOLE course numbers (4 to 6 digits) separated by commas, e.g. 3311,3315"),
                problems(TrainingSettings.LEVEL1_COURSES, "3311 3315"));
    }

    @Test
    void level1DeadlineIsAnIsoDate() {
        assertEquals(List.of(), problems(TrainingSettings.LEVEL1_DEADLINE, "2029-08-31"));
        assertEquals(
                List.of("Invalid setting tracker.training.level1-deadline = '8/31/2027' (from Environment): must"
                        + " be a date like 2027-08-31 (year-month-day), 2023-09-01 or later"),
                problems(TrainingSettings.LEVEL1_DEADLINE, "8/31/2027"));
    }
}
