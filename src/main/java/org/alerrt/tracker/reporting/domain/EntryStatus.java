package org.alerrt.tracker.reporting.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.platform.text.EnumNames;

/**
 * Where a report entry stands. QUEUED, then EXPORTED in exactly one roster, SUBMITTED when that roster was uploaded to
 * TCOLE (with TCOLE's batch reference), ACCEPTED when TCOLE took it; or REJECTED per record with TCOLE's reason, then
 * CORRECTED when a new entry replaces it. Credit taken back before the record left ALERRT makes it WITHDRAWN. Only
 * the moves of {@link #canBecome} exist.
 */
public enum EntryStatus {
    QUEUED,
    EXPORTED,
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    CORRECTED,
    WITHDRAWN;

    public boolean canBecome(EntryStatus next) {
        return next(this).contains(next);
    }

    private static Set<EntryStatus> next(EntryStatus s) {
        return switch (s) {
            case QUEUED -> EnumSet.of(EXPORTED, WITHDRAWN);
            case EXPORTED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(ACCEPTED, REJECTED);
            case ACCEPTED -> EnumSet.of(REJECTED);
            case REJECTED -> EnumSet.of(CORRECTED, WITHDRAWN);
            case CORRECTED, WITHDRAWN -> EnumSet.noneOf(EntryStatus.class);
        };
    }

    /**
     * The record left ALERRT (a roster file exists, maybe already uploaded) and TCOLE did not refuse it: taking the
     * credit back or changing the record now needs a correction entry, not an edit.
     */
    public boolean leftAlerrt() {
        return this == EXPORTED || this == SUBMITTED || this == ACCEPTED;
    }

    /** ALERRT still has to act on it: queued, or rejected and not yet corrected. */
    public boolean awaitsAlerrt() {
        return this == QUEUED || this == REJECTED;
    }

    public static Optional<EntryStatus> parse(String value) {
        return EnumNames.parse(EntryStatus.class, value);
    }
}
