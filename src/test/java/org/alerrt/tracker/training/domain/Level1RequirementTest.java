package org.alerrt.tracker.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.alerrt.tracker.training.api.Level1Status;
import org.alerrt.tracker.training.api.Level1Status.State;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.junit.jupiter.api.Test;

/** SB 1852: every officer completes ALERRT Level 1 (3311 or 3315) by 2027-08-31. */
class Level1RequirementTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 8, 31);
    private static final Level1Requirement LEVEL1 =
            new Level1Requirement(Level1Requirement.parseCourses("3311,3315"), DEADLINE);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static Completion passed(Course course, LocalDate on) {
        return Courses.passed(50, course, "r-" + course.number() + on, on, "s");
    }

    private static Completion failed(Course course, LocalDate on) {
        return Courses.failed(50, course, "f-" + course.number() + on, on, "s");
    }

    @Test
    void metByAPassOfLevelI() {
        Level1Status s = LEVEL1.statusOf(List.of(passed(Courses.levelOne(), LocalDate.of(2026, 11, 20))), TODAY);
        assertEquals(State.MET, s.state());
        assertEquals(LocalDate.of(2026, 11, 20), s.metOn());
        assertEquals(new TcoleCourseNumber("3311"), s.metBy());
        assertTrue(s.met());
        assertTrue(s.onTime());
        assertEquals(0, s.daysLeft());
    }

    @Test
    void metByAPassOfLevelITrainTheTrainer() {
        Level1Status s =
                LEVEL1.statusOf(List.of(passed(Courses.levelOneTrainTheTrainer(), LocalDate.of(2025, 3, 1))), TODAY);
        assertEquals(State.MET, s.state());
        assertEquals(new TcoleCourseNumber("3315"), s.metBy());
    }

    @Test
    void theEarliestQualifyingCompletionIsTheOneShown() {
        Level1Status s = LEVEL1.statusOf(
                List.of(
                        passed(Courses.levelOne(), LocalDate.of(2026, 5, 1)),
                        passed(Courses.levelOneTrainTheTrainer(), LocalDate.of(2025, 3, 1)),
                        passed(Courses.levelOne(), LocalDate.of(2024, 10, 9))),
                TODAY);
        assertEquals(LocalDate.of(2024, 10, 9), s.metOn());
        assertEquals("3311", s.metBy().value());
    }

    @Test
    void otherCoursesNeverMeetIt() {
        Level1Status s = LEVEL1.statusOf(
                List.of(passed(Courses.fireAsAWeapon(CompletionRule.PASSED), LocalDate.of(2026, 11, 20))), TODAY);
        assertEquals(State.DUE, s.state());
        assertNull(s.metOn());
        assertNull(s.metBy());
        assertFalse(s.met());
        assertEquals(268, s.daysLeft());
    }

    @Test
    void aFailedAttemptDoesNotCount() {
        Level1Status s = LEVEL1.statusOf(
                List.of(
                        failed(Courses.levelOne(), LocalDate.of(2026, 11, 20)),
                        failed(Courses.levelOneTrainTheTrainer(), LocalDate.of(2026, 11, 21))),
                TODAY);
        assertEquals(State.DUE, s.state());
        Completion upgraded = failed(Courses.levelOne(), LocalDate.of(2026, 11, 20));
        Courses.apply(upgraded, Courses.levelOne(), Outcome.PASSED, LocalDate.of(2026, 11, 22), "s2");
        assertEquals(
                LocalDate.of(2026, 11, 22),
                LEVEL1.statusOf(List.of(upgraded), TODAY).metOn(),
                "a later pass in the same registration counts, on its date");
    }

    @Test
    void theDeadlineDayIsStillDueTheNextDayOverdue() {
        Level1Status onTheDay = LEVEL1.statusOf(List.of(), DEADLINE);
        assertEquals(State.DUE, onTheDay.state());
        assertEquals(0, onTheDay.daysLeft());
        assertEquals(1, LEVEL1.statusOf(List.of(), DEADLINE.minusDays(1)).daysLeft());
        Level1Status after = LEVEL1.statusOf(List.of(), DEADLINE.plusDays(1));
        assertEquals(State.OVERDUE, after.state());
        assertEquals(1, after.daysOverdue());
        assertEquals(0, after.daysLeft());
    }

    @Test
    void aPassOnTheDeadlineDayIsOnTimeOneDayLaterIsLate() {
        Level1Status onTheDay = LEVEL1.statusOf(List.of(passed(Courses.levelOne(), DEADLINE)), DEADLINE.plusDays(5));
        assertEquals(State.MET, onTheDay.state());
        assertTrue(onTheDay.onTime());
        Level1Status late =
                LEVEL1.statusOf(List.of(passed(Courses.levelOne(), DEADLINE.plusDays(1))), DEADLINE.plusDays(5));
        assertEquals(State.MET, late.state(), "a late Level 1 is still Level 1");
        assertFalse(late.onTime());
    }

    @Test
    void asOfADayACompletionAfterItIsNotKnownYet() {
        List<Completion> done = List.of(passed(Courses.levelOne(), LocalDate.of(2026, 11, 20)));
        assertEquals(
                State.DUE, LEVEL1.statusOf(done, LocalDate.of(2026, 11, 19)).state());
        assertEquals(
                State.MET, LEVEL1.statusOf(done, LocalDate.of(2026, 11, 20)).state());
    }

    @Test
    void aConfiguredEquivalentCourseMeetsIt() {
        Level1Requirement withEquivalent =
                new Level1Requirement(Level1Requirement.parseCourses(" 3311 , 3356 "), DEADLINE);
        assertEquals(List.of(new TcoleCourseNumber("3311"), new TcoleCourseNumber("3356")), withEquivalent.courses());
        assertEquals(
                State.MET,
                withEquivalent
                        .statusOf(
                                List.of(passed(
                                        Courses.fireAsAWeapon(CompletionRule.PASSED), LocalDate.of(2026, 11, 20))),
                                TODAY)
                        .state());
        assertEquals(
                State.DUE,
                withEquivalent
                        .statusOf(List.of(passed(Courses.levelOneTrainTheTrainer(), LocalDate.of(2026, 11, 20))), TODAY)
                        .state(),
                "3315 is no longer listed");
    }

    @Test
    void theSettingsSayWhatIsAllowed() {
        for (String bad : new String[] {"", "3311,", "3311;3315", "33", "3311,abc"}) {
            assertTrue(
                    assertThrows(IllegalArgumentException.class, () -> Level1Requirement.parseCourses(bad))
                            .getMessage()
                            .startsWith("must be TCOLE course numbers"),
                    bad);
        }
        assertEquals(LocalDate.of(2027, 8, 31), Level1Requirement.parseDeadline(" 2027-08-31 "));
        for (String bad : new String[] {"08/31/2027", "2027-02-30", "", "2023-08-31"}) {
            assertTrue(
                    assertThrows(IllegalArgumentException.class, () -> Level1Requirement.parseDeadline(bad))
                            .getMessage()
                            .startsWith("must be a date like 2027-08-31"),
                    bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new Level1Requirement(List.of(), DEADLINE));
    }
}
