package org.alerrt.tracker.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.training.api.CompletionCredited;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.domain.Completion;
import org.alerrt.tracker.training.domain.CompletionRule;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.CourseDefinition;
import org.alerrt.tracker.training.domain.Courses;
import org.alerrt.tracker.training.domain.Delivery;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.LearnerDetails;
import org.alerrt.tracker.training.domain.Pid;
import org.junit.jupiter.api.Test;

class TrainingEventsTest {

    private static void setId(Object entity, long id) throws Exception {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
    }

    private static final Course FIRE = new Course(new CourseDefinition(
            new TcoleCourseNumber("3356"),
            "Fire as a Weapon",
            Delivery.ONLINE,
            4,
            true,
            CompletionRule.PASSED,
            List.of()));

    @Test
    void payloadFollowsTheContract() throws Exception {
        Learner jane = Learner.register(
                new LearnerDetails("Jane", "Doe", Optional.of(new Pid("1234567")), "Austin PD"),
                new ActorIdentity("mbox:mailto:jane@example.org"));
        setId(jane, 50);
        Completion c = Courses.passed(50, FIRE, "", LocalDate.of(2026, 11, 25), "s");
        setId(c, 51);
        JsonObject p = TrainingEvents.completionCredited(c, jane, FIRE);
        assertEquals(
                Set.of(
                        "completionId",
                        "learnerId",
                        "firstName",
                        "lastName",
                        "pid",
                        "agency",
                        "tcoleNumber",
                        "courseTitle",
                        "delivery",
                        "creditHours",
                        "countsTowardMandate",
                        "completedOn",
                        "registration",
                        "instructors",
                        "startedOn",
                        "moduleDescription",
                        "partial",
                        "revision"),
                p.keySet());
        assertEquals(51, p.getJsonNumber("completionId").longValue());
        assertEquals("1234567", p.getString("pid"));
        assertEquals("3356", p.getString("tcoleNumber"));
        assertEquals("ONLINE", p.getString("delivery"));
        assertEquals(4, p.getInt("creditHours"));
        assertEquals("2026-11-25", p.getString("completedOn"));
        assertEquals("", p.getString("registration"));
        assertEquals(1, p.getInt("revision"));
        assertEquals(false, p.getBoolean("partial"));
        assertEquals(JsonValue.NULL, p.get("startedOn"));
        assertEquals(0, p.getJsonArray("instructors").size());
    }

    @Test
    void aPayloadWrittenBeforeTheRicherContractReadsWithDefaults() {
        JsonObject old = Json.createObjectBuilder()
                .add("completionId", 51)
                .add("learnerId", 50)
                .add("firstName", "Jane")
                .add("lastName", "Doe")
                .add("pid", "1234567")
                .add("agency", "")
                .add("tcoleNumber", "3356")
                .add("courseTitle", "Fire as a Weapon")
                .add("delivery", "ONLINE")
                .add("creditHours", 4)
                .add("countsTowardMandate", true)
                .add("completedOn", "2026-11-25")
                .add("registration", "")
                .build();
        CompletionCredited c = CompletionCredited.fromJson(old);
        assertEquals(1, c.revision());
        assertEquals(List.of(), c.instructors());
        assertEquals(null, c.startedOn());
        assertEquals("", c.moduleDescription());
        assertEquals(false, c.partial());
        assertEquals(c, CompletionCredited.fromJson(c.toJson()), "round trip");
    }

    @Test
    void neverWithoutPid() throws Exception {
        Learner seen = Learner.seenInStatement(new ActorIdentity("mbox:mailto:x@example.org"), null);
        setId(seen, 50);
        Completion c = Courses.passed(50, FIRE, "", LocalDate.of(2026, 11, 25), "s");
        setId(c, 51);
        assertThrows(IllegalStateException.class, () -> TrainingEvents.completionCredited(c, seen, FIRE));
    }
}
