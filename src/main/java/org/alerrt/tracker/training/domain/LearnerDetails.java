package org.alerrt.tracker.training.domain;

import java.util.Optional;
import org.alerrt.tracker.training.api.LearnerName;

/** What an administrator records about a learner; names are required, the PID and agency may come later. */
public record LearnerDetails(String firstName, String lastName, Optional<Pid> pid, String agency) {

    public static final int MAX_NAME = LearnerName.MAX_NAME;
    public static final int MAX_AGENCY = 200;

    public LearnerDetails {
        firstName = required(firstName, "firstName", MAX_NAME);
        lastName = required(lastName, "lastName", MAX_NAME);
        pid = pid == null ? Optional.empty() : pid;
        agency = agency == null || agency.isBlank() ? null : agency.strip();
        if (agency != null && agency.length() > MAX_AGENCY) {
            throw new InvalidValueException("agency", "must be at most " + MAX_AGENCY + " characters");
        }
    }

    private static String required(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (v.length() > max) {
            throw new InvalidValueException(field, "must be at most " + max + " characters");
        }
        return v;
    }
}
