package org.alerrt.tracker.platform.text;

/**
 * Free-text fields that records check on construction: stripped, and no longer than their column. Failures are
 * {@link IllegalArgumentException}s that name the field.
 */
public final class BoundedText {

    private BoundedText() {}

    /** The stripped value; fails when it is null, blank or longer than {@code max} characters. */
    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return limited(value.strip(), field, max);
    }

    /** Null when null or blank, else the stripped value; fails when it is longer than {@code max} characters. */
    public static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : limited(value.strip(), field, max);
    }

    private static String limited(String value, String field, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return value;
    }
}
