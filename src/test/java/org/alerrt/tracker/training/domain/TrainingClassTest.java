package org.alerrt.tracker.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.junit.jupiter.api.Test;

class TrainingClassTest {

    private static final TcoleCourseNumber UPDATE = new TcoleCourseNumber("3312");
    private static final TrainerCourses TRAINERS = TrainerCourses.parse("3315:3311");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Course UPDATE_COURSE = new Course(new CourseDefinition(
            UPDATE,
            "ALERRT Update",
            Delivery.DIRECT,
            4,
            true,
            CompletionRule.PASSED,
            List.of("https://alerrt.org/xapi/courses/3312")));

    private static TrainingClass levelOne(List<LocalDate> days, Integer hours, Outcome outcome) {
        return TrainingClass.record(
                "R1",
                Courses.levelOne(),
                null,
                List.of(new Pid("7654321")),
                days,
                hours,
                null,
                Map.of(50L, outcome),
                Map.of(50L, "s1"),
                UPDATE,
                TRAINERS,
                TODAY,
                "admin",
                Instant.now());
    }

    @Test
    void blocksAreKeptInDayOrderAndTheLastIsTheCompletionDate() {
        TrainingClass c = levelOne(List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 9, 14)), null, Outcome.PASSED);
        assertEquals(LocalDate.of(2026, 9, 14), c.firstDay());
        assertEquals(LocalDate.of(2026, 11, 2), c.lastDay());
        assertEquals(Delivery.DIRECT, c.delivery(), "the course's delivery when the class does not say");
        assertEquals(List.of("7654321"), c.instructorPids());
    }

    @Test
    void aFullCourseKeepsItsCatalogueHoursAndAModuleMustStateItsOwn() {
        assertEquals(16, levelOne(List.of(TODAY), 16, Outcome.PASSED).hours());
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> levelOne(List.of(TODAY), 8, Outcome.PASSED));
        assertEquals("hours", e.field());
        assertThrows(
                InvalidValueException.class,
                () -> TrainingClass.record(
                        "R2",
                        UPDATE_COURSE,
                        null,
                        List.of(),
                        List.of(TODAY),
                        null,
                        null,
                        Map.of(50L, Outcome.PASSED),
                        Map.of(50L, "s"),
                        UPDATE,
                        TRAINERS,
                        TODAY,
                        "admin",
                        Instant.now()));
        assertThrows(
                InvalidValueException.class,
                () -> TrainingClass.record(
                        "R2",
                        UPDATE_COURSE,
                        null,
                        List.of(),
                        List.of(TODAY),
                        25,
                        null,
                        Map.of(50L, Outcome.PASSED),
                        Map.of(50L, "s"),
                        UPDATE,
                        TRAINERS,
                        TODAY,
                        "admin",
                        Instant.now()));
    }

    @Test
    void aClassIsRecordedAfterItEndedWithDistinctDaysAndAtLeastOneAttendee() {
        assertEquals(
                "blockDays",
                assertThrows(
                                InvalidValueException.class,
                                () -> levelOne(List.of(TODAY.plusDays(1)), null, Outcome.PASSED))
                        .field());
        assertEquals(
                "blockDays",
                assertThrows(InvalidValueException.class, () -> levelOne(List.of(TODAY, TODAY), null, Outcome.PASSED))
                        .field());
        assertEquals(
                "blockDays",
                assertThrows(InvalidValueException.class, () -> levelOne(List.of(), null, Outcome.PASSED))
                        .field());
        assertEquals(
                "attendees",
                assertThrows(
                                InvalidValueException.class,
                                () -> TrainingClass.record(
                                        "R1",
                                        Courses.levelOne(),
                                        null,
                                        List.of(),
                                        List.of(TODAY),
                                        null,
                                        null,
                                        Map.of(),
                                        Map.of(),
                                        UPDATE,
                                        TRAINERS,
                                        TODAY,
                                        "admin",
                                        Instant.now()))
                        .field());
    }

    @Test
    void partialCreditIsOnlyForATrainTheTrainer() {
        assertEquals(
                "attendees",
                assertThrows(InvalidValueException.class, () -> levelOne(List.of(TODAY), null, Outcome.PARTIAL))
                        .field());
        TrainingClass ttt = TrainingClass.record(
                "R3",
                Courses.levelOneTrainTheTrainer(),
                null,
                List.of(),
                List.of(TODAY),
                null,
                null,
                Map.of(50L, Outcome.PARTIAL),
                Map.of(50L, "s"),
                UPDATE,
                TRAINERS,
                TODAY,
                "admin",
                Instant.now());
        assertEquals(Outcome.PARTIAL, ttt.attendees().get(0).outcome());
    }
}
