package org.alerrt.tracker.cmi5.domain;

import static org.alerrt.tracker.platform.json.JsonFields.object;
import static org.alerrt.tracker.platform.json.JsonFields.string;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.alerrt.tracker.cmi5.api.LaunchMode;

/**
 * What an AU may send with its session's auth token (cmi5 §6.3, §9): the LMS rejects statements that conflict with
 * §9 (§6.3 "SHOULD reject", done here with 403). One method per rule, each citing its section; {@link #check}
 * applies them in a fixed order and answers the first broken one. The rules judge one statement against the
 * {@link SessionFacts} of the statements accepted before it (§9.3 ordering is by acceptance, which for one AU is
 * its timestamp order).
 */
public final class AuStatementRules {

    /** Options of the rules that go beyond what every AU does in practice. */
    public record Options(boolean preferencesBeforeInitialized) {
        public static final Options STRICT = new Options(true);
    }

    private static final Set<String> ALWAYS_ALLOWED = Set.of(Cmi5Vocabulary.INITIALIZED, Cmi5Vocabulary.TERMINATED);
    private static final Set<String> DURATION_REQUIRED =
            Set.of(Cmi5Vocabulary.TERMINATED, Cmi5Vocabulary.COMPLETED, Cmi5Vocabulary.PASSED, Cmi5Vocabulary.FAILED);
    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private AuStatementRules() {}

