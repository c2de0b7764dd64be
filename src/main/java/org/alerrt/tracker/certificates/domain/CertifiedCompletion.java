package org.alerrt.tracker.certificates.domain;

import static org.alerrt.tracker.platform.text.BoundedText.optional;
import static org.alerrt.tracker.platform.text.BoundedText.required;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The snapshot of a credited completion that a certificate certifies: copied once at issue time so that later
 * edits to the learner, agency or catalogue never change what an issued certificate says.
 * <p>
 * {@code instructors} are TCOLE PIDs (an agency reporting indirect delivery needs the PID of an instructor with
 * ALERRT CI status); {@code startedOn} is the first day of a course delivered in blocks (null otherwise: reported
 * once, on the last day); {@code moduleDescription} what a 3312 Update module covered (null when none);
 * {@code partial} a Train-the-Trainer passed for the user portion only (a certificate of attendance).
 */
public record CertifiedCompletion(
        long completionId,
        long learnerId,
        String firstName,
        String lastName,
        String pid,
        String agency,
        String tcoleNumber,
        String courseTitle,
        Delivery delivery,
        int creditHours,
        boolean countsTowardMandate,
        LocalDate completedOn,
        List<String> instructors,
        LocalDate startedOn,
        String moduleDescription,
        boolean partial) {

    static final int MAX_INSTRUCTORS_TEXT = 500;

    public CertifiedCompletion {
        firstName = required(firstName, "firstName", 100);
        lastName = required(lastName, "lastName", 100);
        pid = required(pid, "pid", 20);
        agency = optional(agency, "agency", 200);
        tcoleNumber = required(tcoleNumber, "tcoleNumber", 10);
        courseTitle = required(courseTitle, "courseTitle", 300);
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(completedOn, "completedOn");
        if (creditHours < 0) {
            throw new IllegalArgumentException("creditHours must be a whole number of hours >= 0, was " + creditHours);
        }
        instructors = instructors == null
                ? List.of()
                : instructors.stream()
                        .filter(i -> i != null && !i.isBlank())
                        .map(String::strip)
                        .toList();
        // Stored comma-separated: a PID is digits, so a comma inside one would corrupt the list.
        if (instructors.stream().anyMatch(i -> i.contains(","))) {
            throw new IllegalArgumentException("instructors are TCOLE PIDs and contain no comma");
        }
        if (String.join(",", instructors).length() > MAX_INSTRUCTORS_TEXT) {
            throw new IllegalArgumentException("instructors are longer than " + MAX_INSTRUCTORS_TEXT + " characters");
        }
        if (startedOn != null && startedOn.isAfter(completedOn)) {
            throw new IllegalArgumentException("startedOn " + startedOn + " is after completedOn " + completedOn);
        }
        moduleDescription = optional(moduleDescription, "moduleDescription", 1000);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** Delivered in blocks: the certificate states the start as well as the last day. */
    public boolean inBlocks() {
        return startedOn != null;
    }

    /**
     * The title the certificate carries: partial Train-the-Trainer credit earns the user-course hours and "a
     * certificate of attendance for the rest" (rulebook, Credit rules), never one of completion.
     */
    public String kind() {
        return partial ? "Certificate of Attendance" : "Certificate of Completion";
    }

    /**
     * What a certificate of attendance states instead of CI status: the user-course hours were credited, the
     * teach-back was not passed. Null for a full completion.
     */
    public String attendanceNote() {
        return partial
                ? "Credited " + creditHours + " hours for the user course only: the instructor teach-back was"
                        + " not passed, so this certificate gives no ALERRT Certified Instructor status."
                : null;
    }
}
