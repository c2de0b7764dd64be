package org.alerrt.tracker.lrs.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Data §4.5 timestamps: the one-pass parser answers exactly as the former regex + ISO_OFFSET_DATE_TIME code
 * ({@link FormatsByRegex#parseTimestamp}): same null / same instant and offset, for valid, invalid and edge inputs.
 */
class FormatsTimestampTest {

    private static final String[] YEARS = {
        "0000", "0001", "0999", "1000", "1969", "1970", "2000", "2016", "2023", "2100", "9999", "20a3", "202"
    };
    private static final String[] MONTHS = {"00", "01", "02", "04", "09", "10", "12", "13", "1a"};
    private static final String[] DAYS = {"00", "01", "28", "29", "30", "31", "32", "3"};
    private static final String[] TIMES = {
        "00:00:00",
        "12:34:56",
        "23:59:59",
        "23:59:60",
        "24:00:00",
        "12:60:00",
        "1:00:00",
        "12:00",
        "12-00-00",
        "99:99:99"
    };
    private static final String[] FRACTIONS = {
        "",
        ".",
        ".0",
        ".1",
        ".12",
        ".123",
        ".1234",
        ".12345",
        ".123456",
        ".1234567",
        ".12345678",
        ".123456789",
        ".1234567890",
        ".999999999",
        ".5a",
        ",5"
    };
    private static final String[] ZONES = {
        "", "Z", "z", "ZZ", "Zz", " Z", "+00:00", "-00:00", "+0000", "-0000", "+05:30", "-05:30", "+0530", "-0530",
        "+14:00", "-12:00", "+18:00", "-18:00", "+18:01", "-1800", "+19:00", "+23:59", "+05:60", "-00:30", "-0030",
        "+5:30", "+05:3", "+053", "+05:300", "+05", "+", "-", "+05:", "UTC", "+05::30", "+0a:00", " +05:00", "Z\n", "\n"
    };

    @Test
    void agreesWithTheFormerImplementationOnEveryDateAndZone() {
        int checked = 0;
        for (String y : YEARS) {
            for (String mo : MONTHS) {
                for (String d : DAYS) {
                    for (String t : List.of("12:34:56", "23:59:60")) {
                        for (String f : List.of("", ".123")) {
                            for (String z : ZONES) {
                                same(y + "-" + mo + "-" + d + "T" + t + f + z);
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertEquals(YEARS.length * MONTHS.length * DAYS.length * 2 * 2 * ZONES.length, checked);
    }

    @Test
    void agreesWithTheFormerImplementationOnEveryTimeFractionAndZone() {
        for (String date : List.of("2023-05-04", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31")) {
            for (String t : TIMES) {
                for (String f : FRACTIONS) {
                    for (String z : ZONES) {
                        same(date + "T" + t + f + z);
                    }
                }
            }
        }
    }

    @Test
    void agreesWithTheFormerImplementationOnMutatedInputs() {
        Random random = new Random(4_5L);
        String alphabet = "0123456789-:T.Zz+ tx\n";
        List<String> seeds = List.of(
                "2023-05-04T12:00:00.123-05:00",
                "2008-09-15T15:53:00.601Z",
                "2016-02-29T23:59:59+0530",
                "1999-12-31T00:00:00",
                "2024-02-29T12:00:00.123456789z");
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(b.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> b.insert(at, c);
                    case 1 -> {
                        if (at < b.length()) {
                            b.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < b.length()) {
                            b.setCharAt(at, c);
                        }
                    }
                }
            }
            same(b.toString());
        }
    }

    @Test
    void handPickedEdgeCases() {
        List<String> inputs = new ArrayList<>(List.of(
                "",
                "2023",
                "2023-05-04",
                "2023-05-04T12:00:00",
                "2023-05-04t12:00:00Z",
                "2023-05-04 12:00:00Z",
                "2023-05-04T12:00:00.Z",
                "+2023-05-04T12:00:00Z",
                "12023-05-04T12:00:00Z",
                "2023-05-04T12:00:00.000000000Z",
                "2023-05-04T12:00:00-00:00",
                "2023-05-04T12:00:00-0000",
                "2023-05-04T12:00:00+00:00",
                "2023-05-04T12:00:00+0000",
                "１２３４-05-04T12:00:00Z",
                "2023-05-04T12:00:00\u0660Z",
                "2023-02-29T00:00:00Z",
                "2024-02-29T00:00:00Z",
                "1900-02-29T00:00:00Z",
                "2000-02-29T00:00:00Z",
                "2023-04-31T00:00:00Z",
                "2016-12-31T23:59:60Z",
                "2023-05-04T12:00:00+18:00",
                "2023-05-04T12:00:00-18:00"));
        for (String s : inputs) {
            same(s);
        }
    }

    @Test
    void typicalAnswers() {
        assertEquals(
                OffsetDateTime.of(2023, 5, 4, 12, 0, 0, 0, ZoneOffset.ofHours(-5)),
                Formats.parseTimestamp("2023-05-04T12:00:00-0500"));
        assertEquals(
                OffsetDateTime.of(2023, 5, 4, 12, 0, 0, 100_000_000, ZoneOffset.UTC),
                Formats.parseTimestamp("2023-05-04T12:00:00.1"),
                "§4.5: no zone is UTC");
        assertNull(Formats.parseTimestamp("2023-05-04T12:00:00-00:00"), "§4.5: -00:00 is rejected");
        assertNull(Formats.parseTimestamp("2016-12-31T23:59:60Z"), "leap seconds were never accepted");
        assertNotNull(Formats.parseTimestamp("0999-01-01T00:00:00z"));
    }

    private static void same(String s) {
        OffsetDateTime expected = FormatsByRegex.parseTimestamp(s);
        OffsetDateTime actual = Formats.parseTimestamp(s);
        assertEquals(expected, actual, () -> "input '" + s + "'");
        if (expected != null) {
            assertEquals(expected.getOffset(), actual.getOffset(), s);
        }
    }
}
