package org.alerrt.tracker.cmi5.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.LaunchMode;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link AuStatementRules}, named after the cmi5 section it enforces. */
class AuStatementRulesTest {

    private static final String REG = "760e3480-ba55-4991-94b0-01820dbd23a2";
    private static final String AU = "https://lms.example.org/cmi5/activities/au/abc";
    private static final OffsetDateTime T = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final JsonObject ACTOR = Json.createObjectBuilder()
            .add("objectType", "Agent")
            .add(
                    "account",
                    Json.createObjectBuilder()
                            .add("homePage", "https://lms.example.org")
                            .add("name", "casey"))
            .build();
    private static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";

    private static AuSession session(AuSession.State state, LaunchMode mode) {
        return new AuSession("s-1", REG, "https://pub.example.org/au", mode, state, true, "k", T, T);
    }

    /** An initialized Normal session of an AU with masteryScore 0.8 and no progress. */
    private static SessionFacts facts() {
        return new SessionFacts(
                session(AuSession.State.ACTIVE, LaunchMode.Normal),
                ACTOR,
                AU,
                new BigDecimal("0.8"),
                Set.of(Cmi5Vocabulary.INITIALIZED),
                true,
                AuProgress.NONE);
    }

    private static SessionFacts facts(Set<String> verbs, AuProgress progress) {
        SessionFacts f = facts();
        return new SessionFacts(f.session(), ACTOR, AU, f.masteryScore(), verbs, true, progress);
    }

    /** A valid statement as a conforming AU would send it with this verb (cmi5 defined unless allowed). */
    private static JsonObject statement(String verb, boolean cmi5) {
        return statement(verb, cmi5, b -> b);
    }

    private static JsonObject statement(String verb, boolean cmi5, UnaryOperator<JsonObjectBuilder> alter) {
        var category = Json.createArrayBuilder();
        JsonObjectBuilder result = null;
        if (cmi5) {
            category.add(Json.createObjectBuilder().add("id", Cmi5Vocabulary.CATEGORY_CMI5));
            switch (verb) {
                case Cmi5Vocabulary.COMPLETED ->
                    result = Json.createObjectBuilder().add("completion", true);
                case Cmi5Vocabulary.PASSED ->
                    result = Json.createObjectBuilder()
                            .add("success", true)
                            .add("score", Json.createObjectBuilder().add("scaled", 0.9));
                case Cmi5Vocabulary.FAILED ->
                    result = Json.createObjectBuilder()
                            .add("success", false)
                            .add("score", Json.createObjectBuilder().add("scaled", 0.5));
                case Cmi5Vocabulary.TERMINATED -> result = Json.createObjectBuilder();
                default -> {}
            }
            if (result != null && !verb.equals(Cmi5Vocabulary.TERMINATED)) {
                category.add(Json.createObjectBuilder().add("id", Cmi5Vocabulary.CATEGORY_MOVE_ON));
            }
            if (result != null) {
                result.add("duration", "PT1M");
            }
        }
        var extensions = Json.createObjectBuilder().add(Cmi5Vocabulary.EXT_SESSION_ID, "s-1");
        if (cmi5 && (verb.equals(Cmi5Vocabulary.PASSED) || verb.equals(Cmi5Vocabulary.FAILED))) {
            extensions.add(Cmi5Vocabulary.EXT_MASTERY_SCORE, 0.8);
        }
        var s = Json.createObjectBuilder()
                .add("id", "7b8f0b52-1a0d-4f5f-b0a5-1c9d1b2e3f40")
                .add("actor", ACTOR)
                .add("verb", Json.createObjectBuilder().add("id", verb))
                .add("object", Json.createObjectBuilder().add("id", AU))
                .add("timestamp", "2026-01-01T00:01:00.000Z")
                .add(
                        "context",
                        Json.createObjectBuilder()
                                .add("registration", REG)
                                .add(
                                        "contextActivities",
                                        Json.createObjectBuilder()
                                                .add("category", category)
                                                .add(
                                                        "grouping",
                                                        Json.createArrayBuilder()
                                                                .add(Json.createObjectBuilder()
                                                                        .add("id", "https://pub.example.org/au"))))
                                .add("extensions", extensions));
        if (result != null) {
            s.add("result", result);
        }
        return alter.apply(s).build();
    }

