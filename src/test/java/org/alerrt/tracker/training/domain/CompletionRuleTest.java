package org.alerrt.tracker.training.domain;

import static org.alerrt.tracker.training.domain.CompletionRule.VERB_COMPLETED;
import static org.alerrt.tracker.training.domain.CompletionRule.VERB_FAILED;
import static org.alerrt.tracker.training.domain.CompletionRule.VERB_PASSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompletionRuleTest {

    @Test
    void gradedCourseNeedsPassOrFail() {
        assertEquals(Optional.of(Outcome.PASSED), CompletionRule.PASSED.outcomeOf(VERB_PASSED));
        assertEquals(Optional.of(Outcome.FAILED), CompletionRule.PASSED.outcomeOf(VERB_FAILED));
        assertTrue(CompletionRule.PASSED.outcomeOf(VERB_COMPLETED).isEmpty());
    }

    @Test
    void completionOnlyCourseIsFinishedByCompletedOrPassed() {
        assertEquals(Optional.of(Outcome.PASSED), CompletionRule.COMPLETED.outcomeOf(VERB_COMPLETED));
        assertEquals(Optional.of(Outcome.PASSED), CompletionRule.COMPLETED.outcomeOf(VERB_PASSED));
        assertEquals(Optional.of(Outcome.FAILED), CompletionRule.COMPLETED.outcomeOf(VERB_FAILED));
    }

    /** cmi5 §9.3.9: the LMS's "satisfied" on the course object means every AU met its moveOn criteria. */
    @Test
    void cmi5SatisfiedFinishesEitherKindOfCourseLikeAPass() {
        assertEquals(Optional.of(Outcome.PASSED), CompletionRule.PASSED.outcomeOf(CompletionRule.VERB_SATISFIED));
        assertEquals(Optional.of(Outcome.PASSED), CompletionRule.COMPLETED.outcomeOf(CompletionRule.VERB_SATISFIED));
    }

    @Test
    void otherVerbsDecideNothing() {
        assertTrue(CompletionRule.COMPLETED
                .outcomeOf("http://adlnet.gov/expapi/verbs/attempted")
                .isEmpty());
    }

    @Test
    void parse() {
        assertEquals(CompletionRule.COMPLETED, CompletionRule.parse(" completed ", "f"));
        assertEquals(
                "f",
                assertThrows(InvalidValueException.class, () -> CompletionRule.parse("done", "f"))
                        .field());
        assertEquals(Delivery.ONLINE, Delivery.parse("online", "d"));
        assertEquals(
                "d",
                assertThrows(InvalidValueException.class, () -> Delivery.parse("", "d"))
                        .field());
    }
}
