package org.alerrt.tracker.training.api;

import java.util.Optional;
import java.util.regex.Pattern;
import org.alerrt.tracker.training.domain.InvalidValueException;

/** A TCOLE course number: 4 to 6 digits (catalogue numbers seen: 3311, 78052, 667371). */
public record TcoleCourseNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{4,6}");

    public TcoleCourseNumber {
        formatProblem(value).ifPresent(problem -> {
            throw new InvalidValueException("tcoleNumber", problem);
        });
    }

    /** Why {@code value} is no TCOLE course number; empty when it is one. */
    public static Optional<String> formatProblem(String value) {
        return value != null && FORMAT.matcher(value).matches()
                ? Optional.empty()
                : Optional.of("a TCOLE course number is 4 to 6 digits, got '" + value + "'");
    }

    /** Trims surrounding blanks, which spreadsheets and URLs like to add. */
    public static TcoleCourseNumber of(String raw) {
        return new TcoleCourseNumber(raw == null ? null : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
