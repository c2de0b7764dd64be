package org.alerrt.tracker.training.domain;

/** The result of a completion: only PASSED earns credit hours. */
public enum Outcome {
    PASSED, FAILED
}
