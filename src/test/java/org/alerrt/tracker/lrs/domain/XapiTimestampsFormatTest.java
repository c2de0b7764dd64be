package org.alerrt.tracker.lrs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * xAPI 2.0.0 4.2.4.2 / 4.2.7 (UTC, milliseconds): the field-by-field {@link XapiTimestamps#format} writes the
 * same characters as the former DateTimeFormatter for every instant, including years outside 1–9999.
 */
class XapiTimestampsFormatTest {

    @Test
    void sameTextAsTheFormatter() {
        List<Instant> instants = new ArrayList<>(List.of(
                Instant.EPOCH,
                Instant.EPOCH.minusNanos(1),
                Instant.EPOCH.plusNanos(999_999),
                Instant.EPOCH.plusNanos(1_000_000),
                Instant.parse("1969-12-31T23:59:59.999Z"),
                Instant.parse("2023-05-04T17:00:00Z"),
                Instant.parse("2024-02-29T23:59:59.999999999Z"),
                Instant.parse("2000-01-01T00:00:00.000000001Z"),
                Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("0001-01-01T00:00:00Z").minusMillis(1),
                Instant.parse("0999-06-15T08:09:10.011Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("9999-12-31T23:59:59.999Z").plusMillis(1),
                Instant.parse("+12345-01-01T00:00:00Z"),
                Instant.parse("-0001-01-01T00:00:00Z"),
                Instant.parse("0000-01-01T00:00:00Z"),
                LocalDate.of(1582, 10, 15).atStartOfDay().toInstant(ZoneOffset.UTC)));
        Random random = new Random(4_2_7L);
        long min = Instant.parse("-2000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
        for (int n = 0; n < 200_000; n++) {
            long second = min + (long) (random.nextDouble() * (max - min));
            instants.add(Instant.ofEpochSecond(second, random.nextInt(1_000_000_000)));
        }
        for (Instant i : instants) {
            assertEquals(XapiTimestamps.formatWithFormatter(i), XapiTimestamps.format(i), i::toString);
        }
    }

    @Test
    void wholeSecondsKeepThreeFractionDigits() {
        // ISO_INSTANT would drop them: the LRS form always has exactly three.
        assertEquals("2026-01-01T00:00:00.000Z", XapiTimestamps.format(Instant.parse("2026-01-01T00:00:00Z")));
        assertEquals("0099-03-01T01:02:03.004Z", XapiTimestamps.format(Instant.parse("0099-03-01T01:02:03.004999Z")));
    }
}
