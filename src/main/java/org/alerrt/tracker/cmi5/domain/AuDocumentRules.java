package org.alerrt.tracker.cmi5.domain;

import java.util.Optional;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.DocumentRequest;
import org.alerrt.tracker.lrs.api.DocumentRequest.Operation;

/**
 * What an AU may do with documents using its session's auth token: it never changes LMS.LaunchData (§10.2.1),
 * uses only the launch actor's agent profile (§11), and leaves cmi5LearnerPreferences to the LMS, which holds the
 * learner's own choice (§11: the LMS MAY refuse the AU's changes with 403). One method per rule.
 */
public final class AuDocumentRules {

    /** The learner preferences agent profile document (§11). */
    public static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";

    private AuDocumentRules() {}

    /**
     * @param launchActor  the launch actor's IFI ({@code ActorIdentity} value)
     * @param auActivityId the session's AU activity id, null when not recorded
     */
    public static Optional<BrokenRule> check(
            DocumentRequest request, Operation operation, String launchActor, String auActivityId) {
        return launchDataUnchanged(request, operation, auActivityId)
                .or(() -> launchActorsProfile(request, launchActor))
                .or(() -> preferencesReadOnly(request, operation));
    }

    /** True for the AU's read of its learner preferences (§11: on startup). */
    public static boolean readsPreferences(DocumentRequest request, Operation operation) {
        return operation == Operation.GET
                && request.context().kind() == DocumentKind.AGENT_PROFILE
                && LEARNER_PREFERENCES.equals(request.documentId());
    }

    /** §10.2.1: the AU MUST NOT modify or delete LMS.LaunchData (nor delete it with all state of its context). */
    static Optional<BrokenRule> launchDataUnchanged(DocumentRequest request, Operation operation, String auActivityId) {
        DocumentContext c = request.context();
        if (c.kind() != DocumentKind.STATE || operation == Operation.GET) {
            return Optional.empty();
        }
        boolean launchData = Cmi5Vocabulary.LAUNCH_DATA.equals(request.documentId());
        boolean deleteAllOfAu = request.documentId() == null
                && operation == Operation.DELETE
                && (auActivityId == null || auActivityId.equals(c.activityId()));
        if (launchData || deleteAllOfAu) {
            return Optional.of(new BrokenRule(
                    "stateId",
                    "an AU must not modify or delete the LMS.LaunchData state" + " document",
                    "cmi5 §10.2.1"));
        }
        return Optional.empty();
    }

    /** §11: agent profile requests use the actor the LMS launched the AU with. */
    static Optional<BrokenRule> launchActorsProfile(DocumentRequest request, String launchActor) {
        DocumentContext c = request.context();
        if (c.kind() == DocumentKind.AGENT_PROFILE && !c.agentIfi().equals(launchActor)) {
            return Optional.of(new BrokenRule("agent", "must be the actor of the launch", "cmi5 §11"));
        }
        return Optional.empty();
    }

    /** §11: the LMS keeps the learner's preferences; an AU's change is refused with 403, which it must accept. */
    static Optional<BrokenRule> preferencesReadOnly(DocumentRequest request, Operation operation) {
        if (request.context().kind() == DocumentKind.AGENT_PROFILE
                && operation != Operation.GET
                && LEARNER_PREFERENCES.equals(request.documentId())) {
            return Optional.of(new BrokenRule(
                    "profileId",
                    "cmi5LearnerPreferences are set by the learner in the LMS;" + " an AU may read them only",
                    "cmi5 §11"));
        }
        return Optional.empty();
    }
}
