package org.alerrt.tracker.cmi5.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuStatementRulesTest {

    private static final String REG = "760e3480-ba55-4991-94b0-01820dbd23a2";
    private static final OffsetDateTime T = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static AuSession session(AuSession.State state, LaunchMode mode) {
        return new AuSession("s-1", REG, "https://pub.example.org/au", mode, state, true, "k", T, T);
    }

    private static JsonObject statement(String verb, String registration, String sessionId, boolean cmi5) {
        var category = Json.createArrayBuilder();
        if (cmi5) {
            category.add(Json.createObjectBuilder().add("id", Cmi5Vocabulary.CATEGORY_CMI5));
        }
        var context = Json.createObjectBuilder()
                .add("contextActivities", Json.createObjectBuilder().add("category", category))
                .add("extensions", Json.createObjectBuilder().add(Cmi5Vocabulary.EXT_SESSION_ID, sessionId));
        if (registration != null) {
            context.add("registration", registration);
        }
        return Json.createObjectBuilder().add("verb", Json.createObjectBuilder().add("id", verb))
                .add("context", context).build();
    }

    private static String rule(JsonObject s, AuSession session, boolean terminated) {
        return AuStatementRules.check(s, session, terminated).map(AuStatementRules.Refusal::rule).orElse("ok");
    }

    @Test
    void statementsOfTheLaunchedSessionPass() {
        assertEquals("ok", rule(statement(Cmi5Vocabulary.PASSED, REG.toUpperCase(), "s-1", true),
                session(AuSession.State.ACTIVE, LaunchMode.Normal), false));
    }

    @Test
    void section9_6_1_and_9_6_3_1_registrationAndSessionIdMustBeTheLaunchs() {
        AuSession s = session(AuSession.State.ACTIVE, LaunchMode.Normal);
        assertEquals("cmi5 §9.6.1", rule(statement(Cmi5Vocabulary.COMPLETED, null, "s-1", true), s, false));
        assertEquals("cmi5 §9.6.1", rule(statement(Cmi5Vocabulary.COMPLETED,
                "00000000-0000-0000-0000-000000000000", "s-1", true), s, false));
        assertEquals("cmi5 §9.6.3.1", rule(statement(Cmi5Vocabulary.COMPLETED, REG, "s-2", true), s, false));
    }

    @Test
    void section9_3_6_and_9_3_8_nothingAfterTheSessionEnded() {
        JsonObject s = statement("http://adlnet.gov/expapi/verbs/experienced", REG, "s-1", false);
        assertEquals("cmi5 §9.3.8", rule(s, session(AuSession.State.ACTIVE, LaunchMode.Normal), true));
        assertEquals("cmi5 §9.3.8", rule(s, session(AuSession.State.TERMINATED, LaunchMode.Normal), false));
        assertEquals("cmi5 §9.3.6", rule(s, session(AuSession.State.ABANDONED, LaunchMode.Normal), false));
    }

    @Test
    void section10_2_2_browseAndReviewSendOnlyInitializedAndTerminated() {
        AuSession browse = session(AuSession.State.ACTIVE, LaunchMode.Browse);
        assertEquals("cmi5 §10.2.2", rule(statement(Cmi5Vocabulary.PASSED, REG, "s-1", true), browse, false));
        assertEquals("ok", rule(statement(Cmi5Vocabulary.INITIALIZED, REG, "s-1", true), browse, false));
        // a cmi5 allowed statement (no cmi5 category) is not a cmi5 defined one
        assertEquals("ok", rule(statement(Cmi5Vocabulary.PASSED, REG, "s-1", false), browse, false));
        assertTrue(AuStatementRules.isCmi5Defined(statement(Cmi5Vocabulary.PASSED, REG, "s-1", true)));
    }
}
