package org.alerrt.tracker.training.application;

import java.util.List;

/**
 * An in-person class as an administrator enters it (page, API or one group of CSV lines), still raw text: the
 * service checks every field and names the one at fault. {@code delivery} null means the course's; {@code hours} only
 * for an Update module (or the catalogue hours). {@code line} is the CSV line of the class (0 when not from a file).
 */
public record ClassRecord(
        int line,
        String reference,
        String tcoleNumber,
        String delivery,
        List<String> instructorPids,
        List<String> blockDays,
        Integer hours,
        String moduleDescription,
        List<Attendance> attendees) {

    /** One attendee by TCOLE PID, with PASSED, FAILED or PARTIAL (Train-the-Trainer user portion only). */
    public record Attendance(int line, String pid, String outcome) {}

    public ClassRecord {
        instructorPids = instructorPids == null ? List.of() : List.copyOf(instructorPids);
        blockDays = blockDays == null ? List.of() : List.copyOf(blockDays);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
