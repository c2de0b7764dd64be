package org.alerrt.tracker.cmi5.domain;

import static org.alerrt.tracker.cmi5.domain.Structures.au;
import static org.alerrt.tracker.cmi5.domain.Structures.block;
import static org.alerrt.tracker.cmi5.domain.Structures.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Satisfaction of blocks and course (cmi5 §13.1.4 moveOn "Usage": a block is satisfied when all member AUs are,
 * the course when all member AUs and blocks are; §9.3.9: one "Satisfied" per block or course and registration).
 */
class SatisfactionTest {

    private static final String COURSE = "https://example.org/course";

    /** A registration's recorded facts and what has already been reported, fed through evaluations. */
    private static final class Registration {
        final CourseStructure structure;
        final Map<String, AuProgress> progress = new HashMap<>();
        final Set<String> reported = new HashSet<>();

        Registration(CourseStructure structure) {
            this.structure = structure;
        }

        SatisfactionResult record(String au, UnaryOperator<AuProgress> change) {
            progress.put(au, change.apply(progress.getOrDefault(au, AuProgress.NONE)));
            return evaluate();
        }

        SatisfactionResult evaluate() {
            SatisfactionResult r = structure.evaluate(progress, reported);
            reported.addAll(r.newlySatisfiedBlocks());
            if (r.courseNewlySatisfied()) {
                reported.add(structure.id());
            }
            return r;
        }
    }

    @Test
    void atRegistrationNotApplicableAuIsSatisfiedAndCourseOfOnlyThoseAtOnce() {
        CourseStructure s = course(au("a1", MoveOn.NotApplicable), block("b1", au("a2", MoveOn.NotApplicable)));
        SatisfactionResult r = s.evaluateAtRegistration();
        assertEquals(Set.of("a1", "a2"), r.satisfiedAus());
        assertEquals(List.of("b1"), r.newlySatisfiedBlocks());
        assertTrue(r.courseSatisfied());
        assertTrue(r.courseNewlySatisfied());
    }

    @Test
    void atRegistrationBlockOfNotApplicableIsSatisfiedWhileCourseIsNot() {
        CourseStructure s = course(
                block("b1", au("a1", MoveOn.NotApplicable), au("a2", MoveOn.NotApplicable)), au("a3", MoveOn.Passed));
        SatisfactionResult r = s.evaluateAtRegistration();
        assertEquals(List.of("b1"), r.newlySatisfiedBlocks());
        assertFalse(r.courseSatisfied());
        assertFalse(r.courseNewlySatisfied());
        assertEquals(Set.of("a1", "a2"), r.satisfiedAus());
    }

    @ParameterizedTest
    @EnumSource(value = MoveOn.class, names = "NotApplicable", mode = EnumSource.Mode.EXCLUDE)
    void singleAuCourseIsSatisfiedExactlyWhenItsAuIs(MoveOn rule) {
        Registration reg = new Registration(course(au("a1", rule)));
        assertFalse(reg.evaluate().courseSatisfied());
        SatisfactionResult afterComplete = reg.record("a1", AuProgress::withCompleted);
        boolean completeEnough = rule == MoveOn.Completed || rule == MoveOn.CompletedOrPassed;
        assertEquals(completeEnough, afterComplete.courseNewlySatisfied());
        SatisfactionResult afterPass = reg.record("a1", AuProgress::withPassed);
        // satisfied now in every case, reported exactly once over the two changes
        assertTrue(afterPass.courseSatisfied());
        assertEquals(!completeEnough, afterPass.courseNewlySatisfied());
    }

