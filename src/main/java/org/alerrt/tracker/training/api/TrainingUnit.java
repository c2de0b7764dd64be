package org.alerrt.tracker.training.api;

import java.time.LocalDate;
import java.time.Month;

/**
 * A TCOLE training unit (37 TAC §211.1): 24 months from Sep 1 of an odd year to Aug 31 two years later, e.g.
 * 2025-09-01..2027-08-31. SB 1852 requires 16 hours of ALERRT training per unit. Computed, never stored.
 */
public record TrainingUnit(LocalDate start) {

    public TrainingUnit {
        if (start == null
                || start.getYear() % 2 == 0
                || start.getMonth() != Month.SEPTEMBER
                || start.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a training unit starts on Sep 1 of an odd year, got " + start);
        }
    }

    public static TrainingUnit containing(LocalDate date) {
        int year = date.getYear();
        boolean odd = Math.floorMod(year, 2) == 1;
        int startYear;
        if (odd) {
            startYear = date.isBefore(LocalDate.of(year, Month.SEPTEMBER, 1)) ? year - 2 : year;
        } else {
            startYear = year - 1;
        }
        return new TrainingUnit(LocalDate.of(startYear, Month.SEPTEMBER, 1));
    }

    /** The last day, inclusive (Aug 31). */
    public LocalDate end() {
        return start.plusYears(2).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    public TrainingUnit next() {
        return new TrainingUnit(start.plusYears(2));
    }

    public TrainingUnit previous() {
        return new TrainingUnit(start.minusYears(2));
    }

    @Override
    public String toString() {
        return start + ".." + end();
    }
}
