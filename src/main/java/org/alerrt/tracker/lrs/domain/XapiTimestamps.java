package org.alerrt.tracker.lrs.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.alerrt.tracker.lrs.domain.validation.Formats;

/**
 * How the LRS writes timestamps: UTC with exactly three fraction digits ({@code 2023-05-04T17:00:00.000Z}).
 * xAPI 2.0.0 (4.2.4.2/4.2.7) makes converting to UTC a must and allows truncating to milliseconds; 1.0.3 Data
 * §2.3.1.b4 already lets the LRS change the serialization as long as the instant is the same.
 */
public final class XapiTimestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** HTTP-date (RFC 7231 IMF-fixdate) for Last-Modified, whole seconds floored. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Days {@link #format} writes without the formatter: years 1–9999, where year-of-era is the plain year. */
    private static final long FIRST_FAST_DAY = LocalDate.of(1, 1, 1).toEpochDay();

    private static final long LAST_FAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private XapiTimestamps() {}

    /**
     * Same text as {@link #FORMAT} on the millisecond-truncated instant, written field by field for years
     * 1–9999 (the formatter was a visible share of write-path CPU); other years keep the formatter, whose
     * year-of-era output ("+10000", no year 0) must not change.
     */
    public static String format(Instant instant) {
        long epochSecond = instant.getEpochSecond();
        long epochDay = Math.floorDiv(epochSecond, 86_400L);
        if (epochDay < FIRST_FAST_DAY || epochDay > LAST_FAST_DAY) {
            return formatWithFormatter(instant);
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        char[] out = new char[24];
        put(out, 0, date.getYear(), 4);
        out[4] = '-';
        put(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        put(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        put(out, 17, secondOfDay % 60, 2);
        out[19] = '.';
        put(out, 20, instant.getNano() / 1_000_000, 3);
        out[23] = 'Z';
        return new String(out);
    }

    /** The formatter {@link #format} replaces for common years; kept for other years and for tests. */
    static String formatWithFormatter(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Writes {@code value} as exactly {@code width} zero-padded decimal digits. */
    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** A valid xAPI timestamp rewritten in the LRS form; unparseable input is returned unchanged. */
    public static String normalize(String timestamp) {
        OffsetDateTime parsed = Formats.parseTimestamp(timestamp);
        return parsed == null ? timestamp : format(parsed.toInstant());
    }

    public static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
