package org.alerrt.tracker.reporting.domain;

/** How close a still-queued entry is to its TCOLE reporting deadline. */
public enum Urgency {
    ON_TIME,
    DUE_SOON,
    OVERDUE
}
