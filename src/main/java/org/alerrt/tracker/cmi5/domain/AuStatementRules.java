package org.alerrt.tracker.cmi5.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * What an AU may send with its session's auth token (cmi5 §9): statements of its registration (§9.6.1) and
 * session (§9.6.3.1), none once the session ended (§9.3.6 abandoned, §9.3.8 terminated), and in Browse or Review
 * mode no cmi5 defined statements other than initialized and terminated (§10.2.2). One method per rule.
 */
public final class AuStatementRules {

    /** A broken rule: the statement property at fault, the message, the section. */
    public record Refusal(String property, String message, String rule) {
    }

    private static final Set<String> ALWAYS_ALLOWED = Set.of(Cmi5Vocabulary.INITIALIZED, Cmi5Vocabulary.TERMINATED);

    private AuStatementRules() {
    }

    /** The first rule the statement breaks, empty when it may be stored. */
    public static Optional<Refusal> check(JsonObject statement, AuSession session, boolean terminatedBefore) {
        return sessionOpen(session, terminatedBefore)
                .or(() -> sameRegistration(statement, session))
                .or(() -> sameSession(statement, session))
                .or(() -> launchModeAllows(statement, session));
    }

    static Optional<Refusal> sessionOpen(AuSession session, boolean terminatedBefore) {
        if (terminatedBefore || session.state() == AuSession.State.TERMINATED) {
            return Optional.of(new Refusal("statement", "the AU session " + session.sessionId()
                    + " is terminated: no statements are accepted after \"terminated\"", "cmi5 §9.3.8"));
        }
        if (session.state() != AuSession.State.ACTIVE) {
            return Optional.of(new Refusal("statement", "the AU session " + session.sessionId()
                    + " was abandoned: no statements are accepted for it", "cmi5 §9.3.6"));
        }
        return Optional.empty();
    }

    static Optional<Refusal> sameRegistration(JsonObject statement, AuSession session) {
        String registration = string(object(statement, "context"), "registration");
        if (registration == null || !registration.equalsIgnoreCase(session.registration())) {
            return Optional.of(new Refusal("context.registration", "must be the registration of the launch ("
                    + session.registration() + ")", "cmi5 §9.6.1"));
        }
        return Optional.empty();
    }

    static Optional<Refusal> sameSession(JsonObject statement, AuSession session) {
        String id = string(object(object(statement, "context"), "extensions"), Cmi5Vocabulary.EXT_SESSION_ID);
        if (!session.sessionId().equals(id)) {
            return Optional.of(new Refusal("context.extensions[" + Cmi5Vocabulary.EXT_SESSION_ID + "]",
                    "must be the session id of the launch (from LMS.LaunchData contextTemplate)", "cmi5 §9.6.3.1"));
        }
        return Optional.empty();
    }

    static Optional<Refusal> launchModeAllows(JsonObject statement, AuSession session) {
        if (session.launchMode() == LaunchMode.Normal || !isCmi5Defined(statement)
                || ALWAYS_ALLOWED.contains(verb(statement))) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("verb", "a session launched in " + session.launchMode()
                + " mode sends no cmi5 defined statements other than initialized and terminated", "cmi5 §10.2.2"));
    }

    /** §7.1.3: a cmi5 defined statement carries the cmi5 category. */
    static boolean isCmi5Defined(JsonObject statement) {
        JsonValue category = object(object(statement, "context"), "contextActivities") == null ? null
                : object(object(statement, "context"), "contextActivities").get("category");
        if (category instanceof JsonArray a) {
            return a.stream().anyMatch(v -> v instanceof JsonObject o
                    && Cmi5Vocabulary.CATEGORY_CMI5.equals(string(o, "id")));
        }
        return category instanceof JsonObject o && Cmi5Vocabulary.CATEGORY_CMI5.equals(string(o, "id"));
    }

    public static String verb(JsonObject statement) {
        return string(object(statement, "verb"), "id");
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        return v instanceof JsonObject j ? j : null;
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
