package org.alerrt.tracker.lrs.domain.validation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Formats xAPI requires values to follow (Data §2.2.s4.b1.b4, §4.5 ISO 8601, RFC 5646, RFC 3987). */
public final class Formats {

    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    /** Best-effort IRI check allowed by §2.2.s4.b6: a scheme, then no whitespace or characters illegal in IRIs. */
    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:[^\\s<>\"{}|\\\\^`]+$");
    private static final Pattern MAILTO = Pattern.compile("^mailto:[^@\\s]+@[^@\\s]+$");
    private static final Pattern SHA1 = Pattern.compile("^[0-9a-fA-F]{40}$");
    /** RFC 5646 Language-Tag: token lengths as §2.2.s4.b2 requires. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile(
            "^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
                    + "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"
                    + "(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?|[xX](?:-[A-Za-z0-9]{1,8})+|i-[A-Za-z]{2,8})$");
    /** ISO 8601 duration as §4.6 allows it (PnYnMnDTnHnMnS with optional fraction on seconds, or PnW). */
    private static final Pattern DURATION = Pattern.compile(
            "^P(?!$)(?:\\d+(?:\\.\\d+)?Y)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?D)?"
                    + "(?:T(?!$)(?:\\d+(?:\\.\\d+)?H)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?S)?)?$|^P\\d+W$");
    /** RFC 3339 date-time with a zone; "-00:00" is rejected by §4.5. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:?\\d{2})?$");

    private Formats() {
    }

    public static boolean isUuid(String s) {
        return UUID.matcher(s).matches();
    }

    /**
     * The same check as {@link #IRI}, as a loop: the regex was a top CPU cost on the statement write path
     * (several IRIs per statement).
     */
    public static boolean isIri(String s) {
        int n = s.length();
        if (n < 3 || !isAsciiLetter(s.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < n && s.charAt(i) != ':') {
            char c = s.charAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
                return false;
            }
            i++;
        }
        if (i >= n - 1) {
            return false; // no ':' or nothing after it
        }
        for (i++; i < n; i++) {
            switch (s.charAt(i)) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r', '<', '>', '"', '{', '}', '|', '\\', '^', '`' -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }

    /** The regular expression {@link #isIri} implements; kept for tests. */
    static boolean isIriByRegex(String s) {
        return IRI.matcher(s).matches();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    public static boolean isMailto(String s) {
        return MAILTO.matcher(s).matches();
    }

    public static boolean isSha1(String s) {
        return SHA1.matcher(s).matches();
    }

    public static boolean isLanguageTag(String s) {
        return LANGUAGE_TAG.matcher(s).matches();
    }

    public static boolean isDuration(String s) {
        return DURATION.matcher(s).matches();
    }

    /** @return the instant, or null when the string is not an xAPI timestamp */
    public static OffsetDateTime parseTimestamp(String s) {
        if (!TIMESTAMP.matcher(s).matches() || s.endsWith("-00:00") || s.endsWith("-0000")) {
            return null;
        }
        String normalized = s.length() > 19 && !(s.endsWith("Z") || s.endsWith("z")) && s.matches(".*[+-]\\d{4}$")
                ? s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2) : s.replace('z', 'Z');
        if (!normalized.endsWith("Z") && !normalized.matches(".*[+-]\\d{2}:\\d{2}$")) {
            normalized = normalized + "Z"; // §4.5: a timestamp without a zone is taken as UTC
        }
        try {
            return OffsetDateTime.parse(normalized, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
