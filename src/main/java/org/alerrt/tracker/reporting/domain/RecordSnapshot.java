package org.alerrt.tracker.reporting.domain;

import static org.alerrt.tracker.platform.text.BoundedText.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The record as TCOLE gets it, copied from the credit when queued, so a roster shows what was true when it was
 * written. {@code instructors} are TCOLE PIDs (indirect or direct classes); {@code startedOn} the first block day of
 * a class delivered in blocks, else null; {@code moduleDescription} what a 3312 Update module covered, else "".
 */
public record RecordSnapshot(
        String pid,
        String firstName,
        String lastName,
        String agency,
        String tcoleNumber,
        String courseTitle,
        Delivery delivery,
        LocalDate completedOn,
        LocalDate startedOn,
        int creditHours,
        List<String> instructors,
        String moduleDescription) {

    public RecordSnapshot {
        pid = required(pid, "pid", 20);
        firstName = required(firstName, "firstName", 100);
        lastName = required(lastName, "lastName", 100);
        agency = agency == null || agency.isBlank() ? null : agency.strip();
        tcoleNumber = required(tcoleNumber, "tcoleNumber", 10);
        courseTitle = required(courseTitle, "courseTitle", 300);
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(completedOn, "completedOn");
        instructors = instructors == null ? List.of() : List.copyOf(instructors);
        moduleDescription = moduleDescription == null ? "" : moduleDescription.strip();
        if (creditHours < 0) {
            throw new IllegalArgumentException("creditHours must be a whole number of hours >= 0, was " + creditHours);
        }
    }

    /** The fields TCOLE holds that differ from {@code before}, in words for a correction's notes: "PID 1 → 2". */
    public List<String> changesSince(RecordSnapshot before) {
        List<String> changes = new ArrayList<>();
        change(changes, "PID", before.pid, pid);
        change(changes, "first name", before.firstName, firstName);
        change(changes, "last name", before.lastName, lastName);
        change(changes, "course", before.tcoleNumber, tcoleNumber);
        change(changes, "completion date", before.completedOn, completedOn);
        change(changes, "hours", before.creditHours, creditHours);
        change(changes, "delivery", before.delivery, delivery);
        change(changes, "instructors", String.join(" ", before.instructors), String.join(" ", instructors));
        change(changes, "start date", before.startedOn, startedOn);
        return changes;
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + " " + (before == null ? "none" : before) + " → " + (after == null ? "none" : after));
        }
    }
}