    private static JsonArray publisherGrouping() {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", "https://pub.example.org/au"))
                .build();
    }

    private static JsonObjectBuilder with(JsonObject s, String key, JsonObject value) {
        return Json.createObjectBuilder(s).add(key, value);
    }

    private static JsonObject result(JsonObject s, UnaryOperator<JsonObjectBuilder> change) {
        JsonObjectBuilder r = Json.createObjectBuilder(s.getJsonObject("result"));
        return with(s, "result", change.apply(r).build()).build();
    }

    private static JsonObject context(JsonObject s, UnaryOperator<JsonObjectBuilder> change) {
        return with(
                        s,
                        "context",
                        change.apply(Json.createObjectBuilder(s.getJsonObject("context")))
                                .build())
                .build();
    }

    private static String rule(JsonObject s, SessionFacts facts) {
        return AuStatementRules.check(s, facts, AuStatementRules.Options.STRICT)
                .map(BrokenRule::rule)
                .orElse("ok");
    }

    private static String rule(JsonObject s) {
        return rule(s, facts());
    }

    @Test
    void conformingStatementsPass() {
        for (String verb : new String[] {
            Cmi5Vocabulary.COMPLETED, Cmi5Vocabulary.PASSED, Cmi5Vocabulary.FAILED, Cmi5Vocabulary.TERMINATED
        }) {
            assertEquals("ok", rule(statement(verb, true)), verb);
        }
        assertEquals("ok", rule(statement(EXPERIENCED, false)));
        // the registration is compared without case
        assertEquals("ok", rule(context(statement(EXPERIENCED, false), c -> c.add("registration", REG.toUpperCase()))));
    }

    @Test
    void section6_3_anAuMayNotVoid() {
        assertEquals("cmi5 §6.3", rule(statement("http://adlnet.gov/expapi/verbs/voided", false)));
    }

    @Test
    void section9_1_theAuAssignsTheStatementId() {
        assertEquals(
                "cmi5 §9.1",
                rule(Json.createObjectBuilder(statement(EXPERIENCED, false))
                        .remove("id")
                        .build()));
    }

    @Test
    void section9_7_timestampPresentAndInUtc() {
        JsonObject s = statement(EXPERIENCED, false);
        assertEquals(
                "cmi5 §9.7",
                rule(Json.createObjectBuilder(s).remove("timestamp").build()));
        assertEquals(
                "cmi5 §9.7",
                rule(Json.createObjectBuilder(s)
                        .add("timestamp", "2026-01-01T00:01:00-06:00")
                        .build()));
        assertTrue(AuStatementRules.isUtc("2026-01-01T00:01:00+00:00"));
        assertTrue(AuStatementRules.isUtc("2026-01-01T00:01:00.123Z"));
        assertFalse(AuStatementRules.isUtc("2026-01-01T00:01:00+05:30"));
    }

    @Test
    void section9_6_1_and_9_6_3_1_registrationAndSessionIdMustBeTheLaunchs() {
        JsonObject s = statement(Cmi5Vocabulary.COMPLETED, true);
        assertEquals(
                "cmi5 §9.6.1",
                rule(Json.createObjectBuilder(s).remove("context").build()));
        assertEquals("cmi5 §9.6.1", rule(context(s, c -> c.remove("registration"))));
        assertEquals(
                "cmi5 §9.6.1", rule(context(s, c -> c.add("registration", "00000000-0000-0000-0000-000000000000"))));
        assertEquals(
                "cmi5 §9.6.3.1",
                rule(context(
                        s,
                        c -> c.add(
                                "extensions", Json.createObjectBuilder().add(Cmi5Vocabulary.EXT_SESSION_ID, "s-2")))));
        assertEquals("cmi5 §9.6.3.1", rule(context(s, c -> c.remove("extensions"))));
    }