    @Test
    void blockNeedsAllChildrenAndIsReportedOnce() {
        Registration reg = new Registration(course(
                block("b1", au("a1", MoveOn.Completed), au("a2", MoveOn.Passed)), au("a3", MoveOn.CompletedAndPassed)));
        assertTrue(reg.evaluate().nothingNew());
        assertTrue(reg.record("a1", AuProgress::withCompleted).nothingNew());
        SatisfactionResult r = reg.record("a2", AuProgress::withPassed);
        assertEquals(List.of("b1"), r.newlySatisfiedBlocks());
        assertFalse(r.courseSatisfied());
        // more statements on a satisfied block never report it again
        assertTrue(reg.record("a2", AuProgress::withCompleted).nothingNew());
        assertTrue(reg.record("a3", AuProgress::withCompleted).nothingNew());
        SatisfactionResult last = reg.record("a3", AuProgress::withPassed);
        assertEquals(List.of(), last.newlySatisfiedBlocks());
        assertTrue(last.courseNewlySatisfied());
        assertTrue(reg.evaluate().nothingNew());
        assertTrue(reg.evaluate().courseSatisfied());
    }

    @Test
    void nestedBlocksAreReportedInnermostFirstWhenOneChangeSatisfiesSeveralLevels() {
        Registration reg =
                new Registration(course(block("outer", block("middle", block("inner", au("a1", MoveOn.Passed))))));
        assertTrue(reg.evaluate().nothingNew());
        SatisfactionResult r = reg.record("a1", AuProgress::withPassed);
        assertEquals(List.of("inner", "middle", "outer"), r.newlySatisfiedBlocks());
        assertTrue(r.courseNewlySatisfied());
    }

    @Test
    void innerBlockIsReportedEvenWhileItsSiblingAndParentAreNot() {
        Registration reg = new Registration(course(block(
                "outer", block("inner1", au("a1", MoveOn.Completed)), block("inner2", au("a2", MoveOn.Completed)))));
        SatisfactionResult r = reg.record("a2", AuProgress::withCompleted);
        assertEquals(List.of("inner2"), r.newlySatisfiedBlocks());
        assertFalse(r.courseSatisfied());
        SatisfactionResult r2 = reg.record("a1", AuProgress::withCompleted);
        assertEquals(List.of("inner1", "outer"), r2.newlySatisfiedBlocks());
        assertTrue(r2.courseNewlySatisfied());
    }

    @Test
    void courseNeedsTopLevelAusAndBlocks() {
        Registration reg = new Registration(
                course(au("a1", MoveOn.CompletedOrPassed), block("b1", au("a2", MoveOn.CompletedOrPassed))));
        assertFalse(reg.record("a1", AuProgress::withPassed).courseSatisfied());
        SatisfactionResult r = reg.record("a2", AuProgress::withCompleted);
        assertEquals(List.of("b1"), r.newlySatisfiedBlocks());
        assertTrue(r.courseNewlySatisfied());
    }

    @Test
    void section9_3_9_waivedAuSatisfiesItsBlockAndCourse() {
        Registration reg = new Registration(course(block("b1", au("a1", MoveOn.CompletedAndPassed))));
        SatisfactionResult r = reg.record("a1", AuProgress::withWaived);
        assertEquals(Set.of("a1"), r.satisfiedAus());
        assertEquals(List.of("b1"), r.newlySatisfiedBlocks());
        assertTrue(r.courseNewlySatisfied());
    }

    @Test
    void failedAuKeepsItsBlockUnsatisfiedUntilPassed() {
        Registration reg = new Registration(course(block("b1", au("a1", MoveOn.Passed))));
        assertTrue(reg.record("a1", AuProgress::withFailed).nothingNew());
        assertTrue(reg.record("a1", AuProgress::withCompleted).nothingNew());
        assertEquals(List.of("b1"), reg.record("a1", AuProgress::withPassed).newlySatisfiedBlocks());
    }

    @Test
    void progressOfUnknownAusIsIgnored() {
        CourseStructure s = course(au("a1", MoveOn.Passed));
        SatisfactionResult r = s.evaluate(Map.of("other", AuProgress.NONE.withPassed()), Set.of());
        assertFalse(r.courseSatisfied());
        assertEquals(Set.of(), r.satisfiedAus());
    }

    @Test
    void alreadyReportedCourseIsNotReportedAgainEvenAtRegistrationEvaluation() {
        CourseStructure s = course(au("a1", MoveOn.NotApplicable));
        SatisfactionResult r = s.evaluate(Map.of(), Set.of(COURSE));
        assertTrue(r.courseSatisfied());
        assertFalse(r.courseNewlySatisfied());
    }
}
