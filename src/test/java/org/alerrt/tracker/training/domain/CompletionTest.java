package org.alerrt.tracker.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.junit.jupiter.api.Test;

class CompletionTest {

    private static final LocalDate DAY1 = LocalDate.of(2026, 3, 2);
    private static final LocalDate DAY2 = LocalDate.of(2026, 3, 9);

    @Test
    void aPassEarnsTheCoursesWholeHours() {
        Completion c = Courses.passed(50, Courses.levelOne(), "", DAY1, "s1");
        assertEquals(Outcome.PASSED, c.outcome());
        assertEquals(16, c.creditHours());
        assertTrue(c.earnsCredit());
        assertEquals("", c.registration());
        assertEquals("3311", c.tcoleNumber().value());
    }

    @Test
    void aFailEarnsNothing() {
        Completion c = Courses.failed(50, Courses.levelOne(), "r", DAY1, "s1");
        assertEquals(0, c.creditHours());
        assertFalse(c.earnsCredit());
        assertFalse(c.creditHeld());
        assertFalse(c.releaseCredit());
    }

    @Test
    void aLaterPassUpgradesAFail() {
        Completion c = Courses.failed(50, Courses.levelOne(), "r", DAY1, "s1");
        assertTrue(Courses.apply(c, Courses.levelOne(), Outcome.PASSED, DAY2, "s2"));
        assertEquals(Outcome.PASSED, c.outcome());
        assertEquals(16, c.creditHours());
        assertEquals(DAY2, c.completedOn());
        assertEquals("s2", c.statementId());
    }

    @Test
    void aPassIsNeverDowngraded() {
        Completion c = Courses.passed(50, Courses.levelOne(), "r", DAY1, "s1");
        assertFalse(Courses.apply(c, Courses.levelOne(), Outcome.FAILED, DAY2, "s2"));
        assertEquals(Outcome.PASSED, c.outcome());
        assertEquals(16, c.creditHours());
        assertEquals(DAY1, c.completedOn());
    }

    @Test
    void theSamePassAgainChangesNothing() {
        Completion c = Courses.passed(50, Courses.levelOne(), "r", DAY1, "s1");
        assertFalse(Courses.apply(c, Courses.levelOne(), Outcome.PASSED, DAY2, "s2"));
        assertEquals(DAY1, c.completedOn());
        assertEquals("s1", c.statementId());
    }

    @Test
    void aFailAfterAFailChangesNothing() {
        Completion c = Courses.failed(50, Courses.levelOne(), "r", DAY1, "s1");
        assertFalse(Courses.apply(c, Courses.levelOne(), Outcome.FAILED, DAY2, "s2"));
        assertEquals(DAY1, c.completedOn());
    }

    @Test
    void creditIsReleasedExactlyOnce() {
        Completion c = Courses.passed(50, Courses.levelOne(), "r", DAY1, "s1");
        assertTrue(c.creditHeld());
        assertTrue(c.releaseCredit());
        assertFalse(c.releaseCredit());
        assertTrue(c.creditReleased());
        assertFalse(c.creditHeld());
    }

    @Test
    void hoursAreThoseOfTheCourseAtTheTimeOfThePass() {
        Course course = Courses.levelOne();
        Completion c = Courses.passed(50, course, "r", DAY1, "s1");
        course.redefine(new CourseDefinition(
                course.number(), course.title(), course.delivery(), 24, true, CompletionRule.PASSED, List.of()));
        assertEquals(16, c.creditHours());
    }

    @Test
    void registrationIsAUuidAtMost() {
        assertThrows(
                InvalidValueException.class, () -> Courses.passed(50, Courses.levelOne(), "x".repeat(37), DAY1, "s1"));
    }

    @Test
    void aPartialTrainTheTrainerIsUpgradedByAPassAndReleasedCreditGetsANewRevision() {
        Course ttt = Courses.levelOneTrainTheTrainer();
        Completion c =
                Completion.record(50, ttt, "r", 1, Outcome.PARTIAL, 16, DAY1, CompletionFacts.defaultsOf(ttt), "s1");
        assertEquals(16, c.creditHours());
        assertTrue(c.releaseCredit());
        assertEquals(1, c.creditRevision());

        assertTrue(c.apply(Outcome.PASSED, 40, DAY2, CompletionFacts.defaultsOf(ttt), "s2"));
        assertEquals(40, c.creditHours());
        assertEquals(2, c.creditRevision(), "what was certified changed: the certificate is reissued");
        assertFalse(c.apply(Outcome.PARTIAL, 16, DAY2, CompletionFacts.defaultsOf(ttt), "s3"), "never downgraded");
    }

    @Test
    void withdrawnCreditCountsForNothingAndIsWithdrawnOnce() {
        Completion c = Courses.passed(50, Courses.levelOne(), "r", DAY1, "s1");
        assertTrue(c.releaseCredit());
        assertTrue(
                c.withdraw("its certificate was revoked", Instant.parse("2026-12-06T10:00:00Z")),
                "released credit withdrawn: the caller tells certificates and reporting");
        assertEquals(0, c.creditHours());
        assertEquals(16, c.proposedHours());
        assertFalse(c.earnsCredit());
        assertFalse(c.withdraw("again", Instant.parse("2026-12-06T11:00:00Z")));
        assertEquals("its certificate was revoked", c.withdrawnReason());
        assertFalse(Courses.apply(c, Courses.levelOne(), Outcome.PASSED, DAY2, "s2"), "a withdrawn result stays so");
    }

    @Test
    void heldCreditThatWasNeverReleasedIsWithdrawnWithoutTellingAnyone() {
        Completion c = Courses.passed(50, Courses.levelOne(), "r", DAY1, "s1");
        assertFalse(c.withdraw("voided", Instant.parse("2026-12-06T10:00:00Z")));
        assertTrue(c.withdrawn());
        assertFalse(c.releaseCredit());
    }

    @Test
    void creditHeldForReviewCountsOnlyAfterTheDecisionAndOnlyTheDecidedHours() {
        Course update = new Course(new CourseDefinition(
                new TcoleCourseNumber("3312"),
                "ALERRT Update",
                Delivery.DIRECT,
                4,
                true,
                CompletionRule.PASSED,
                List.of()));
        Completion c = Completion.record(
                50,
                update,
                "r",
                1,
                Outcome.PASSED,
                8,
                DAY1,
                new CompletionFacts(Delivery.DIRECT, List.of(), null, 8, "Breaching refresher"),
                "s1");
        c.holdForReview("3312 over the cap");
        assertEquals(0, c.creditHours());
        assertFalse(c.releaseCredit());
        assertThrows(InvalidValueException.class, () -> c.decide(9), "more than proposed");
        c.decide(4);
        assertEquals(4, c.creditHours());
        assertTrue(c.releaseCredit());
        assertThrows(IllegalStateException.class, () -> c.decide(2), "decided once");
    }

    @Test
    void revisionGrowsOnlyForReleasedCredit() {
        Completion c = Courses.passed(50, Courses.levelOne(), "r", DAY1, "s1");
        assertFalse(c.revise(), "nothing was certified yet");
        c.releaseCredit();
        assertTrue(c.revise());
        assertEquals(2, c.creditRevision());
    }

    @Test
    void theFirstBlockDayCannotFollowTheLast() {
        Course levelOne = Courses.levelOne();
        assertThrows(
                InvalidValueException.class,
                () -> Completion.record(
                        50,
                        levelOne,
                        "r",
                        1,
                        Outcome.PASSED,
                        16,
                        DAY1,
                        new CompletionFacts(Delivery.INDIRECT, List.of(), DAY2, null, null),
                        "s1"));
    }
}
