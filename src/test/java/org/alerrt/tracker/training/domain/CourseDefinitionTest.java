package org.alerrt.tracker.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.junit.jupiter.api.Test;

class CourseDefinitionTest {

    private static final TcoleCourseNumber N = new TcoleCourseNumber("3356");

    private static String fieldOf(Runnable r) {
        return assertThrows(InvalidValueException.class, r::run).field();
    }

    @Test
    void valid() {
        CourseDefinition d = new CourseDefinition(
                N,
                "  Fire as a Weapon ",
                Delivery.ONLINE,
                4,
                true,
                CompletionRule.COMPLETED,
                List.of("https://alerrt.org/xapi/courses/3356", "https://alerrt.org/xapi/courses/3356"));
        assertEquals("Fire as a Weapon", d.title());
        assertEquals(List.of("https://alerrt.org/xapi/courses/3356"), d.activityIris()); // duplicates merged
    }

    @Test
    void anActivityIsAddedOnceAndRemoved() {
        CourseDefinition d = new CourseDefinition(
                N, "t", Delivery.ONLINE, 4, true, CompletionRule.PASSED, List.of("https://a.example/1"));
        CourseDefinition linked = d.withActivity("https://a.example/2").withActivity("https://a.example/2");
        assertEquals(List.of("https://a.example/1", "https://a.example/2"), linked.activityIris());
        assertEquals(d, linked.withoutActivity("https://a.example/2"));
        assertEquals("activityIris[1]", fieldOf(() -> d.withActivity("not an iri")));
    }

    @Test
    void wholeHoursFromOne() {
        assertEquals(
                "creditHours",
                fieldOf(() ->
                        new CourseDefinition(N, "t", Delivery.ONLINE, 0, true, CompletionRule.PASSED, List.of())));
        assertEquals(
                "creditHours",
                fieldOf(() ->
                        new CourseDefinition(N, "t", Delivery.ONLINE, -4, true, CompletionRule.PASSED, List.of())));
    }

    @Test
    void namesTheBrokenField() {
        assertEquals(
                "title",
                fieldOf(() ->
                        new CourseDefinition(N, " ", Delivery.ONLINE, 4, true, CompletionRule.PASSED, List.of())));
        assertEquals(
                "delivery",
                fieldOf(() -> new CourseDefinition(N, "t", null, 4, true, CompletionRule.PASSED, List.of())));
        assertEquals(
                "completionRule",
                fieldOf(() -> new CourseDefinition(N, "t", Delivery.ONLINE, 4, true, null, List.of())));
        assertEquals(
                "activityIris[1]",
                fieldOf(() -> new CourseDefinition(
                        N,
                        "t",
                        Delivery.ONLINE,
                        4,
                        true,
                        CompletionRule.PASSED,
                        List.of("https://a.example/x", "not an iri"))));
        assertEquals(
                "activityIris[0]",
                fieldOf(() -> new CourseDefinition(
                        N, "t", Delivery.ONLINE, 4, true, CompletionRule.PASSED, List.of("relative/path"))));
    }

    @Test
    void numberNeverChanges() {
        Course c = Courses.levelOne();
        assertEquals(
                "tcoleNumber",
                fieldOf(() -> c.redefine(
                        new CourseDefinition(N, "t", Delivery.ONLINE, 4, true, CompletionRule.PASSED, List.of()))));
    }

    @Test
    void creditHoursByOutcome() {
        Course c = Courses.levelOne();
        assertEquals(16, c.creditHoursFor(Outcome.PASSED));
        assertEquals(0, c.creditHoursFor(Outcome.FAILED));
    }
}
