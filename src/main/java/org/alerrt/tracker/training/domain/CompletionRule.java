package org.alerrt.tracker.training.domain;

import java.util.Optional;
import org.alerrt.tracker.platform.text.EnumNames;

/**
 * What finishes a course: PASSED needs a passing result; COMPLETED ("completion-only") is finished by a
 * completed statement (a pass also counts, since passing implies having done the course).
 */
public enum CompletionRule {
    PASSED,
    COMPLETED;

    public static final String VERB_PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String VERB_COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String VERB_FAILED = "http://adlnet.gov/expapi/verbs/failed";
    /**
     * cmi5 §9.3.9: the LMS's "satisfied" statement on a course object means the learner met the moveOn criteria
     * of every AU of the course, so it finishes the course like a pass.
     */
    public static final String VERB_SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";

    /** The outcome a verb means for a course with this rule; empty when the verb decides nothing. */
    public Optional<Outcome> outcomeOf(String verbId) {
        if (VERB_PASSED.equals(verbId) || VERB_SATISFIED.equals(verbId)) {
            return Optional.of(Outcome.PASSED);
        }
        if (VERB_FAILED.equals(verbId)) {
            return Optional.of(Outcome.FAILED);
        }
        if (VERB_COMPLETED.equals(verbId) && this == COMPLETED) {
            return Optional.of(Outcome.PASSED);
        }
        return Optional.empty(); // "completed" of a graded course: the pass or fail still has to come
    }

    public static CompletionRule parse(String raw, String field) {
        return EnumNames.parse(CompletionRule.class, raw)
                .orElseThrow(() -> new InvalidValueException(field, "must be PASSED or COMPLETED, got '" + raw + "'"));
    }
}
