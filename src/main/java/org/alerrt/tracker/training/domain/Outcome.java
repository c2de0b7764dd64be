package org.alerrt.tracker.training.domain;

/**
 * The result of a completion. PASSED earns the course's hours; PARTIAL is a Train-the-Trainer whose user portion was
 * passed and whose instructor teach-back was not: it earns the user course's hours (rulebook, credit rules) and a
 * certificate of attendance; FAILED earns nothing. Declared from worst to best: a result only ever moves up.
 */
public enum Outcome {
    FAILED,
    PARTIAL,
    PASSED;

    public boolean betterThan(Outcome other) {
        return compareTo(other) > 0;
    }
}
