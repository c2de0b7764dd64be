package org.alerrt.tracker.cmi5.domain;

import static org.alerrt.tracker.platform.json.JsonFields.object;
import static org.alerrt.tracker.platform.json.JsonFields.string;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.DocumentRequest;
import org.alerrt.tracker.lrs.api.DocumentRequest.Operation;

/**
 * What a launch credential may do: a cmi5 AU session's auth token (cmi5 §8.2) or a Tin Can launch's {@code auth}.
 * Both live in the learner's browser, where anyone at the keyboard can read them, so each speaks for one learner,
 * one registration and one course only: statements of that learner in that registration about that course's
 * activities (or IRIs beneath them), voiding only what it wrote itself, State documents of that learner,
 * registration and course; a cmi5 session also reads its learner's agent profile (cmi5 §11). Everything else is
 * refused. One method per rule; each answers the refusal (property, message, rule) or empty. Statements reach
 * these rules already valid xAPI. The cmi5 protocol rules of a session ({@link AuStatementRules},
 * {@link AuDocumentRules}) come on top of these.
 */
public final class LaunchCredentialRules {

    public static final String ACTOR_RULE = "tracker: launch credential, actor is the launched learner";
    public static final String REGISTRATION_RULE =
            "tracker: launch credential, context.registration is the launch's registration";
    public static final String OBJECT_RULE =
            "tracker: launch credential, objects are the launched course's activities or IRIs beneath them";
    public static final String OTHER_COURSE_RULE =
            "tracker: launch credential, no statement about an activity that credits another course";
    public static final String VOIDING_RULE = "tracker: launch credential, voids only statements it wrote";
    public static final String DOCUMENT_RULE = "tracker: launch credential, State documents of the launched"
            + " learner, registration and course only (cmi5: also reading the learner's agent profile)";

    /** The two kinds of launch credential. */
    public enum Kind {
        /** A cmi5 AU session's auth token (cmi5 §8.2): credit only through the LMS's "satisfied" (§9.3.9). */
        CMI5_SESSION,
        /** A Tin Can launch's auth: the content's passed/completed on the course activity is the credit. */
        TINCAN_LAUNCH
    }

    /**
     * What one launch credential speaks for.
     *
     * @param activities the launched course's activity IRIs (cmi5: every AU's launch activity id, the AU, block
     *                   and course publisher ids; Tin Can: the activities of tincan.xml); IRIs beneath them count
     */
    public record Scope(Kind kind, ActorIdentity learner, String registration, Set<String> activities) {
        public Scope {
            activities = Set.copyOf(activities);
        }

