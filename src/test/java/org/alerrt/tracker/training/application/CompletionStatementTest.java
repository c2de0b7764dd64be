package org.alerrt.tracker.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CompletionStatementTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static JsonObject statement(String actor, String verb, String object, String extra) {
        return Json.createReader(new StringReader("""
                {"id": "6690E6C9-3EF0-4ED3-8B37-7F3964730BEE", "actor": %s,
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/%s"}, "object": %s,
                 "timestamp": "2026-11-26T03:30:00Z", "stored": "2026-11-26T03:30:01.000Z" %s}
                """.formatted(actor, verb, object, extra)))
                .readObject();
    }

    private static final String JANE = "{\"name\": \"Jane Doe\", \"mbox\": \"mailto:jane@example.org\"}";
    private static final String COURSE = "{\"id\": \"https://alerrt.org/xapi/courses/3356\"}";

    @Test
    void readsWhatACompletionNeeds() {
        CompletionStatement s = CompletionStatement.from(statement(
                        JANE,
                        "passed",
                        COURSE,
                        ", \"context\": {\"registration\": \"EC531277-B57B-4C15-8D91-D292C5B2B8F7\"}"))
                .orElseThrow();
        assertEquals("6690e6c9-3ef0-4ed3-8b37-7f3964730bee", s.statementId());
        assertEquals("mbox:mailto:jane@example.org", s.actor().value());
        assertEquals("Jane Doe", s.actorName());
        assertEquals("https://alerrt.org/xapi/courses/3356", s.activityId());
        assertEquals("ec531277-b57b-4c15-8d91-d292c5b2b8f7", s.registration());
    }

    @Test
    void dateIsTheTexasCalendarDay() {
        CompletionStatement s =
                CompletionStatement.from(statement(JANE, "passed", COURSE, "")).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 25), s.completedOn(CHICAGO)); // 21:30 CST the evening before
        assertEquals(LocalDate.of(2026, 11, 26), s.completedOn(ZoneId.of("UTC")));
        assertEquals("", s.registration());
    }

    @Test
    void offsetTimestamps() {
        JsonObject winter = Json.createObjectBuilder(statement(JANE, "passed", COURSE, ""))
                .add("timestamp", "2026-01-15T23:59:59.123-06:00")
                .build();
        assertEquals(
                LocalDate.of(2026, 1, 15),
                CompletionStatement.from(winter).orElseThrow().completedOn(CHICAGO));
        // Daylight saving starts 2026-03-08: a client still on -06:00 at 23:59 is already at 00:59 CDT on the 9th
        JsonObject dst = Json.createObjectBuilder(statement(JANE, "passed", COURSE, ""))
                .add("timestamp", "2026-03-08T23:59:59.123-06:00")
                .build();
        assertEquals(
                LocalDate.of(2026, 3, 9),
                CompletionStatement.from(dst).orElseThrow().completedOn(CHICAGO));
    }

    @Test
    void filtersCheaply() {
        assertTrue(CompletionStatement.mayDecide(statement(JANE, "failed", COURSE, "")));
        assertTrue(CompletionStatement.mayDecide(statement(JANE, "completed", COURSE, "")));
        assertFalse(CompletionStatement.mayDecide(statement(JANE, "attempted", COURSE, "")));
        // cmi5 §9.3.9 "satisfied" (an ADL verb, not under expapi/verbs) may finish a course too
        JsonObject satisfied = Json.createReader(new StringReader(statement(JANE, "x", COURSE, "")
                        .toString()
                        .replace("http://adlnet.gov/expapi/verbs/x", "https://w3id.org/xapi/adl/verbs/satisfied")))
                .readObject();
        assertTrue(CompletionStatement.mayDecide(satisfied));
        assertEquals(
                "https://w3id.org/xapi/adl/verbs/satisfied",
                CompletionStatement.from(satisfied).orElseThrow().verbId());
        assertFalse(CompletionStatement.mayDecide(statement(
                JANE,
                "passed",
                "{\"objectType\": \"StatementRef\", \"id\": \"6690e6c9-3ef0-4ed3-8b37-7f3964730bee\"}",
                "")));
    }

    @Test
    void groupsCreditNobody() {
        String group = "{\"objectType\": \"Group\", \"mbox\": \"mailto:team@example.org\"}";
        assertTrue(
                CompletionStatement.from(statement(group, "passed", COURSE, "")).isEmpty());
    }

    @Test
    void accountActor() {
        String account = "{\"account\": {\"homePage\": \"https://lms.alerrt.org\", \"name\": \"jdoe\"}}";
        assertEquals(
                "account:https://lms.alerrt.org jdoe",
                CompletionStatement.from(statement(account, "passed", COURSE, ""))
                        .orElseThrow()
                        .actor()
                        .value());
    }
}
