package org.alerrt.tracker.reporting.domain;

import java.util.Locale;
import java.util.Optional;

/** A queue entry only moves forward: QUEUED, then EXPORTED in exactly one roster, then REPORTED with that roster. */
public enum EntryStatus {
    QUEUED,
    EXPORTED,
    REPORTED;

    public static Optional<EntryStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
