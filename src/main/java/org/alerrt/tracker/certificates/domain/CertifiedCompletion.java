package org.alerrt.tracker.certificates.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The snapshot of a credited completion that a certificate certifies: copied once at issue time so that later
 * edits to the learner, agency or catalogue never change what an issued certificate says.
 */
public record CertifiedCompletion(long completionId, long learnerId, String firstName, String lastName, String pid,
                                  String agency, String tcoleNumber, String courseTitle, Delivery delivery,
                                  int creditHours, boolean countsTowardMandate, LocalDate completedOn) {

    public CertifiedCompletion {
        firstName = required(firstName, "firstName", 100);
        lastName = required(lastName, "lastName", 100);
        pid = required(pid, "pid", 20);
        agency = agency == null || agency.isBlank() ? null : limit(agency.strip(), "agency", 200);
        tcoleNumber = required(tcoleNumber, "tcoleNumber", 10);
        courseTitle = required(courseTitle, "courseTitle", 300);
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(completedOn, "completedOn");
        if (creditHours < 0) {
            throw new IllegalArgumentException("creditHours must be a whole number of hours >= 0, was " + creditHours);
        }
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return limit(value.strip(), field, max);
    }

    private static String limit(String value, String field, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return value;
    }
}
