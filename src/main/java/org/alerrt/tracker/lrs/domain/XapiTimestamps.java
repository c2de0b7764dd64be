package org.alerrt.tracker.lrs.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.alerrt.tracker.lrs.domain.validation.Formats;

/**
 * How the LRS writes timestamps: UTC with exactly three fraction digits ({@code 2023-05-04T17:00:00.000Z}).
 * xAPI 2.0.0 (4.2.4.2/4.2.7) makes converting to UTC a must and allows truncating to milliseconds; 1.0.3 Data
 * §2.3.1.b4 already lets the LRS change the serialization as long as the instant is the same.
 */
public final class XapiTimestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** HTTP-date (RFC 7231 IMF-fixdate) for Last-Modified, whole seconds floored. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private XapiTimestamps() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
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
