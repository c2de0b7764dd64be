package org.alerrt.tracker.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alerrt.tracker.training.domain.CompletionFacts;
import org.alerrt.tracker.training.domain.Delivery;
import org.junit.jupiter.api.Test;

class AlerrtProfileTest {

    private static final String HOME = "https://www.tcole.texas.gov";

    private static JsonObject statement(String contextJson, String resultJson) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", "6fbd600f-d17c-4c74-801a-2ec2e53231f7");
        if (contextJson != null) {
            b.add("context", Json.createReader(new StringReader(contextJson)).readObject());
        }
        if (resultJson != null) {
            b.add("result", Json.createReader(new StringReader(resultJson)).readObject());
        }
        return b.build();
    }

    private static String instructor(String pid) {
        return "{\"objectType\":\"Agent\",\"name\":\"CI " + pid + "\",\"account\":{\"homePage\":\"" + HOME
                + "\",\"name\":\"" + pid + "\"}}";
    }

    @Test
    void aStatementWithoutTheProfileTakesTheCourseDefaults() {
        AlerrtProfile.Data d = AlerrtProfile.read(statement(null, null), HOME);
        CompletionFacts f = d.facts(Delivery.ONLINE, new ArrayList<>());
        assertEquals(Delivery.ONLINE, f.delivery());
        assertEquals(List.of(), f.instructorPids());
        assertNull(f.startedOn());
        assertFalse(d.userPortionPassed());
        assertTrue(d.problems().isEmpty());
    }

    @Test
    void anIndirectClassInBlocksNamesItsInstructorsAndFirstBlockDay() {
        AlerrtProfile.Data d = AlerrtProfile.read(
                statement(
                        "{\"instructor\":{\"objectType\":\"Group\",\"member\":["
                                + instructor("7654321") + "," + instructor("1112223") + "]},\"extensions\":{\""
                                + AlerrtProfile.DELIVERY + "\":\"indirect\",\"" + AlerrtProfile.BLOCK_START
                                + "\":\"2026-09-14\"}}",
                        null),
                HOME);
        CompletionFacts f = d.facts(Delivery.DIRECT, new ArrayList<>());
        assertEquals(Delivery.INDIRECT, f.delivery());
        assertEquals(List.of("7654321", "1112223"), f.instructorPids());
        assertEquals(LocalDate.of(2026, 9, 14), f.startedOn());
        assertTrue(d.problems().isEmpty(), d.problems().toString());
    }

    @Test
    void anUpdateModuleCarriesItsHoursAndDescription() {
        AlerrtProfile.Data d = AlerrtProfile.read(
                statement(
                        "{\"extensions\":{\"" + AlerrtProfile.MODULE_HOURS + "\":6,\""
                                + AlerrtProfile.MODULE_DESCRIPTION + "\":\"Low-light operations refresher\"}}",
                        null),
                HOME);
        CompletionFacts f = d.facts(Delivery.DIRECT, new ArrayList<>());
        assertEquals(6, f.moduleHours());
        assertEquals("Low-light operations refresher", f.moduleDescription());
    }

    @Test
    void aFailedTeachBackWithThePassedUserPortionIsRead() {
        AlerrtProfile.Data d = AlerrtProfile.read(
                statement(
                        null, "{\"success\":false,\"extensions\":{\"" + AlerrtProfile.USER_PORTION + "\":\"passed\"}}"),
                HOME);
        assertTrue(d.userPortionPassed());
    }

    @Test
    void valuesThatBreakTheProfileAreProblemsNamingTheExtensionNotGuesses() {
        AlerrtProfile.Data d = AlerrtProfile.read(
                statement(
                        "{\"instructor\":{\"mbox\":\"mailto:ci@example.org\"},"
                                + "\"extensions\":{\"" + AlerrtProfile.DELIVERY + "\":\"hybrid\",\""
                                + AlerrtProfile.MODULE_HOURS
                                + "\":25,\"" + AlerrtProfile.BLOCK_START + "\":\"14/09/2026\"}}",
                        null),
                HOME);
        List<String> problems = new ArrayList<>(d.problems());
        CompletionFacts f = d.facts(Delivery.DIRECT, problems);
        assertEquals(Delivery.DIRECT, f.delivery(), "the course default stays, and the credit is held");
        assertNull(f.moduleHours());
        assertNull(f.startedOn());
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains(AlerrtProfile.DELIVERY) && p.contains("hybrid")));
        assertTrue(problems.stream().anyMatch(p -> p.contains(AlerrtProfile.MODULE_HOURS) && p.contains("25")));
        assertTrue(problems.stream().anyMatch(p -> p.contains(AlerrtProfile.BLOCK_START)));
        assertTrue(problems.stream().anyMatch(p -> p.contains("context.instructor") && p.contains(HOME)));
    }

    @Test
    void fractionalOrHugeModuleHoursAreProblems() {
        for (String hours : List.of("2.5", "1e10", "99999999999999999999", "\"4\"")) {
            AlerrtProfile.Data d = AlerrtProfile.read(
                    statement("{\"extensions\":{\"" + AlerrtProfile.MODULE_HOURS + "\":" + hours + "}}", null), HOME);
            assertNull(d.moduleHours(), hours);
            assertEquals(1, d.problems().size(), hours);
        }
    }
}