    @Test
    void section9_2_theActorIsTheLaunchsAgent() {
        JsonObject s = statement(Cmi5Vocabulary.PASSED, true);
        assertEquals(
                "cmi5 §9.2",
                rule(with(
                                s,
                                "actor",
                                Json.createObjectBuilder(ACTOR)
                                        .add("objectType", "Group")
                                        .build())
                        .build()));
        assertEquals(
                "cmi5 §9.2",
                rule(with(
                                s,
                                "actor",
                                Json.createObjectBuilder()
                                        .add("mbox", "mailto:casey@example.org")
                                        .build())
                        .build()));
        assertEquals(
                "cmi5 §9.2",
                rule(with(
                                s,
                                "actor",
                                Json.createObjectBuilder()
                                        .add(
                                                "account",
                                                Json.createObjectBuilder()
                                                        .add("homePage", "https://lms.example.org")
                                                        .add("name", "other"))
                                        .build())
                        .build()));
        // objectType may be left out: an Agent by default
        assertEquals(
                "ok",
                rule(with(
                                s,
                                "actor",
                                Json.createObjectBuilder(ACTOR)
                                        .remove("objectType")
                                        .build())
                        .build()));
    }

    @Test
    void section9_3_initializedIsTheFirstStatementOfTheSession() {
        SessionFacts fresh = facts(Set.of(), AuProgress.NONE);
        assertEquals("cmi5 §9.3, §9.3.2", rule(statement(EXPERIENCED, false), fresh));
        assertEquals("cmi5 §9.3, §9.3.2", rule(statement(Cmi5Vocabulary.COMPLETED, true), fresh));
        // an "initialized" without the cmi5 category is a cmi5 allowed statement, not the initialization
        assertEquals("cmi5 §9.3, §9.3.2", rule(statement(Cmi5Vocabulary.INITIALIZED, false), fresh));
        assertEquals("ok", rule(statement(Cmi5Vocabulary.INITIALIZED, true), fresh));
    }

    @Test
    void section11_preferencesAreReadBeforeInitialized() {
        SessionFacts f = facts();
        SessionFacts notRead = new SessionFacts(f.session(), ACTOR, AU, null, Set.of(), false, null);
        JsonObject initialized = statement(Cmi5Vocabulary.INITIALIZED, true);
        assertEquals("cmi5 §11", rule(initialized, notRead));
        assertEquals(
                "ok",
                AuStatementRules.check(initialized, notRead, new AuStatementRules.Options(false))
                        .map(BrokenRule::rule)
                        .orElse("ok"));
    }

    @Test
    void section9_3_noVerbTwiceInASession() {
        assertEquals("cmi5 §9.3 (session ordering)", rule(statement(Cmi5Vocabulary.INITIALIZED, true)));
        assertEquals(
                "cmi5 §9.3 (session ordering)",
                rule(
                        statement(Cmi5Vocabulary.COMPLETED, true),
                        facts(Set.of(Cmi5Vocabulary.INITIALIZED, Cmi5Vocabulary.COMPLETED), AuProgress.NONE)));
        // cmi5 allowed statements are not subject to the ordering rules
        assertEquals(
                "ok",
                rule(
                        statement(Cmi5Vocabulary.COMPLETED, false),
                        facts(Set.of(Cmi5Vocabulary.INITIALIZED, Cmi5Vocabulary.COMPLETED), AuProgress.NONE)));
    }

    @Test
    void section9_3_atMostOneOfPassedAndFailedInASession() {
        SessionFacts failed =
                facts(Set.of(Cmi5Vocabulary.INITIALIZED, Cmi5Vocabulary.FAILED), AuProgress.NONE.withFailed());
        assertEquals("cmi5 §9.3 (session ordering)", rule(statement(Cmi5Vocabulary.PASSED, true), failed));
        assertEquals("cmi5 §9.3 (session ordering)", rule(statement(Cmi5Vocabulary.FAILED, true), failed));
        // in a later session of the registration, passed after failed is fine
        assertEquals(
                "ok",
                rule(
                        statement(Cmi5Vocabulary.PASSED, true),
                        facts(Set.of(Cmi5Vocabulary.INITIALIZED), AuProgress.NONE.withFailed())));
    }

    @Test
    void section9_3_completedAndPassedOncePerRegistrationAndNoFailedAfterPassed() {
        SessionFacts done = facts(
                Set.of(Cmi5Vocabulary.INITIALIZED),
                AuProgress.NONE.withCompleted().withPassed());
        assertEquals(
                "cmi5 §9.3 (registration ordering), §9.3.3", rule(statement(Cmi5Vocabulary.COMPLETED, true), done));
        assertEquals("cmi5 §9.3 (registration ordering), §9.3.4", rule(statement(Cmi5Vocabulary.PASSED, true), done));
        assertEquals("cmi5 §9.3 (registration ordering)", rule(statement(Cmi5Vocabulary.FAILED, true), done));
    }

