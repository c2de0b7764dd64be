package org.alerrt.tracker.cmi5.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.CourseProgress;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.api.LaunchMethod;
import org.alerrt.tracker.cmi5.api.LaunchMode;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.MoveOn;
import org.alerrt.tracker.cmi5.domain.SatisfactionResult;
import org.alerrt.tracker.cmi5.domain.StructureNode;
import org.junit.jupiter.api.Test;

/** The portal's view of a course: rows in cmi5.xml order with nesting (§13.1), state, offered launch modes (§10.2.2). */
class LearnerCourseServiceTest {

    static AssignableUnit au(String id, MoveOn moveOn, LaunchMethod method) {
        return new AssignableUnit(
                id,
                new LangString(Map.of("en-US", "AU " + id)),
                LangString.empty(),
                List.of(),
                id + ".html",
                method,
                moveOn,
                null,
                null,
                null,
                null);
    }

    static Block block(String id, StructureNode... children) {
        return new Block(id, LangString.empty(), LangString.empty(), List.of(), List.of(children));
    }

    final CourseStructure structure = new CourseStructure(
            "https://example.org/c",
            LangString.empty(),
            LangString.empty(),
            List.of(),
            List.of(
                    block(
                            "b1",
                            au("a1", MoveOn.Completed, LaunchMethod.AnyWindow),
                            block("b2", au("a2", MoveOn.Passed, LaunchMethod.OwnWindow))),
                    au("a3", MoveOn.NotApplicable, LaunchMethod.AnyWindow)));

    @Test
    void rowsFollowTheFileOrderWithNestingDepth() {
        List<CourseProgress.Row> rows = LearnerCourseService.rows(structure, Map.of(), null);
        assertEquals(
                List.of("b1", "a1", "b2", "a2", "a3"),
                rows.stream().map(CourseProgress.Row::id).toList());
        assertEquals(
                List.of(0, 1, 1, 2, 0),
                rows.stream().map(CourseProgress.Row::depth).toList());
        assertTrue(rows.get(0).block());
        assertEquals("b1", rows.get(0).title(), "a node without a title shows its id");
        assertEquals("AU a1", rows.get(1).title());
        assertTrue(rows.get(3).ownWindow(), "§13.1.4 launchMethod OwnWindow");
    }

    @Test
    void notStartedOffersNoLaunchAndNothingIsSatisfied() {
        List<CourseProgress.Row> rows = LearnerCourseService.rows(structure, Map.of(), null);
        assertTrue(rows.stream().allMatch(r -> r.modes().isEmpty() && !r.satisfied()));
        assertEquals(CourseProgress.State.NOT_STARTED, LearnerCourseService.state(null));
    }

    @Test
    void normalAlwaysBrowseBeforeAndReviewAfterSatisfaction() {
        Map<String, AuProgress> progress = Map.of("a1", AuProgress.NONE.withCompleted());
        SatisfactionResult result = structure.evaluate(progress, Set.of());
        List<CourseProgress.Row> rows = LearnerCourseService.rows(structure, progress, result);
        assertEquals(List.of(LaunchMode.Normal, LaunchMode.Review), rows.get(1).modes(), "a1 satisfied");
        assertEquals(List.of(LaunchMode.Normal, LaunchMode.Browse), rows.get(3).modes(), "a2 not yet");
        assertTrue(rows.get(1).progress().completed());
        assertFalse(rows.get(2).satisfied(), "b2 waits for a2");
        assertTrue(rows.get(4).satisfied(), "NotApplicable counts at once (§13.1.4)");
        assertEquals(CourseProgress.State.IN_PROGRESS, LearnerCourseService.state(result));
    }

    @Test
    void everythingSatisfiedMakesTheCourseSatisfied() {
        Map<String, AuProgress> progress =
                Map.of("a1", AuProgress.NONE.withCompleted(), "a2", AuProgress.NONE.withPassed());
        SatisfactionResult result = structure.evaluate(progress, Set.of());
        List<CourseProgress.Row> rows = LearnerCourseService.rows(structure, progress, result);
        assertTrue(rows.get(0).satisfied() && rows.get(2).satisfied(), "blocks b1 and b2");
        assertEquals(CourseProgress.State.SATISFIED, LearnerCourseService.state(result));
    }
}
