package org.alerrt.tracker.training.domain;

/**
 * SB 1852 (Occ. Code §1701.3525): at least {@code requiredHours} of ALERRT training that counts toward the
 * mandate in each training unit. {@code pidMissing}: the hours are earned but cannot be reported yet.
 */
public record MandateStatus(TrainingUnit unit, int creditedHours, int requiredHours, boolean pidMissing) {

    public boolean met() {
        return creditedHours >= requiredHours;
    }

    public int remainingHours() {
        return Math.max(0, requiredHours - creditedHours);
    }
}
