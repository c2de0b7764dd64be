package org.alerrt.tracker.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.api.TrainingUnit;
import org.junit.jupiter.api.Test;

class CreditRuleTest {

    private static final TcoleCourseNumber UPDATE = new TcoleCourseNumber("3312");
    private static final Course LEVEL_ONE = Courses.levelOne();
    private static final Course TTT = Courses.levelOneTrainTheTrainer();
    private static final Course UPDATE_COURSE = new Course(
            new CourseDefinition(UPDATE, "ALERRT Update", Delivery.DIRECT, 4, true, CompletionRule.PASSED, List.of()));
    private static final Course BREACHING_TTT = new Course(new CourseDefinition(
            new TcoleCourseNumber("3376"),
            "Breaching TtT",
            Delivery.DIRECT,
            24,
            true,
            CompletionRule.PASSED,
            List.of()));
    private static final Function<TcoleCourseNumber, Optional<Course>> CATALOGUE =
            n -> Optional.ofNullable(Map.of(LEVEL_ONE.number(), LEVEL_ONE).get(n));
    private static final CreditRule RULE = new CreditRule(TrainerCourses.parse("3315:3311,3376:3317"), UPDATE, 24);
    private static final TrainingUnit UNIT = TrainingUnit.containing(LocalDate.of(2026, 3, 1));

    @Test
    void aPassEarnsTheCatalogueHours() {
        CreditRule.Credit c =
                RULE.creditFor(LEVEL_ONE, Outcome.PASSED, false, CompletionFacts.defaultsOf(LEVEL_ONE), CATALOGUE);
        assertEquals(Outcome.PASSED, c.outcome());
        assertEquals(16, c.hours());
        assertTrue(c.reviewReasons().isEmpty());
    }

    @Test
    void anUpdateModuleEarnsItsOwnHoursAndOtherCoursesIgnoreModuleHours() {
        CompletionFacts module = new CompletionFacts(Delivery.DIRECT, List.of(), null, 6, "Low-light refresher");
        assertEquals(
                6,
                RULE.creditFor(UPDATE_COURSE, Outcome.PASSED, false, module, CATALOGUE)
                        .hours());
        CreditRule.Credit levelOne = RULE.creditFor(LEVEL_ONE, Outcome.PASSED, false, module, CATALOGUE);
        assertEquals(16, levelOne.hours());
        assertTrue(
                levelOne.warnings().get(0).contains("module hours ignored"),
                levelOne.warnings().toString());
    }

    @Test
    void anUpdateModuleWithoutHoursTakesTheCatalogueHoursAndWithoutDescriptionAWarning() {
        CreditRule.Credit c = RULE.creditFor(
                UPDATE_COURSE, Outcome.PASSED, false, CompletionFacts.defaultsOf(UPDATE_COURSE), CATALOGUE);
        assertEquals(4, c.hours());
        assertTrue(c.warnings().get(0).contains("without a description"));
    }

    @Test
    void aTrainTheTrainerPassedForTheUserPortionOnlyEarnsTheUserCourseHours() {
        CreditRule.Credit c = RULE.creditFor(TTT, Outcome.FAILED, true, CompletionFacts.defaultsOf(TTT), CATALOGUE);
        assertEquals(Outcome.PARTIAL, c.outcome());
        assertEquals(16, c.hours());
    }

    @Test
    void aFailedTrainTheTrainerWithoutTheUserPortionEarnsNothing() {
        CreditRule.Credit c = RULE.creditFor(TTT, Outcome.FAILED, false, CompletionFacts.defaultsOf(TTT), CATALOGUE);
        assertEquals(Outcome.FAILED, c.outcome());
        assertEquals(0, c.hours());
    }

    @Test
    void aPartialWhoseUserCourseIsUnknownWaitsForAnAdministrator() {
        CreditRule.Credit c = RULE.creditFor(
                BREACHING_TTT, Outcome.FAILED, true, CompletionFacts.defaultsOf(BREACHING_TTT), CATALOGUE);
        assertEquals(Outcome.PARTIAL, c.outcome());
        assertEquals(0, c.hours());
        assertEquals(1, c.reviewReasons().size());
    }

    @Test
    void updateHoursBeyondTheCapPerUnitAreHeldForADecision() {
        assertEquals(Optional.empty(), RULE.overCap(UPDATE, 20, 4, UNIT), "exactly 24 still counts");
        Optional<String> over = RULE.overCap(UPDATE, 24, 4, UNIT);
        assertTrue(over.isPresent());
        assertTrue(over.get().contains("would reach 28"), over.get());
        assertEquals(Optional.empty(), RULE.overCap(LEVEL_ONE.number(), 100, 16, UNIT), "only the Update course");
    }

    @Test
    void trainerCoursesNameTheCourseTheyQualifyFor() {
        TrainerCourses t = TrainerCourses.parse(" 3315:3311 , 3376:3317");
        assertEquals(Optional.of(new TcoleCourseNumber("3311")), t.userCourseOf(new TcoleCourseNumber("3315")));
        assertEquals(Set.of(new TcoleCourseNumber("3315")), t.trainerCoursesFor(new TcoleCourseNumber("3311")));
        assertTrue(TrainerCourses.parse("").userCourseOfTrainer().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TrainerCourses.parse("3315"));
        assertThrows(IllegalArgumentException.class, () -> TrainerCourses.parse("3315:3311,3315:3312"));
        assertThrows(IllegalArgumentException.class, () -> TrainerCourses.parse("33:3311"));
    }
}
