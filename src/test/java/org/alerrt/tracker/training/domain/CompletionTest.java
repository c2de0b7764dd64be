package org.alerrt.tracker.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTest {

    private static final LocalDate DAY1 = LocalDate.of(2026, 3, 2);
    private static final LocalDate DAY2 = LocalDate.of(2026, 3, 9);

    @Test
    void aPassEarnsTheCoursesWholeHours() {
        Completion c = Completion.record(50, Courses.levelOne(), "", Outcome.PASSED, DAY1, "s1");
        assertEquals(Outcome.PASSED, c.outcome());
        assertEquals(16, c.creditHours());
        assertTrue(c.earnsCredit());
        assertEquals("", c.registration());
        assertEquals("3311", c.tcoleNumber().value());
    }

    @Test
    void aFailEarnsNothing() {
        Completion c = Completion.record(50, Courses.levelOne(), "r", Outcome.FAILED, DAY1, "s1");
        assertEquals(0, c.creditHours());
        assertFalse(c.earnsCredit());
        assertFalse(c.creditHeld());
        assertFalse(c.releaseCredit());
    }

    @Test
    void aLaterPassUpgradesAFail() {
        Completion c = Completion.record(50, Courses.levelOne(), "r", Outcome.FAILED, DAY1, "s1");
        assertTrue(c.apply(Courses.levelOne(), Outcome.PASSED, DAY2, "s2"));
        assertEquals(Outcome.PASSED, c.outcome());
        assertEquals(16, c.creditHours());
        assertEquals(DAY2, c.completedOn());
        assertEquals("s2", c.statementId());
    }

    @Test
    void aPassIsNeverDowngraded() {
        Completion c = Completion.record(50, Courses.levelOne(), "r", Outcome.PASSED, DAY1, "s1");
        assertFalse(c.apply(Courses.levelOne(), Outcome.FAILED, DAY2, "s2"));
        assertEquals(Outcome.PASSED, c.outcome());
        assertEquals(16, c.creditHours());
        assertEquals(DAY1, c.completedOn());
    }

    @Test
    void theSamePassAgainChangesNothing() {
        Completion c = Completion.record(50, Courses.levelOne(), "r", Outcome.PASSED, DAY1, "s1");
        assertFalse(c.apply(Courses.levelOne(), Outcome.PASSED, DAY2, "s2"));
        assertEquals(DAY1, c.completedOn());
        assertEquals("s1", c.statementId());
    }

    @Test
    void aFailAfterAFailChangesNothing() {
        Completion c = Completion.record(50, Courses.levelOne(), "r", Outcome.FAILED, DAY1, "s1");
        assertFalse(c.apply(Courses.levelOne(), Outcome.FAILED, DAY2, "s2"));
        assertEquals(DAY1, c.completedOn());
    }

    @Test
    void creditIsReleasedExactlyOnce() {
        Completion c = Completion.record(50, Courses.levelOne(), "r", Outcome.PASSED, DAY1, "s1");
        assertTrue(c.creditHeld());
        assertTrue(c.releaseCredit());
        assertFalse(c.releaseCredit());
        assertTrue(c.creditReleased());
        assertFalse(c.creditHeld());
    }

    @Test
    void hoursAreThoseOfTheCourseAtTheTimeOfThePass() {
        Course course = Courses.levelOne();
        Completion c = Completion.record(50, course, "r", Outcome.PASSED, DAY1, "s1");
        course.redefine(new CourseDefinition(course.number(), course.title(), course.delivery(), 24, true,
                CompletionRule.PASSED, List.of()));
        assertEquals(16, c.creditHours());
    }

    @Test
    void registrationIsAUuidAtMost() {
        assertThrows(InvalidValueException.class, () -> Completion.record(50, Courses.levelOne(),
                "x".repeat(37), Outcome.PASSED, DAY1, "s1"));
    }
}
