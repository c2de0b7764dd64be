package org.alerrt.tracker.lrs.domain.validation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The regular expressions {@link Formats} replaced with hand-written loops for speed: the Formats*Test classes
 * compare the loops with these on many inputs, so the loops keep deciding exactly what the expressions did.
 */
final class FormatsByRegex {

    private static final Pattern UUID =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    /** Best-effort IRI check allowed by §2.2.s4.b6: a scheme, then no whitespace or characters illegal in IRIs. */
    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:[^\\s<>\"{}|\\\\^`]+$");

    private static final Pattern MAILTO = Pattern.compile("^mailto:[^@\\s]+@[^@\\s]+$");
    private static final Pattern SHA1 = Pattern.compile("^[0-9a-fA-F]{40}$");
    /** ISO 8601 duration as §4.6 allows it (PnYnMnDTnHnMnS with optional fraction on seconds, or PnW). */
    private static final Pattern DURATION =
            Pattern.compile("^P(?!$)(?:\\d+(?:\\.\\d+)?Y)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?D)?"
                    + "(?:T(?!$)(?:\\d+(?:\\.\\d+)?H)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?S)?)?$|^P\\d+W$");
    /** RFC 3339 date-time with a zone; "-00:00" is rejected by §4.5. */
    private static final Pattern TIMESTAMP =
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:?\\d{2})?$");

    private FormatsByRegex() {}

    /** The regular expression {@link Formats#isUuid} implements. */
    static boolean isUuid(String s) {
        return UUID.matcher(s).matches();
    }

    /** The regular expression {@link Formats#isIri} implements. */
    static boolean isIri(String s) {
        return IRI.matcher(s).matches();
    }

    /** The regular expression {@link Formats#isMailto} implements. */
    static boolean isMailto(String s) {
        return MAILTO.matcher(s).matches();
    }

    /** The regular expression {@link Formats#isSha1} implements. */
    static boolean isSha1(String s) {
        return SHA1.matcher(s).matches();
    }

    /** The regular expression {@link Formats#isDuration} implements. */
    static boolean isDuration(String s) {
        return DURATION.matcher(s).matches();
    }

    /** The former implementation of {@link Formats#parseTimestamp}. */
    static OffsetDateTime parseTimestamp(String s) {
        if (!TIMESTAMP.matcher(s).matches() || s.endsWith("-00:00") || s.endsWith("-0000")) {
            return null;
        }
        String normalized = s.length() > 19 && !(s.endsWith("Z") || s.endsWith("z")) && s.matches(".*[+-]\\d{4}$")
                ? s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2)
                : s.replace('z', 'Z');
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
