package org.alerrt.tracker.training.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.domain.CompletionRule;
import org.alerrt.tracker.training.domain.CourseDefinition;
import org.alerrt.tracker.training.domain.InvalidValueException;
import org.alerrt.tracker.training.domain.Pid;
import org.junit.jupiter.api.Test;

/** Bad requests become 400s naming the field, never 500s. */
class RequestParsingTest {

    private static final Pattern PID = Pattern.compile(Pid.DEFAULT_PATTERN);
    private static final TcoleCourseNumber N = new TcoleCourseNumber("3356");

    private static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    private static String property(Runnable r) {
        RuntimeException e = assertThrows(RuntimeException.class, r::run);
        if (e instanceof Refusal api) {
            assertEquals(Refusal.Kind.INVALID, api.kind());
            return api.property();
        }
        return ((InvalidValueException) e).field();
    }

    @Test
    void course() {
        CourseDefinition d = CourseResource.definition(N, json("""
                {"title": "Fire as a Weapon", "delivery": "ONLINE", "creditHours": 4,
                 "countsTowardMandate": true, "activityIris": ["https://alerrt.org/xapi/courses/3356"]}"""));
        assertEquals(CompletionRule.PASSED, d.completionRule());
        assertEquals(4, d.creditHours());
    }

    @Test
    void courseFieldErrors() {
        String ok = "\"title\": \"t\", \"delivery\": \"ONLINE\", \"countsTowardMandate\": true";
        assertEquals("creditHours", property(() -> CourseResource.definition(N, json("{" + ok + "}"))));
        assertEquals(
                "creditHours",
                property(() -> CourseResource.definition(N, json("{" + ok + ", \"creditHours\": 2.5}"))));
        assertEquals(
                "creditHours",
                property(() -> CourseResource.definition(N, json("{" + ok + ", \"creditHours\": 99999999999}"))));
        assertEquals(
                "creditHours", property(() -> CourseResource.definition(N, json("{" + ok + ", \"creditHours\": 0}"))));
        assertEquals(
                "activityIris[0]",
                property(() ->
                        CourseResource.definition(N, json("{" + ok + ", \"creditHours\": 4, \"activityIris\": [3]}"))));
        assertEquals(
                "tcoleNumber",
                property(() -> CourseResource.definition(
                        N, json("{" + ok + ", \"creditHours\": 4, \"tcoleNumber\": \"3311\"}"))));
        assertEquals(
                "countsTowardMandate",
                property(() -> CourseResource.definition(
                        N, json("{\"title\": \"t\", \"delivery\": \"ONLINE\", \"creditHours\": 4}"))));
        assertEquals("tcoleNumber", property(() -> TcoleCourseNumber.of("abc")));
    }

    @Test
    void learner() {
        JsonObject o = json("""
                {"firstName": "Jane", "lastName": "Doe", "pid": "1234567", "agency": "Austin PD",
                 "actor": {"objectType": "Agent", "mbox": "mailto:jane@example.org"},
                 "username": "jdoe", "password": "long enough"}""");
        assertEquals(
                "1234567", LearnerResource.details(o, PID).pid().orElseThrow().value());
        assertEquals(
                "mbox:mailto:jane@example.org", LearnerResource.actor(o, true).value());
        assertEquals("jdoe", LearnerResource.login(o).orElseThrow().username());
    }

    @Test
    void learnerFieldErrors() {
        assertEquals(
                "pid",
                property(() -> LearnerResource.details(
                        json("{\"firstName\": \"J\", \"lastName\": \"D\", \"pid\": \"12345678\"}"), PID)));
        assertEquals(
                "pid",
                property(() -> LearnerResource.details(
                        json("{\"firstName\": \"J\", \"lastName\": \"D\", \"pid\": 1234}"), PID)));
        assertEquals("lastName", property(() -> LearnerResource.details(json("{\"firstName\": \"J\"}"), PID)));
        assertEquals("actor", property(() -> LearnerResource.actor(json("{}"), true)));
        assertNull(LearnerResource.actor(json("{}"), false));
        assertTrue(property(() -> LearnerResource.actor(json("{\"actor\": {\"name\": \"x\"}}"), true))
                .startsWith("actor"));
        assertTrue(property(() -> LearnerResource.actor(json("{\"actor\": {\"mbox\": \"jane@example.org\"}}"), true))
                .startsWith("actor"));
        assertEquals("password", property(() -> LearnerResource.login(json("{\"username\": \"j\"}"))));
        assertEquals(
                "password",
                property(() -> LearnerResource.login(json("{\"username\": \"j\", \"password\": \"short\"}"))));
        assertEquals("username", property(() -> LearnerResource.login(json("{\"password\": \"long enough\"}"))));
    }
}
