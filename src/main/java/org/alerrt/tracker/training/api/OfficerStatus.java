package org.alerrt.tracker.training.api;

import java.time.LocalDate;

/**
 * One officer's SB 1852 standing in a training unit and what in training needs an administrator: credit held for a
 * missing PID ({@code heldForPidSince}: the earliest completion date of such credit that ALERRT must report, else
 * null) and results waiting for a decision. The published read model of the compliance view.
 */
public record OfficerStatus(
        long learnerId,
        String firstName,
        String lastName,
        String pid,
        String agency,
        boolean pidMissing,
        TrainingUnit unit,
        int creditedHours,
        int requiredHours,
        Level1Status level1,
        int awaitingDecision,
        LocalDate heldForPidSince) {

    public boolean hoursMet() {
        return creditedHours >= requiredHours;
    }
}
