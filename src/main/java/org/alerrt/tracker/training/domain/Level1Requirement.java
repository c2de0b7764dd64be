package org.alerrt.tracker.training.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.alerrt.tracker.training.api.Level1Status;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/**
 * SB 1852's one-time requirement (Occ. Code §1701.3525; 37 TAC §218.3(b)): every Texas peace officer completes
 * ALERRT Level 1 by a deadline (2027-08-31), besides the 16 hours of every training unit ({@link MandateStatus}).
 * A completion of any of {@code courses} meets it (3311 Level I or 3315 Level I Train-the-Trainer, or an equivalent
 * configured as {@code tracker.training.level1-courses}), but only one that earned credit: a fail never does.
 *
 * @param courses  the Level 1 courses, in the configured order, none twice
 * @param deadline the last day, inclusive, to complete one of them
 */
public record Level1Requirement(List<TcoleCourseNumber> courses, LocalDate deadline) {

    /** SB 1852 took effect on this day; no Level 1 deadline can be before it. */
    public static final LocalDate EARLIEST_DEADLINE = LocalDate.of(2023, 9, 1);

    public Level1Requirement {
        if (courses == null || courses.isEmpty()) {
            throw new IllegalArgumentException("Level 1 needs at least one course");
        }
        courses = List.copyOf(courses.stream().distinct().toList());
        Objects.requireNonNull(deadline, "deadline");
    }

    /** {@code tracker.training.level1-courses}: TCOLE course numbers separated by commas, e.g. {@code 3311,3315}. */
    public static List<TcoleCourseNumber> parseCourses(String value) {
        String allowed = "must be TCOLE course numbers (4 to 6 digits) separated by commas, e.g. 3311,3315";
        List<TcoleCourseNumber> numbers = new ArrayList<>();
        for (String part : (value == null ? "" : value).split(",", -1)) {
            try {
                numbers.add(TcoleCourseNumber.of(part));
            } catch (InvalidValueException e) {
                throw new IllegalArgumentException(allowed);
            }
        }
        return numbers;
    }

    /** {@code tracker.training.level1-deadline}: an ISO date, not before SB 1852 took effect. */
    public static LocalDate parseDeadline(String value) {
        String allowed = "must be a date like 2027-08-31 (year-month-day), " + EARLIEST_DEADLINE + " or later";
        LocalDate date;
        try {
            date = LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(allowed);
        }
        if (date.isBefore(EARLIEST_DEADLINE)) {
            throw new IllegalArgumentException(allowed);
        }
        return date;
    }

    /** Whether this completion is a credited completion of a Level 1 course. */
    public boolean isMetBy(Completion c) {
        return c.earnsCredit() && courses.contains(c.tcoleNumber());
    }

    /**
     * One officer's status on {@code today} (in the configured time zone), from their completions: met by the
     * earliest qualifying one (a completion dated after {@code today} is not known yet on that day), else due until
     * the deadline, inclusive, and overdue from the day after.
     */
    public Level1Status statusOf(Collection<Completion> completionsOfOneOfficer, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Optional<Completion> first = completionsOfOneOfficer.stream()
                .filter(this::isMetBy)
                .filter(c -> !c.completedOn().isAfter(today))
                .min(Comparator.comparing(Completion::completedOn));
        return first.map(c -> Level1Status.met(deadline, today, c.completedOn(), c.tcoleNumber()))
                .orElseGet(() -> Level1Status.notMet(deadline, today));
    }
}
