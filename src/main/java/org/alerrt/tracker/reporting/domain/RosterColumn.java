package org.alerrt.tracker.reporting.domain;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The fields a roster CSV can carry, by the id used in {@code tracker.reporting.roster-columns}. */
public enum RosterColumn {
    PID("pid", ReportEntry::pid),
    LAST_NAME("last_name", ReportEntry::lastName),
    FIRST_NAME("first_name", ReportEntry::firstName),
    TCOLE_NUMBER("tcole_number", ReportEntry::tcoleNumber),
    COURSE_TITLE("course_title", ReportEntry::courseTitle),
    COMPLETION_DATE("completion_date", e -> Dates.US.format(e.completedOn())),
    HOURS("hours", e -> Integer.toString(e.creditHours())),
    DELIVERY("delivery", e -> e.delivery().name()),
    AGENCY("agency", e -> e.agency() == null ? "" : e.agency()),
    COMPLETION_ID("completion_id", e -> Long.toString(e.completionId())),
    /** ORIGINAL, AMEND or WITHDRAW. */
    ENTRY_TYPE("entry_type", e -> e.kind().name()),
    /** The 3312 module description, or what a correction changes or withdraws. */
    NOTES("notes", ReportEntry::notes),
    /** First block day of a class delivered in blocks, else empty. */
    START_DATE(
            "start_date",
            e -> e.record().startedOn() == null
                    ? ""
                    : Dates.US.format(e.record().startedOn())),
    /** TCOLE PIDs of the instructors, separated by spaces. */
    INSTRUCTORS("instructors", e -> String.join(" ", e.instructors()));

    private final String id;
    private final Function<ReportEntry, String> value;

    RosterColumn(String id, Function<ReportEntry, String> value) {
        this.id = id;
        this.value = value;
    }

    public String id() {
        return id;
    }

    public String valueOf(ReportEntry entry) {
        return value.apply(entry);
    }

    public static Optional<RosterColumn> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** TCOLE rosters use US dates. */
    static final class Dates {
        static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

        private Dates() {}
    }
}
