package org.alerrt.tracker.cmi5.domain;

import java.util.Arrays;
import java.util.Optional;
import org.alerrt.tracker.cmi5.api.AuProgress;

/**
 * When an AU counts as satisfied (cmi5 §13.1.4 "moveOn"; a waived AU always does, §9.3.9). The names are the XML
 * values.
 */
public enum MoveOn {
    /** Satisfied once a "Passed" statement was received. */
    Passed,
    /** Satisfied once a "Completed" statement was received. */
    Completed,
    /** Satisfied once both "Completed" and "Passed" were received. */
    CompletedAndPassed,
    /** Satisfied once either "Completed" or "Passed" was received. */
    CompletedOrPassed,
    /** Satisfied from the start: "The LMS will consider the AU satisfied". */
    NotApplicable;

    /** The default when the attribute is absent (§13.1.4). */
    public static final MoveOn DEFAULT = NotApplicable;

    public static Optional<MoveOn> fromXml(String value) {
        return Arrays.stream(values()).filter(m -> m.name().equals(value)).findFirst();
    }

    /** The moveOn rule applied to what the LMS has recorded for the AU in one registration. */
    public boolean isSatisfiedBy(AuProgress p) {
        if (p.waived()) {
            return true; // §9.3.9: a waived AU has met its moveOn criteria
        }
        return switch (this) {
            case Passed -> p.passed();
            case Completed -> p.completed();
            case CompletedAndPassed -> p.completed() && p.passed();
            case CompletedOrPassed -> p.completed() || p.passed();
            case NotApplicable -> true;
        };
    }
}
