package org.alerrt.tracker.training.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one record says about how the training was delivered, beyond who, what and when: delivery (the course's
 * default when the record does not say), the instructors' TCOLE PIDs, the first block day of a course delivered in
 * blocks, and for a 3312 Update module its hours and description. {@code moduleHours} is null when the record gives
 * none (the catalogue's hours apply).
 */
public record CompletionFacts(
        Delivery delivery,
        List<String> instructorPids,
        LocalDate startedOn,
        Integer moduleHours,
        String moduleDescription) {

    public static final int MAX_MODULE_DESCRIPTION = 500;
    public static final int MIN_MODULE_HOURS = 1;
    public static final int MAX_MODULE_HOURS = 24;

    public CompletionFacts {
        Objects.requireNonNull(delivery, "delivery");
        instructorPids = instructorPids == null ? List.of() : List.copyOf(instructorPids);
        if (moduleHours != null && (moduleHours < MIN_MODULE_HOURS || moduleHours > MAX_MODULE_HOURS)) {
            throw new InvalidValueException(
                    "moduleHours",
                    "must be " + MIN_MODULE_HOURS + " to " + MAX_MODULE_HOURS + " whole hours, was " + moduleHours);
        }
        moduleDescription = moduleDescription == null || moduleDescription.isBlank() ? null : moduleDescription.strip();
        if (moduleDescription != null && moduleDescription.length() > MAX_MODULE_DESCRIPTION) {
            throw new InvalidValueException(
                    "moduleDescription", "longer than " + MAX_MODULE_DESCRIPTION + " characters");
        }
    }

    /** A record that says nothing beyond the course: its default delivery, no instructor, no blocks, no module. */
    public static CompletionFacts defaultsOf(Course course) {
        return new CompletionFacts(course.delivery(), List.of(), null, null, null);
    }
}