    /** The first rule the statement breaks, empty when it may be stored. */
    public static Optional<BrokenRule> check(JsonObject statement, SessionFacts facts, Options options) {
        List<Function<JsonObject, Optional<BrokenRule>>> rules = List.of(
                s -> sessionOpen(facts),
                AuStatementRules::noVoiding,
                AuStatementRules::hasId,
                AuStatementRules::timestampInUtc,
                s -> sameRegistration(s, facts.session()),
                s -> sameSession(s, facts.session()),
                s -> launchActor(s, facts),
                s -> initializedFirst(s, facts),
                s -> preferencesReadBeforeInitialized(s, facts, options),
                s -> noDuplicateVerbInSession(s, facts),
                s -> onePassedOrFailedPerSession(s, facts),
                s -> completedOncePerRegistration(s, facts),
                s -> passedOncePerRegistration(s, facts),
                s -> noFailedAfterPassed(s, facts),
                s -> objectIsTheAu(s, facts),
                s -> publisherIdGrouping(s, facts.session()),
                s -> launchModeAllows(s, facts.session()),
                AuStatementRules::scoreOnlyOnPassedOrFailed,
                AuStatementRules::rawScoreHasMinAndMax,
                AuStatementRules::successMatchesVerb,
                AuStatementRules::completionMatchesVerb,
                AuStatementRules::durationPresent,
                s -> scoreConsistentWithMasteryScore(s, facts),
                s -> masteryScoreExtension(s, facts),
                AuStatementRules::moveOnCategory);
        for (Function<JsonObject, Optional<BrokenRule>> rule : rules) {
            Optional<BrokenRule> refusal = rule.apply(statement);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    static Optional<BrokenRule> sessionOpen(SessionFacts facts) {
        AuSession session = facts.session();
        if (facts.terminated()) {
            return refuse(
                    "statement",
                    "the AU session " + session.sessionId()
                            + " is terminated: no statements are accepted after \"terminated\"",
                    "cmi5 §9.3.8");
        }
        if (session.state() != AuSession.State.ACTIVE) {
            return refuse(
                    "statement",
                    "the AU session " + session.sessionId() + " was abandoned: no statements are accepted for it",
                    "cmi5 §9.3.6");
        }
        return Optional.empty();
    }

    /** §6.3: the LMS gives the AU no right to void statements. */
    static Optional<BrokenRule> noVoiding(JsonObject statement) {
        return VOIDED.equals(verb(statement))
                ? refuse("verb", "an AU may not void statements", "cmi5 §6.3")
                : Optional.empty();
    }

    /** §9.1: the AU assigns every statement's id. */
    static Optional<BrokenRule> hasId(JsonObject statement) {
        return string(statement, "id") == null
                ? refuse("id", "the AU MUST assign a statement id (UUID)", "cmi5 §9.1")
                : Optional.empty();
    }

    /** §9.7: every statement has a timestamp, recorded in UTC. */
    static Optional<BrokenRule> timestampInUtc(JsonObject statement) {
        String t = string(statement, "timestamp");
        if (t == null) {
            return refuse("timestamp", "is required in every statement (ordering is by timestamp)", "cmi5 §9.7");
        }
        return isUtc(t)
                ? Optional.empty()
                : refuse("timestamp", "must be in UTC (Z or a zero offset), got '" + t + "'", "cmi5 §9.7");
    }

    static Optional<BrokenRule> sameRegistration(JsonObject statement, AuSession session) {
        String registration = string(object(statement, "context"), "registration");
        if (registration == null || !registration.equalsIgnoreCase(session.registration())) {
            return refuse(
                    "context.registration",
                    "must be the registration of the launch (" + session.registration() + ")",
                    "cmi5 §9.6.1");
        }
        return Optional.empty();
    }

    static Optional<BrokenRule> sameSession(JsonObject statement, AuSession session) {
        String id = string(object(object(statement, "context"), "extensions"), Cmi5Vocabulary.EXT_SESSION_ID);
        if (!session.sessionId().equals(id)) {
            return refuse(
                    "context.extensions[" + Cmi5Vocabulary.EXT_SESSION_ID + "]",
                    "must be the session id of the launch (from LMS.LaunchData contextTemplate)",
                    "cmi5 §9.6.3.1");
        }
        return Optional.empty();
    }

    /** §9.2: the LMS defines the actor: an Agent (not a Group) with the launch's account (homePage and name). */
    static Optional<BrokenRule> launchActor(JsonObject statement, SessionFacts facts) {
        JsonObject actor = object(statement, "actor");
        String type = string(actor, "objectType");
        if (type != null && !"Agent".equals(type)) {
            return refuse("actor.objectType", "must be Agent: the actor is the launch's learner", "cmi5 §9.2");
        }
        JsonObject account = object(actor, "account");
        JsonObject launched = object(facts.actor(), "account");
        if (account == null
                || launched == null
                || !launched.getString("homePage", "").equals(string(account, "homePage"))
                || !launched.getString("name", "").equals(string(account, "name"))) {
            return refuse(
                    "actor.account",
                    "must be the launch's actor (account homePage and name as in the" + " launch URL)",
                    "cmi5 §9.2");
        }
        return Optional.empty();
    }

    /** §9.3: "initialized" is the first statement of a session (cmi5 allowed or defined). */
    static Optional<BrokenRule> initializedFirst(JsonObject statement, SessionFacts facts) {
        if (facts.used(Cmi5Vocabulary.INITIALIZED) || isDefined(statement, Cmi5Vocabulary.INITIALIZED)) {
            return Optional.empty();
        }
        return refuse(
                "verb",
                "the first statement of an AU session must be the cmi5 defined \"initialized\"",
                "cmi5 §9.3, §9.3.2");
    }

    /** §11: the AU MUST retrieve cmi5LearnerPreferences on startup, i.e. before it reports "initialized". */
    static Optional<BrokenRule> preferencesReadBeforeInitialized(
            JsonObject statement, SessionFacts facts, Options options) {
        if (!options.preferencesBeforeInitialized()
                || facts.preferencesRead()
                || !isDefined(statement, Cmi5Vocabulary.INITIALIZED)) {
            return Optional.empty();
        }
        return refuse(
                "verb",
                "the AU must read the cmi5LearnerPreferences agent profile on startup, before" + " \"initialized\"",
                "cmi5 §11");
    }

    /** §9.3: verbs are not duplicated in cmi5 defined statements of a session. */
    static Optional<BrokenRule> noDuplicateVerbInSession(JsonObject statement, SessionFacts facts) {
        String verb = verb(statement);
        if (isCmi5Defined(statement) && SessionFacts.AU_VERBS.contains(verb) && facts.used(verb)) {
            return refuse(
                    "verb",
                    "\"" + shortName(verb) + "\" was already sent in this session",
                    "cmi5 §9.3 (session ordering)");
        }
        return Optional.empty();
    }

    /** §9.3: no more than one of passed and failed in a session. */
    static Optional<BrokenRule> onePassedOrFailedPerSession(JsonObject statement, SessionFacts facts) {
        String verb = verb(statement);
        boolean judged = Cmi5Vocabulary.PASSED.equals(verb) || Cmi5Vocabulary.FAILED.equals(verb);
        if (judged
                && isCmi5Defined(statement)
                && (facts.used(Cmi5Vocabulary.PASSED) || facts.used(Cmi5Vocabulary.FAILED))) {
            return refuse(
                    "verb", "a session has at most one of \"passed\" and \"failed\"", "cmi5 §9.3 (session ordering)");
        }
        return Optional.empty();
    }

    /** §9.3, §9.3.3: zero or one "completed" per registration (and AU). */
    static Optional<BrokenRule> completedOncePerRegistration(JsonObject statement, SessionFacts facts) {
        if (isDefined(statement, Cmi5Vocabulary.COMPLETED) && facts.progress().completed()) {
            return refuse(
                    "verb",
                    "the AU is already completed in this registration",
                    "cmi5 §9.3 (registration ordering), §9.3.3");
        }
        return Optional.empty();
    }

    /** §9.3, §9.3.4: zero or one "passed" per registration (and AU). */
    static Optional<BrokenRule> passedOncePerRegistration(JsonObject statement, SessionFacts facts) {
        if (isDefined(statement, Cmi5Vocabulary.PASSED) && facts.progress().passed()) {
            return refuse(
                    "verb",
                    "the AU is already passed in this registration",
                    "cmi5 §9.3 (registration ordering), §9.3.4");
        }
        return Optional.empty();
    }

    /** §9.3: "failed" does not follow "passed" in a registration. */
    static Optional<BrokenRule> noFailedAfterPassed(JsonObject statement, SessionFacts facts) {
        if (isDefined(statement, Cmi5Vocabulary.FAILED) && facts.progress().passed()) {
            return refuse(
                    "verb",
                    "\"failed\" must not follow \"passed\" in a registration",
                    "cmi5 §9.3 (registration ordering)");
        }
        return Optional.empty();
    }

    /** §9.4, §8.1.5: the object of a cmi5 defined AU statement is the AU, by the launch URL's activityId. */
    static Optional<BrokenRule> objectIsTheAu(JsonObject statement, SessionFacts facts) {
        if (facts.auActivityId() == null || !isCmi5Defined(statement)) {
            return Optional.empty();
        }
        if (!facts.auActivityId().equals(string(object(statement, "object"), "id"))) {
            return refuse(
                    "object.id",
                    "must be the AU's activityId from the launch URL (" + facts.auActivityId() + ")",
                    "cmi5 §9.4");
        }
        return Optional.empty();
    }

    /**
     * §9.6.2, §9.6.2.3: cmi5 defined statements include the contextTemplate's contextActivities, i.e. the AU's
     * publisher id in {@code grouping} (the template's only activity).
     */
    static Optional<BrokenRule> publisherIdGrouping(JsonObject statement, AuSession session) {
        if (!isCmi5Defined(statement)) {
            return Optional.empty();
        }
        JsonObject activities = object(object(statement, "context"), "contextActivities");
        JsonValue grouping = activities == null ? null : activities.get("grouping");
        boolean found = grouping instanceof JsonArray a
                ? a.stream()
                        .anyMatch(
                                v -> v instanceof JsonObject o && session.auId().equals(string(o, "id")))
                : grouping instanceof JsonObject o && session.auId().equals(string(o, "id"));
        return found
                ? Optional.empty()
                : refuse(
                        "context.contextActivities.grouping",
                        "must include the AU's" + " publisher id " + session.auId()
                                + " from the LMS.LaunchData contextTemplate",
                        "cmi5 §9.6.2");
    }

    static Optional<BrokenRule> launchModeAllows(JsonObject statement, AuSession session) {
        if (session.launchMode() == LaunchMode.Normal
                || !isCmi5Defined(statement)
                || ALWAYS_ALLOWED.contains(verb(statement))) {
            return Optional.empty();
        }
        return refuse(
                "verb",
                "a session launched in " + session.launchMode()
                        + " mode sends no cmi5 defined statements other than initialized and terminated",
                "cmi5 §10.2.2");
    }

    /** §9.5.1: only passed and failed carry a score. */
    static Optional<BrokenRule> scoreOnlyOnPassedOrFailed(JsonObject statement) {
        String verb = verb(statement);
        if (isCmi5Defined(statement)
                && object(object(statement, "result"), "score") != null
                && !Cmi5Vocabulary.PASSED.equals(verb)
                && !Cmi5Vocabulary.FAILED.equals(verb)) {
            return refuse("result.score", "only \"passed\" and \"failed\" may include a score", "cmi5 §9.5.1");
        }
        return Optional.empty();
    }

    /** §9.5.1: a raw score comes with min and max. */
    static Optional<BrokenRule> rawScoreHasMinAndMax(JsonObject statement) {
        JsonObject score = object(object(statement, "result"), "score");
        if (isCmi5Defined(statement)
                && score != null
                && score.containsKey("raw")
                && (!score.containsKey("min") || !score.containsKey("max"))) {
            return refuse("result.score", "a raw score must come with min and max", "cmi5 §9.5.1");
        }
        return Optional.empty();
    }

    /** §9.5.2: success true on passed, false on failed, absent on the AU's other cmi5 defined statements. */
    static Optional<BrokenRule> successMatchesVerb(JsonObject statement) {
        if (!isCmi5Defined(statement)) {
            return Optional.empty();
        }
        JsonValue success = value(object(statement, "result"), "success");
        String verb = verb(statement);
        if (Cmi5Vocabulary.PASSED.equals(verb) && success != JsonValue.TRUE) {
            return refuse("result.success", "must be true in \"passed\"", "cmi5 §9.5.2");
        }
        if (Cmi5Vocabulary.FAILED.equals(verb) && success != JsonValue.FALSE) {
            return refuse("result.success", "must be false in \"failed\"", "cmi5 §9.5.2");
        }
        if (success != null
                && !Cmi5Vocabulary.PASSED.equals(verb)
                && !Cmi5Vocabulary.FAILED.equals(verb)
                && !Cmi5Vocabulary.WAIVED.equals(verb)) {
            return refuse(
                    "result.success", "only \"passed\", \"failed\" and \"waived\" include success", "cmi5 §9.5.2");
        }
        return Optional.empty();
    }

    /** §9.5.3: completion true on completed, absent on the AU's other cmi5 defined statements. */
    static Optional<BrokenRule> completionMatchesVerb(JsonObject statement) {
        if (!isCmi5Defined(statement)) {
            return Optional.empty();
        }
        JsonValue completion = value(object(statement, "result"), "completion");
        String verb = verb(statement);
        if (Cmi5Vocabulary.COMPLETED.equals(verb) && completion != JsonValue.TRUE) {
            return refuse("result.completion", "must be true in \"completed\"", "cmi5 §9.5.3");
        }
        if (completion != null && !Cmi5Vocabulary.COMPLETED.equals(verb) && !Cmi5Vocabulary.WAIVED.equals(verb)) {
            return refuse("result.completion", "only \"completed\" and \"waived\" include completion", "cmi5 §9.5.3");
        }
        return Optional.empty();
    }

    /** §9.5.4.1: terminated, completed, passed and failed include result.duration. */
    static Optional<BrokenRule> durationPresent(JsonObject statement) {
        String verb = verb(statement);
        if (isCmi5Defined(statement)
                && DURATION_REQUIRED.contains(verb)
                && string(object(statement, "result"), "duration") == null) {
            return refuse("result.duration", "is required in \"" + shortName(verb) + "\"", "cmi5 §9.5.4.1");
        }
        return Optional.empty();
    }

    /** §9.3.4, §9.3.5, §9.5.1: a scaled score is ≥ masteryScore in passed and < masteryScore in failed. */
    static Optional<BrokenRule> scoreConsistentWithMasteryScore(JsonObject statement, SessionFacts facts) {
        BigDecimal mastery = facts.masteryScore();
        JsonValue scaled = value(object(object(statement, "result"), "score"), "scaled");
        if (mastery == null || !isCmi5Defined(statement) || !(scaled instanceof JsonNumber n)) {
            return Optional.empty();
        }
        String verb = verb(statement);
        int cmp = n.bigDecimalValue().compareTo(mastery);
        if (Cmi5Vocabulary.PASSED.equals(verb) && cmp < 0) {
            return refuse(
                    "result.score.scaled",
                    "is below the masteryScore " + mastery.toPlainString() + ": not a \"passed\"",
                    "cmi5 §9.3.4");
        }
        if (Cmi5Vocabulary.FAILED.equals(verb) && cmp >= 0) {
            return refuse(
                    "result.score.scaled",
                    "reaches the masteryScore " + mastery.toPlainString() + ": not a \"failed\"",
                    "cmi5 §9.3.5");
        }
        return Optional.empty();
    }

    /**
     * §9.6.3.2: the AU includes the launch's masteryScore in the context of the "passed" or "failed" statements it
     * makes <em>based on the masteryScore</em>, i.e. those with a scaled score (§9.3.4, §9.3.5, §9.5.1: a score is
     * optional; without one the verb is the AU's own judgement). Whenever the extension is given it must be the
     * launch's value.
     */
    static Optional<BrokenRule> masteryScoreExtension(JsonObject statement, SessionFacts facts) {
        String verb = verb(statement);
        if (facts.masteryScore() == null
                || !isCmi5Defined(statement)
                || !(Cmi5Vocabulary.PASSED.equals(verb) || Cmi5Vocabulary.FAILED.equals(verb))) {
            return Optional.empty();
        }
        JsonValue given = value(object(object(statement, "context"), "extensions"), Cmi5Vocabulary.EXT_MASTERY_SCORE);
        boolean scored = value(object(object(statement, "result"), "score"), "scaled") instanceof JsonNumber;
        if (given == null && !scored) {
            return Optional.empty();
        }
        if (!(given instanceof JsonNumber n) || n.bigDecimalValue().compareTo(facts.masteryScore()) != 0) {
            return refuse(
                    "context.extensions[" + Cmi5Vocabulary.EXT_MASTERY_SCORE + "]",
                    "must be the launch's"
                            + " masteryScore " + facts.masteryScore().toPlainString()
                            + (given == null ? " when the statement has a scaled score" : ""),
                    "cmi5 §9.6.3.2");
        }
        return Optional.empty();
    }

    /**
     * §9.6.2.2: cmi5 defined statements whose result has success or completion carry the moveOn category; no
     * other statement does.
     */
    static Optional<BrokenRule> moveOnCategory(JsonObject statement) {
        JsonObject result = object(statement, "result");
        boolean needs = isCmi5Defined(statement)
                && result != null
                && (result.containsKey("success") || result.containsKey("completion"));
        boolean has = hasCategory(statement, Cmi5Vocabulary.CATEGORY_MOVE_ON);
        if (needs && !has) {
            return refuse(
                    "context.contextActivities.category",
                    "must include the moveOn category activity " + Cmi5Vocabulary.CATEGORY_MOVE_ON,
                    "cmi5 §9.6.2.2");
        }
        if (!needs && has) {
            return refuse(
                    "context.contextActivities.category",
                    "only cmi5 defined statements with success or" + " completion include the moveOn category activity",
                    "cmi5 §9.6.2.2");
        }
        return Optional.empty();
    }

    /** §7.1.3: a cmi5 defined statement carries the cmi5 category. */
    public static boolean isCmi5Defined(JsonObject statement) {
        return hasCategory(statement, Cmi5Vocabulary.CATEGORY_CMI5);
    }

    private static boolean isDefined(JsonObject statement, String verb) {
        return verb.equals(verb(statement)) && isCmi5Defined(statement);
    }

    private static boolean hasCategory(JsonObject statement, String id) {
        JsonObject activities = object(object(statement, "context"), "contextActivities");
        JsonValue category = activities == null ? null : activities.get("category");
        if (category instanceof JsonArray a) {
            return a.stream().anyMatch(v -> v instanceof JsonObject o && id.equals(string(o, "id")));
        }
        return category instanceof JsonObject o && id.equals(string(o, "id"));
    }

    /** Z or a zero offset (+00:00, -00:00, +0000, +00); no zone at all claims no other zone (xAPI Data §4.5). */
    static boolean isUtc(String timestamp) {
        String t = timestamp.strip();
        if (t.endsWith("Z") || t.endsWith("z")) {
            return true;
        }
        int time = t.indexOf('T') >= 0 ? t.indexOf('T') : t.indexOf('t');
        int sign = Math.max(t.lastIndexOf('+'), t.lastIndexOf('-'));
        if (time < 0 || sign < time) {
            return true;
        }
        return t.substring(sign + 1).replace(":", "").chars().allMatch(c -> c == '0');
    }

    public static String verb(JsonObject statement) {
        return string(object(statement, "verb"), "id");
    }

    private static String shortName(String verb) {
        return verb == null ? "" : verb.substring(verb.lastIndexOf('/') + 1);
    }

    private static Optional<BrokenRule> refuse(String property, String message, String rule) {
        return Optional.of(new BrokenRule(property, message, rule));
    }

    private static JsonValue value(JsonObject o, String key) {
        return o == null ? null : o.get(key);
    }
}