    @Test
    void section9_3_8_nothingAfterTerminatedAnd9_3_6_nothingAfterAbandoned() {
        JsonObject s = statement(EXPERIENCED, false);
        assertEquals(
                "cmi5 §9.3.8",
                rule(s, facts(Set.of(Cmi5Vocabulary.INITIALIZED, Cmi5Vocabulary.TERMINATED), AuProgress.NONE)));
        assertEquals(
                "cmi5 §9.3.8",
                rule(
                        s,
                        new SessionFacts(
                                session(AuSession.State.TERMINATED, LaunchMode.Normal),
                                ACTOR,
                                AU,
                                null,
                                Set.of(Cmi5Vocabulary.INITIALIZED),
                                true,
                                null)));
        assertEquals(
                "cmi5 §9.3.6",
                rule(
                        s,
                        new SessionFacts(
                                session(AuSession.State.ABANDONED, LaunchMode.Normal),
                                ACTOR,
                                AU,
                                null,
                                Set.of(Cmi5Vocabulary.INITIALIZED),
                                true,
                                null)));
    }

    @Test
    void section9_4_theObjectIsTheAu() {
        JsonObject s = with(
                        statement(Cmi5Vocabulary.COMPLETED, true),
                        "object",
                        Json.createObjectBuilder()
                                .add("id", "http://example.com/not/the/lms/id")
                                .build())
                .build();
        assertEquals("cmi5 §9.4", rule(s));
        // sessions launched before the activity id was recorded skip this rule
        SessionFacts f = facts();
        assertEquals("ok", rule(s, new SessionFacts(f.session(), ACTOR, null, null, f.verbsUsed(), true, null)));
    }

