package org.alerrt.tracker.cmi5.domain;

import static org.alerrt.tracker.platform.json.JsonFields.object;
import static org.alerrt.tracker.platform.json.JsonFields.string;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.alerrt.tracker.lrs.domain.ActorIdentity;

/**
 * What a Tin Can launch credential may write: it speaks for one learner in one registration only (the LMS hands
 * it to content running in the learner's browser, where it can be read). One method per rule; each answers the
 * refusal (property, message, rule) or empty. Statements reach these rules already valid xAPI.
 */
public final class TinCanLaunchRules {

    public static final String ACTOR_RULE = "tracker: Tin Can launch credential, actor is the launched learner";
    public static final String REGISTRATION_RULE =
            "tracker: Tin Can launch credential, context.registration is the launch's registration";
    public static final String OTHER_COURSE_RULE =
            "tracker: Tin Can launch credential, no statement about another catalogue course's activity";
    public static final String STATE_RULE =
            "tracker: Tin Can launch credential, State documents of the launched learner and registration only";

    /** Why a statement or document request is refused. */
    public record Refusal(String property, String message, String rule) {
    }

    private TinCanLaunchRules() {
    }

    /** Every statement rule, first refusal wins. */
    public static Optional<Refusal> check(JsonObject statement, ActorIdentity learner, String registration,
                                          Predicate<String> otherCourseActivity) {
        return actorIsLearner(statement, learner)
                .or(() -> registrationIsLaunch(statement, registration))
                .or(() -> notAnotherCourse(statement, otherCourseActivity));
    }

    /** The actor is an Agent with the learner's IFI (not a Group, not someone else). */
    public static Optional<Refusal> actorIsLearner(JsonObject statement, ActorIdentity learner) {
        JsonObject actor = object(statement, "actor");
        Optional<ActorIdentity> ifi = Optional.empty();
        if (actor != null && !"Group".equals(string(actor, "objectType"))) {
            ifi = ActorIdentity.of(actor);
        }
        if (ifi.isEmpty() || !ifi.get().equals(learner)) {
            return Optional.of(new Refusal("statement.actor", "must be the learner of the launch (" + learner
                    + ")", ACTOR_RULE));
        }
        return Optional.empty();
    }

    /** context.registration is present and is the launch's registration (UUIDs compared case-insensitively). */
    public static Optional<Refusal> registrationIsLaunch(JsonObject statement, String registration) {
        String given = string(object(statement, "context"), "registration");
        if (given == null || !given.toLowerCase(Locale.ROOT).equals(registration.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal("statement.context.registration", given == null
                    ? "is required: the launch's registration " + registration
                    : "must be the launch's registration " + registration + ", got " + given, REGISTRATION_RULE));
        }
        return Optional.empty();
    }

    /**
     * The object is not an activity that stands for another catalogue course: a "passed" on it would credit the
     * learner with a course this launch is not about.
     */
    public static Optional<Refusal> notAnotherCourse(JsonObject statement, Predicate<String> otherCourseActivity) {
        JsonObject object = object(statement, "object");
        String type = string(object, "objectType");
        String id = string(object, "id");
        if (id != null && (type == null || "Activity".equals(type)) && otherCourseActivity.test(id)) {
            return Optional.of(new Refusal("statement.object.id", "'" + id
                    + "' stands for another catalogue course than the launched one", OTHER_COURSE_RULE));
        }
        return Optional.empty();
    }

    /** State documents: the learner's own (agent = the learner) in the launch's registration. */
    public static Optional<Refusal> stateOfLaunch(String agentIfi, String documentRegistration, ActorIdentity learner,
                                                  String registration) {
        if (agentIfi == null || !agentIfi.equals(learner.value())) {
            return Optional.of(new Refusal("agent", "must be the learner of the launch (" + learner + ")",
                    STATE_RULE));
        }
        if (documentRegistration == null
                || !documentRegistration.toLowerCase(Locale.ROOT).equals(registration.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal("registration", "must be the launch's registration " + registration,
                    STATE_RULE));
        }
        return Optional.empty();
    }
}
