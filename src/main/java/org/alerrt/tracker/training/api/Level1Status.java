package org.alerrt.tracker.training.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An officer's Level 1 status on a day ({@link Level1Requirement}): MET (on the date of the earliest qualifying
 * completion, with its course), DUE (not met, the deadline not passed: the deadline day itself is still DUE, with 0
 * days left) or OVERDUE (not met, the deadline passed).
 *
 * @param metOn the date of the earliest qualifying completion; null unless MET
 * @param metBy its course; null unless MET
 */
public record Level1Status(State state, LocalDate deadline, LocalDate asOf, LocalDate metOn, TcoleCourseNumber metBy) {

    public enum State {
        MET,
        DUE,
        OVERDUE
    }

    public Level1Status {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(asOf, "asOf");
        if ((state == State.MET) != (metOn != null && metBy != null)) {
            throw new IllegalArgumentException("a met Level 1 has a date and a course, an unmet one neither");
        }
        if (state == State.DUE && asOf.isAfter(deadline) || state == State.OVERDUE && !asOf.isAfter(deadline)) {
            throw new IllegalArgumentException(state + " on " + asOf + " with the deadline " + deadline);
        }
    }

    public static Level1Status met(LocalDate deadline, LocalDate asOf, LocalDate on, TcoleCourseNumber course) {
        return new Level1Status(State.MET, deadline, asOf, on, course);
    }

    public static Level1Status notMet(LocalDate deadline, LocalDate asOf) {
        return new Level1Status(asOf.isAfter(deadline) ? State.OVERDUE : State.DUE, deadline, asOf, null, null);
    }

    public boolean met() {
        return state == State.MET;
    }

    /** Met no later than the deadline (a completion after it meets Level 1, late). */
    public boolean onTime() {
        return met() && !metOn.isAfter(deadline);
    }

    /** DUE: days from {@code asOf} to the deadline (0 on the deadline day); 0 otherwise. */
    public long daysLeft() {
        return state == State.DUE ? ChronoUnit.DAYS.between(asOf, deadline) : 0;
    }

    /** OVERDUE: days since the deadline (1 on the day after it); 0 otherwise. */
    public long daysOverdue() {
        return state == State.OVERDUE ? ChronoUnit.DAYS.between(deadline, asOf) : 0;
    }
}
