package org.alerrt.tracker.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/**
 * An in-person class recorded by an administrator (rulebook, credit rules): a course delivered directly or
 * indirectly, by its instructors, on one or more block days, with its attendees' outcomes. A course delivered in
 * blocks is reported once: each attendee gets one result dated the last block day with the course's full hours.
 * Recorded once under its reference (the class roster's number); what was recorded is not edited afterwards
 * (a wrong outcome is corrected by voiding its statement, docs/compliance.md).
 */
@Entity
@Table(name = "training_class")
public class TrainingClass {

    public static final int MAX_REFERENCE = 100;
    public static final int MAX_BLOCK_DAYS = 60;
    public static final int MAX_ATTENDEES = 500;
    public static final int MAX_INSTRUCTORS = 20;

    @Id
    @SequenceGenerator(name = "training_class_seq", sequenceName = "training_class_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_class_seq")
    private Long id;

    @Column(nullable = false, length = MAX_REFERENCE)
    private String reference;

    @Column(name = "tcole_number", nullable = false, length = 10)
    private String tcoleNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Delivery delivery;

    @Column(name = "instructor_pids", length = 200)
    private String instructorPids;

    @Column(name = "block_days", nullable = false, length = 2000)
    private String blockDays;

    @Column
    private Integer hours;

    @Column(name = "module_description", length = CompletionFacts.MAX_MODULE_DESCRIPTION)
    private String moduleDescription;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "class_attendee", joinColumns = @JoinColumn(name = "class_id"))
    private List<ClassAttendee> attendees = new ArrayList<>();

    protected TrainingClass() {}

    /**
     * @param hours the module's hours for the Update course ({@code updateCourse}, required, 1 to 24); for other
     *     courses null or the catalogue's hours (a class earns the course's hours)
     * @param outcomes attendee learner id → outcome; PARTIAL only for a Train-the-Trainer course
     * @param statementIds attendee learner id → the statement id that records their result
     */
    public static TrainingClass record(
            String reference,
            Course course,
            Delivery delivery,
            List<Pid> instructors,
            List<LocalDate> blockDays,
            Integer hours,
            String moduleDescription,
            Map<Long, Outcome> outcomes,
            Map<Long, String> statementIds,
            TcoleCourseNumber updateCourse,
            TrainerCourses trainers,
            LocalDate today,
            String by,
            Instant at) {
        TrainingClass c = new TrainingClass();
        c.reference = required(reference, "reference", MAX_REFERENCE);
        c.tcoleNumber = course.number().value();
        c.delivery = delivery == null ? course.delivery() : delivery;
        if (instructors.size() > MAX_INSTRUCTORS) {
            throw new InvalidValueException("instructors", "at most " + MAX_INSTRUCTORS + " instructors");
        }
        if (new HashSet<>(instructors).size() != instructors.size()) {
            throw new InvalidValueException("instructors", "an instructor is listed twice");
        }
        c.instructorPids = instructors.isEmpty()
                ? null
                : instructors.stream().map(Pid::value).collect(Collectors.joining(","));
        TreeSet<LocalDate> days = new TreeSet<>(blockDays);
        if (days.isEmpty() || days.size() > MAX_BLOCK_DAYS) {
            throw new InvalidValueException("blockDays", "1 to " + MAX_BLOCK_DAYS + " days");
        }
        if (days.size() != blockDays.size()) {
            throw new InvalidValueException("blockDays", "a day is listed twice");
        }
        if (days.last().isAfter(today)) {
            throw new InvalidValueException(
                    "blockDays",
                    "the last block day " + days.last() + " is in the future: record a class once it has ended");
        }
        c.blockDays = days.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        boolean module = course.number().equals(updateCourse);
        if (module
                && (hours == null
                        || hours < CompletionFacts.MIN_MODULE_HOURS
                        || hours > CompletionFacts.MAX_MODULE_HOURS)) {
            throw new InvalidValueException(
                    "hours",
                    "an Update module states its hours, " + CompletionFacts.MIN_MODULE_HOURS + " to "
                            + CompletionFacts.MAX_MODULE_HOURS);
        }
        if (!module && hours != null && hours != course.creditHours()) {
            throw new InvalidValueException(
                    "hours",
                    course.number() + " is credited with its catalogue hours ("
                            + course.creditHours() + "), also when delivered in blocks; other hours apply only to "
                            + updateCourse + " Update modules");
        }
        c.hours = hours;
        c.moduleDescription = moduleDescription == null || moduleDescription.isBlank()
                ? null
                : limit(moduleDescription.strip(), "moduleDescription", CompletionFacts.MAX_MODULE_DESCRIPTION);
        if (outcomes.isEmpty() || outcomes.size() > MAX_ATTENDEES) {
            throw new InvalidValueException("attendees", "1 to " + MAX_ATTENDEES + " attendees");
        }
        for (Map.Entry<Long, Outcome> a : outcomes.entrySet()) {
            if (a.getValue() == Outcome.PARTIAL && !trainers.isTrainerCourse(course.number())) {
                throw new InvalidValueException(
                        "attendees",
                        "PARTIAL (user portion passed, teach-back not) applies"
                                + " only to a Train-the-Trainer course, not " + course.number());
            }
            c.attendees.add(new ClassAttendee(
                    a.getKey(), a.getValue(), Objects.requireNonNull(statementIds.get(a.getKey()), "statement id")));
        }
        c.recordedBy = required(by, "recordedBy", 200);
        c.recordedAt = at;
        return c;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        return limit(value.strip(), field, max);
    }

    private static String limit(String value, String field, int max) {
        if (value.length() > max) {
            throw new InvalidValueException(field, "longer than " + max + " characters");
        }
        return value;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public TcoleCourseNumber tcoleNumber() {
        return new TcoleCourseNumber(tcoleNumber);
    }

    public Delivery delivery() {
        return delivery;
    }

    public List<String> instructorPids() {
        return instructorPids == null ? List.of() : Arrays.asList(instructorPids.split(","));
    }

    /** Ascending. */
    public List<LocalDate> blockDays() {
        return Arrays.stream(blockDays.split(",")).map(LocalDate::parse).toList();
    }

    public LocalDate firstDay() {
        return blockDays().get(0);
    }

    /** The completion date TCOLE gets for every attendee. */
    public LocalDate lastDay() {
        List<LocalDate> days = blockDays();
        return days.get(days.size() - 1);
    }

    public Integer hours() {
        return hours;
    }

    public String moduleDescription() {
        return moduleDescription;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public List<ClassAttendee> attendees() {
        return List.copyOf(attendees);
    }

    public Set<Long> attendeeIds() {
        return attendees.stream().map(ClassAttendee::learnerId).collect(Collectors.toUnmodifiableSet());
    }
}