        /** The IRI is one of the course's activities or beneath one ('/', '#' or '?' after it). */
        public boolean owns(String iri) {
            if (iri == null) {
                return false;
            }
            if (activities.contains(iri)) {
                return true;
            }
            for (String a : activities) {
                if (iri.length() > a.length() && iri.startsWith(a) && "/#?".indexOf(iri.charAt(a.length())) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What the rules ask of the rest of the system.
     *
     * @param creditsElsewhere true when the activity IRI earns credit for a course this credential may not credit
     *                         (cmi5: any catalogue activity, since cmi5 credit comes from the LMS; Tin Can: another
     *                         catalogue course's activity)
     * @param wroteIt          true when the statement id names a statement written with this credential
     */
    public record Lookups(Predicate<String> creditsElsewhere, Predicate<String> wroteIt) {}

    /**
     * Which activities credit a course other than the launched one ({@link #OTHER_COURSE_RULE}), by kind: for a cmi5
     * session every activity of the catalogue, since cmi5 credit comes only from the LMS's "satisfied" (§9.3.9),
     * never from the AU's statements; for a Tin Can launch those of another catalogue course than its own.
     *
     * @param courseNumberOf the TCOLE number of the catalogue course an activity IRI credits, if any
     */
    public static Predicate<String> creditsElsewhere(
            Kind kind, String launchedCourseNumber, Function<String, Optional<String>> courseNumberOf) {
        return kind == Kind.CMI5_SESSION
                ? iri -> iri != null && courseNumberOf.apply(iri).isPresent()
                : iri -> iri != null
                        && courseNumberOf
                                .apply(iri)
                                .map(other -> !other.equals(launchedCourseNumber))
                                .orElse(false);
    }

    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    private static final List<String> CONTEXT_ACTIVITY_KINDS = List.of("parent", "grouping", "category", "other");

    private LaunchCredentialRules() {}

    /** Every statement rule, first refusal wins; the property starts with "statement". */
    public static Optional<BrokenRule> check(JsonObject statement, Scope scope, Lookups lookups) {
        return actorIsLearner(statement, "statement", scope)
                .or(() -> registrationIsLaunch(statement, scope))
                .or(() -> cmi5VoidsNothing(statement, scope))
                .or(() -> objectInCourse(statement, "statement", scope, lookups))
                .or(() -> contextActivities(statement, "statement", lookups));
    }

    /** The actor is an Agent with the learner's IFI (not a Group, not someone else). */
    static Optional<BrokenRule> actorIsLearner(JsonObject statement, String at, Scope scope) {
        JsonObject actor = object(statement, "actor");
        Optional<ActorIdentity> ifi = Optional.empty();
        if (actor != null && !"Group".equals(string(actor, "objectType"))) {
            ifi = ActorIdentity.of(actor);
        }
        if (ifi.isEmpty() || !ifi.get().equals(scope.learner())) {
            return refuse(at + ".actor", "must be the learner of the launch (" + scope.learner() + ")", ACTOR_RULE);
        }
        return Optional.empty();
    }

    /** context.registration is present and is the launch's (UUIDs compared case-insensitively). */
    static Optional<BrokenRule> registrationIsLaunch(JsonObject statement, Scope scope) {
        String given = string(object(statement, "context"), "registration");
        if (given == null || !sameUuid(given, scope.registration())) {
            return refuse(
                    "statement.context.registration",
                    given == null
                            ? "is required: the launch's registration " + scope.registration()
                            : "must be the launch's registration " + scope.registration() + ", got " + given,
                    REGISTRATION_RULE);
        }
        return Optional.empty();
    }

    /** cmi5 §6.3: the LMS MUST NOT give an AU credentials that can void statements, not even its own. */
    static Optional<BrokenRule> cmi5VoidsNothing(JsonObject statement, Scope scope) {
        if (scope.kind() == Kind.CMI5_SESSION && VOIDED.equals(string(object(statement, "verb"), "id"))) {
            return refuse("verb", "an AU may not void statements", "cmi5 §6.3");
        }
        return Optional.empty();
    }

    /**
     * The object is an activity of the launched course (or beneath one) that credits no other course; a
     * StatementRef (voiding included) names a statement this credential wrote; a SubStatement follows the same
     * rules for its actor, object and context activities (so it cannot carry what the statement may not).
     */
    static Optional<BrokenRule> objectInCourse(JsonObject statement, String at, Scope scope, Lookups lookups) {
        JsonObject object = object(statement, "object");
        String type = string(object, "objectType");
        String id = string(object, "id");
        String property = at + ".object";
        if ("StatementRef".equals(type)) {
            if (id == null || !lookups.wroteIt().test(id.toLowerCase(Locale.ROOT))) {
                return refuse(
                        property + ".id",
                        VOIDED.equals(string(object(statement, "verb"), "id"))
                                ? "names a statement this credential did not write: it may void only its own"
                                : "names a statement this credential did not write",
                        VOIDING_RULE);
            }
            return Optional.empty();
        }
        if (VOIDED.equals(string(object(statement, "verb"), "id"))) {
            return refuse(property + ".objectType", "a voiding statement's object is a StatementRef", VOIDING_RULE);
        }
        if ("SubStatement".equals(type)) {
            return actorIsLearner(object, property, scope)
                    .or(() -> objectInCourse(object, property, scope, lookups))
                    .or(() -> contextActivities(object, property, lookups));
        }
        if (type != null && !"Activity".equals(type)) {
            return refuse(
                    property + ".objectType", "must be an Activity of the launched course, got " + type, OBJECT_RULE);
        }
        if (lookups.creditsElsewhere().test(id)) {
            return refuse(
                    property + ".id",
                    "'" + id + "' earns credit for a course this credential may not" + " credit",
                    OTHER_COURSE_RULE);
        }
        if (!scope.owns(id)) {
            return refuse(
                    property + ".id",
                    "'" + id + "' is not an activity of the launched course (nor beneath" + " one)",
                    OBJECT_RULE);
        }
        return Optional.empty();
    }

    /** Context activities (categories, profiles, groupings ...) may be anything but another course's credit. */
    static Optional<BrokenRule> contextActivities(JsonObject statement, String at, Lookups lookups) {
        JsonObject activities = object(object(statement, "context"), "contextActivities");
        if (activities == null) {
            return Optional.empty();
        }
        for (String kind : CONTEXT_ACTIVITY_KINDS) {
            JsonValue value = activities.get(kind);
            List<JsonValue> list =
                    value instanceof JsonArray a ? a : value instanceof JsonObject o ? List.of(o) : List.of();
            for (int i = 0; i < list.size(); i++) {
                String id = list.get(i) instanceof JsonObject o ? string(o, "id") : null;
                if (id != null && lookups.creditsElsewhere().test(id)) {
                    return refuse(
                            at + ".context.contextActivities." + kind + "[" + i + "].id",
                            "'" + id + "' earns credit for a course this credential may not credit",
                            OTHER_COURSE_RULE);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Documents: State of the learner (agent), the launch's registration and an activity of the course; a cmi5
     * session also reads its learner's agent profile (cmi5 §11 cmi5LearnerPreferences). Nothing else.
     */
    public static Optional<BrokenRule> document(DocumentRequest request, Operation operation, Scope scope) {
        DocumentContext c = request.context();
        if (c.kind() == DocumentKind.AGENT_PROFILE && scope.kind() == Kind.CMI5_SESSION) {
            if (!scope.learner().value().equals(c.agentIfi())) {
                return refuse("agent", "must be the learner of the launch (" + scope.learner() + ")", DOCUMENT_RULE);
            }
            return operation == Operation.GET
                    ? Optional.empty()
                    : refuse("profileId", "an AU session reads its learner's agent profile only", DOCUMENT_RULE);
        }
        if (c.kind() != DocumentKind.STATE) {
            return refuse(c.kind().idParameter(), "a launch credential reaches State documents only", DOCUMENT_RULE);
        }
        if (!scope.learner().value().equals(c.agentIfi())) {
            return refuse("agent", "must be the learner of the launch (" + scope.learner() + ")", DOCUMENT_RULE);
        }
        if (c.registration() == null || !sameUuid(c.registration(), scope.registration())) {
            return refuse("registration", "must be the launch's registration " + scope.registration(), DOCUMENT_RULE);
        }
        if (!scope.owns(c.activityId())) {
            return refuse(
                    "activityId", "'" + c.activityId() + "' is not an activity of the launched course", DOCUMENT_RULE);
        }
        return Optional.empty();
    }

    private static boolean sameUuid(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static Optional<BrokenRule> refuse(String property, String message, String rule) {
        return Optional.of(new BrokenRule(property, message, rule));
    }
}