    @Test
    void section9_6_2_cmi5DefinedStatementsKeepThePublisherIdGroupingOfTheTemplate() {
        UnaryOperator<JsonObjectBuilder> noGrouping = c -> c.add(
                "contextActivities",
                Json.createObjectBuilder()
                        .add(
                                "category",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("id", Cmi5Vocabulary.CATEGORY_CMI5))));
        assertEquals("cmi5 §9.6.2", rule(context(statement(Cmi5Vocabulary.TERMINATED, true), noGrouping)));
        // cmi5 allowed statements may leave it out
        assertEquals(
                "ok",
                rule(context(
                        statement(EXPERIENCED, false), c -> c.add("contextActivities", Json.createObjectBuilder()))));
    }

    @Test
    void section10_2_2_browseAndReviewSendOnlyInitializedAndTerminated() {
        SessionFacts browse = new SessionFacts(
                session(AuSession.State.ACTIVE, LaunchMode.Browse),
                ACTOR,
                AU,
                null,
                Set.of(Cmi5Vocabulary.INITIALIZED),
                true,
                null);
        assertEquals("cmi5 §10.2.2", rule(statement(Cmi5Vocabulary.COMPLETED, true), browse));
        assertEquals("ok", rule(statement(Cmi5Vocabulary.TERMINATED, true), browse));
        assertEquals("ok", rule(statement(EXPERIENCED, false), browse));
    }

    @Test
    void section9_5_1_scoreOnlyOnPassedOrFailedAndRawWithMinAndMax() {
        assertEquals(
                "cmi5 §9.5.1",
                rule(result(
                        statement(Cmi5Vocabulary.COMPLETED, true),
                        r -> r.add("score", Json.createObjectBuilder().add("scaled", 0.5)))));
        assertEquals(
                "cmi5 §9.5.1",
                rule(result(
                        statement(Cmi5Vocabulary.PASSED, true),
                        r -> r.add(
                                "score",
                                Json.createObjectBuilder()
                                        .add("scaled", 0.9)
                                        .add("raw", 90)
                                        .add("max", 100)))));
        assertEquals(
                "cmi5 §9.5.1",
                rule(result(
                        statement(Cmi5Vocabulary.PASSED, true),
                        r -> r.add(
                                "score",
                                Json.createObjectBuilder()
                                        .add("scaled", 0.9)
                                        .add("raw", 90)
                                        .add("min", 0)))));
        assertEquals(
                "ok",
                rule(result(
                        statement(Cmi5Vocabulary.PASSED, true),
                        r -> r.add(
                                "score",
                                Json.createObjectBuilder()
                                        .add("scaled", 0.9)
                                        .add("raw", 90)
                                        .add("min", 0)
                                        .add("max", 100)))));
    }

    @Test
    void section9_5_2_successTrueOnPassedFalseOnFailedAbsentElsewhere() {
        assertEquals("cmi5 §9.5.2", rule(result(statement(Cmi5Vocabulary.PASSED, true), r -> r.remove("success"))));
        assertEquals("cmi5 §9.5.2", rule(result(statement(Cmi5Vocabulary.PASSED, true), r -> r.add("success", false))));
        assertEquals("cmi5 §9.5.2", rule(result(statement(Cmi5Vocabulary.FAILED, true), r -> r.remove("success"))));
        assertEquals("cmi5 §9.5.2", rule(result(statement(Cmi5Vocabulary.FAILED, true), r -> r.add("success", true))));
        assertEquals(
                "cmi5 §9.5.2", rule(result(statement(Cmi5Vocabulary.COMPLETED, true), r -> r.add("success", true))));
    }

    @Test
    void section9_5_3_completionTrueOnCompletedAbsentElsewhere() {
        assertEquals(
                "cmi5 §9.5.3", rule(result(statement(Cmi5Vocabulary.COMPLETED, true), r -> r.remove("completion"))));
        assertEquals(
                "cmi5 §9.5.3",
                rule(result(statement(Cmi5Vocabulary.COMPLETED, true), r -> r.add("completion", false))));
        assertEquals(
                "cmi5 §9.5.3", rule(result(statement(Cmi5Vocabulary.PASSED, true), r -> r.add("completion", true))));
    }

    @Test
    void section9_5_4_1_durationInTerminatedCompletedPassedFailed() {
        for (String verb : new String[] {
            Cmi5Vocabulary.TERMINATED, Cmi5Vocabulary.COMPLETED, Cmi5Vocabulary.PASSED, Cmi5Vocabulary.FAILED
        }) {
            assertEquals("cmi5 §9.5.4.1", rule(result(statement(verb, true), r -> r.remove("duration"))), verb);
        }
        assertEquals(
                "cmi5 §9.5.4.1",
                rule(Json.createObjectBuilder(statement(Cmi5Vocabulary.TERMINATED, true))
                        .remove("result")
                        .build()));
    }

    @Test
    void sections9_3_4_and_9_3_5_scaledScoreAgainstMasteryScore() {
        assertEquals(
                "cmi5 §9.3.4",
                rule(result(
                        statement(Cmi5Vocabulary.PASSED, true),
                        r -> r.add("score", Json.createObjectBuilder().add("scaled", 0.79)))));
        assertEquals(
                "ok",
                rule(result(
                        statement(Cmi5Vocabulary.PASSED, true),
                        r -> r.add("score", Json.createObjectBuilder().add("scaled", 0.8)))));
        assertEquals(
                "cmi5 §9.3.5",
                rule(result(
                        statement(Cmi5Vocabulary.FAILED, true),
                        r -> r.add("score", Json.createObjectBuilder().add("scaled", 0.8)))));
        assertEquals(
                "cmi5 §9.3.5",
                rule(result(
                        statement(Cmi5Vocabulary.FAILED, true),
                        r -> r.add("score", Json.createObjectBuilder().add("scaled", 0.81)))));
    }

    @Test
    void section9_6_3_2_passedAndFailedCarryTheLaunchsMasteryScore() {
        JsonObject s = statement(Cmi5Vocabulary.PASSED, true);
        assertEquals(
                "cmi5 §9.6.3.2",
                rule(context(
                        s,
                        c -> c.add(
                                "extensions", Json.createObjectBuilder().add(Cmi5Vocabulary.EXT_SESSION_ID, "s-1")))));
        assertEquals(
                "cmi5 §9.6.3.2",
                rule(context(
                        s,
                        c -> c.add(
                                "extensions",
                                Json.createObjectBuilder()
                                        .add(Cmi5Vocabulary.EXT_SESSION_ID, "s-1")
                                        .add(Cmi5Vocabulary.EXT_MASTERY_SCORE, 0.7)))));
        // 0.80 is the same masteryScore as 0.8
        assertEquals(
                "ok",
                rule(context(
                        s,
                        c -> c.add(
                                "extensions",
                                Json.createObjectBuilder()
                                        .add(Cmi5Vocabulary.EXT_SESSION_ID, "s-1")
                                        .add(Cmi5Vocabulary.EXT_MASTERY_SCORE, new BigDecimal("0.80"))))));
    }

    @Test
    void section9_6_3_2_passedAndFailedWithoutAScoreNeedNoMasteryScore() {
        for (String verb : new String[] {Cmi5Vocabulary.PASSED, Cmi5Vocabulary.FAILED}) {
            JsonObject unscored = context(
                    result(statement(verb, true), r -> r.remove("score")),
                    c -> c.add("extensions", Json.createObjectBuilder().add(Cmi5Vocabulary.EXT_SESSION_ID, "s-1")));
            assertEquals("ok", rule(unscored), verb);
            // given anyway, it is still the launch's value
            assertEquals(
                    "cmi5 §9.6.3.2",
                    rule(context(
                            unscored,
                            c -> c.add(
                                    "extensions",
                                    Json.createObjectBuilder()
                                            .add(Cmi5Vocabulary.EXT_SESSION_ID, "s-1")
                                            .add(Cmi5Vocabulary.EXT_MASTERY_SCORE, 0.5)))),
                    verb);
        }
        // a raw score alone is not judged against the (scaled) masteryScore either
        JsonObject raw = context(
                result(
                        statement(Cmi5Vocabulary.PASSED, true),
                        r -> r.add(
                                "score",
                                Json.createObjectBuilder()
                                        .add("raw", 7)
                                        .add("min", 0)
                                        .add("max", 10))),
                c -> c.add("extensions", Json.createObjectBuilder().add(Cmi5Vocabulary.EXT_SESSION_ID, "s-1")));
        assertEquals("ok", rule(raw));
    }

    @Test
    void section9_6_2_2_moveOnCategoryExactlyWithSuccessOrCompletion() {
        JsonObject completed = statement(Cmi5Vocabulary.COMPLETED, true);
        assertEquals(
                "cmi5 §9.6.2.2",
                rule(context(
                        completed,
                        c -> c.add(
                                "contextActivities",
                                Json.createObjectBuilder()
                                        .add("grouping", publisherGrouping())
                                        .add(
                                                "category",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("id", Cmi5Vocabulary.CATEGORY_CMI5)))))));
        JsonObject withMoveOn = context(
                statement(Cmi5Vocabulary.TERMINATED, true),
                c -> c.add(
                        "contextActivities",
                        Json.createObjectBuilder()
                                .add("grouping", publisherGrouping())
                                .add(
                                        "category",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("id", Cmi5Vocabulary.CATEGORY_CMI5))
                                                .add(Json.createObjectBuilder()
                                                        .add("id", Cmi5Vocabulary.CATEGORY_MOVE_ON)))));
        assertEquals("cmi5 §9.6.2.2", rule(withMoveOn));
        JsonObject allowedWithMoveOn = context(
                statement(EXPERIENCED, false),
                c -> c.add(
                        "contextActivities",
                        Json.createObjectBuilder()
                                .add(
                                        "category",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("id", Cmi5Vocabulary.CATEGORY_MOVE_ON)))));
        assertEquals("cmi5 §9.6.2.2", rule(allowedWithMoveOn));
    }

    @Test
    void factsAfterAcceptedStatementsJudgeABatchInOrder() {
        SessionFacts f = facts(Set.of(), AuProgress.NONE);
        f = f.after(statement(Cmi5Vocabulary.INITIALIZED, true));
        assertEquals("ok", rule(statement(Cmi5Vocabulary.COMPLETED, true), f));
        f = f.after(statement(Cmi5Vocabulary.COMPLETED, true));
        assertTrue(f.progress().completed());
        assertEquals("cmi5 §9.3 (session ordering)", rule(statement(Cmi5Vocabulary.COMPLETED, true), f));
        // allowed statements change nothing
        assertEquals(f, f.after(statement(EXPERIENCED, false)));
        f = f.after(statement(Cmi5Vocabulary.TERMINATED, true));
        assertTrue(f.terminated());
    }
}
