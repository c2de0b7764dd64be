package org.alerrt.tracker.training.domain;

import org.alerrt.tracker.training.api.Level1Status;
import org.alerrt.tracker.training.api.TrainingUnit;

/**
 * An officer's SB 1852 status (Occ. Code §1701.3525), two requirements shown apart: at least {@code requiredHours}
 * of ALERRT training that counts toward the mandate in each training unit ({@link #hoursMet()}), and Level 1 by its
 * deadline ({@code level1}). {@code pidMissing}: the hours are earned but cannot be reported yet.
 */
public record MandateStatus(
        TrainingUnit unit, int creditedHours, int requiredHours, boolean pidMissing, Level1Status level1) {

    /** The unit's hours only; Level 1 is {@code level1().met()}. */
    public boolean hoursMet() {
        return creditedHours >= requiredHours;
    }

    public int remainingHours() {
        return Math.max(0, requiredHours - creditedHours);
    }
}
