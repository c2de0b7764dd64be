package org.alerrt.tracker.cmi5.domain;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.AuProgress;

/**
 * What the LMS knows about an AU session when it judges the AU's next statement (cmi5 §9.2–§9.6): the launch's
 * actor, AU activity id and masteryScore, the cmi5 defined verbs already used in the session (§9.3 session
 * ordering), whether the AU read its learner preferences (§11), and the AU's progress in the registration (§9.3
 * registration ordering). Immutable: {@link #after} gives the facts once a statement is accepted.
 *
 * @param auActivityId null for sessions launched before it was recorded (the object rule is then skipped)
 * @param verbsUsed    cmi5 defined verb IRIs of the AU (§9.3.2–9.3.5, §9.3.8) accepted in this session
 */
public record SessionFacts(
        AuSession session,
        JsonObject actor,
        String auActivityId,
        BigDecimal masteryScore,
        Set<String> verbsUsed,
        boolean preferencesRead,
        AuProgress progress) {

    /** The verbs an AU sends in cmi5 defined statements; the others (launched, satisfied, ...) are the LMS's. */
    public static final Set<String> AU_VERBS = Set.of(
            Cmi5Vocabulary.INITIALIZED,
            Cmi5Vocabulary.COMPLETED,
            Cmi5Vocabulary.PASSED,
            Cmi5Vocabulary.FAILED,
            Cmi5Vocabulary.TERMINATED);

    public SessionFacts {
        verbsUsed = Set.copyOf(verbsUsed);
        progress = progress == null ? AuProgress.NONE : progress;
    }

    public boolean used(String verb) {
        return verbsUsed.contains(verb);
    }

    public boolean terminated() {
        return used(Cmi5Vocabulary.TERMINATED) || session.state() == AuSession.State.TERMINATED;
    }

    /** The facts after the LMS accepted this statement (only cmi5 defined statements change them). */
    public SessionFacts after(JsonObject statement) {
        String verb = AuStatementRules.verb(statement);
        if (!AuStatementRules.isCmi5Defined(statement) || !AU_VERBS.contains(verb)) {
            return this;
        }
        Set<String> verbs = new LinkedHashSet<>(verbsUsed);
        verbs.add(verb);
        AuProgress p = switch (verb) {
            case Cmi5Vocabulary.COMPLETED -> progress.withCompleted();
            case Cmi5Vocabulary.PASSED -> progress.withPassed();
            case Cmi5Vocabulary.FAILED -> progress.withFailed();
            default -> progress;
        };
        return new SessionFacts(session, actor, auActivityId, masteryScore, verbs, preferencesRead, p);
    }
}
