package org.alerrt.tracker.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * Query parameters of the admin and learner API, parsed by hand so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for an unparsable {@code @QueryParam long}).
 */
public final class QueryParams {

    private QueryParams() {}

    /** An optional positive id (a filter or a paging cursor); null when absent. */
    public static Long positiveId(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Refusal.invalid(name, name + " must be a positive whole number, was '" + value + "'");
    }

    /** An optional whole number, any sign; null when absent. */
    public static Long wholeNumber(String value, String name) {
        return optional(value, name, Long::parseLong, "a whole number");
    }

    /** A page size from 1 to {@code max}; {@code defaultLimit} when absent. */
    public static int limit(String value, int defaultLimit, int max) {
        if (value == null || value.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Refusal.invalid("limit", "limit must be a whole number from 1 to " + max);
    }

    /** An optional true/false flag; false when absent. */
    public static boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Refusal.invalid(name, name + " must be true or false, was '" + value + "'");
        };
    }

    /** A required positive id (a path parameter). */
    public static long requiredId(String value, String name) {
        Long id = positiveId(value, name);
        if (id == null) {
            throw Refusal.invalid(name, name + " is required");
        }
        return id;
    }

    /** An optional ISO date such as {@code 2026-09-01}; null when absent. */
    public static LocalDate date(String value, String name) {
        return optional(value, name, LocalDate::parse, "a date like 2026-09-01");
    }

    /** Null when absent, else the stripped value parsed; 400 "{@code name} must be {@code mustBe}" if it fails. */
    private static <T> T optional(String value, String name, Function<String, T> parse, String mustBe) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw Refusal.invalid(name, name + " must be " + mustBe + ", got '" + value + "'");
        }
    }
}
