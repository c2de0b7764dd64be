package org.alerrt.tracker.cmi5.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.LaunchMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * cmi5 §13.1.4 moveOn, every value against every combination of recorded Completed / Passed / Failed / Waived
 * (5 x 16 cases), plus §9.3.9: a waived AU has met its moveOn criteria.
 */
class MoveOnTest {

    static Stream<Arguments> everyRuleAndState() {
        List<Arguments> cases = new ArrayList<>();
        for (MoveOn rule : MoveOn.values()) {
            for (int bits = 0; bits < 16; bits++) {
                cases.add(Arguments.of(
                        rule, new AuProgress((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0)));
            }
        }
        return cases.stream();
    }

    /** The spec's sentences, written out independently of the implementation. */
    static boolean expected(MoveOn rule, AuProgress p) {
        if (p.waived()) {
            return true;
        }
        return switch (rule.name()) {
            case "Passed" -> p.passed();
            case "Completed" -> p.completed();
            case "CompletedAndPassed" -> p.completed() && p.passed();
            case "CompletedOrPassed" -> p.completed() || p.passed();
            default -> true; // NotApplicable: "The LMS will consider the AU satisfied."
        };
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyRuleAndState")
    void section13_1_4_moveOnTruthTable(MoveOn rule, AuProgress progress) {
        assertEquals(expected(rule, progress), rule.isSatisfiedBy(progress));
    }

    @Test
    void failedNeverSatisfiesAPassRule() {
        AuProgress failed = AuProgress.NONE.withFailed();
        assertEquals(false, MoveOn.Passed.isSatisfiedBy(failed));
        assertEquals(false, MoveOn.CompletedAndPassed.isSatisfiedBy(failed.withCompleted()));
        assertTrue(MoveOn.CompletedOrPassed.isSatisfiedBy(failed.withCompleted()));
        // a later session may pass after a failure (§9.3.4/9.3.5): the pass counts
        assertTrue(MoveOn.Passed.isSatisfiedBy(failed.withPassed()));
    }

    @Test
    void section9_3_9_waivedMeetsEveryRule() {
        for (MoveOn rule : MoveOn.values()) {
            assertTrue(rule.isSatisfiedBy(AuProgress.NONE.withWaived()), rule.name());
        }
    }

    @Test
    void section13_1_4_xmlValuesAndDefault() {
        assertEquals(MoveOn.NotApplicable, MoveOn.DEFAULT);
        for (MoveOn m : MoveOn.values()) {
            assertEquals(m, MoveOn.fromXml(m.name()).orElseThrow());
        }
        assertTrue(MoveOn.fromXml("passed").isEmpty()); // values are case-sensitive in the XSD
        assertEquals(LaunchMethod.AnyWindow, LaunchMethod.DEFAULT);
    }
}
