package org.alerrt.tracker.lrs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** xAPI 2.0.0 4.2.4.2 / 4.2.7: timestamps converted to UTC, millisecond precision; Last-Modified as HTTP-date. */
class XapiTimestampsTest {

    @Test
    void convertsToUtcWithMilliseconds() {
        assertEquals("2023-05-04T17:00:00.000Z", XapiTimestamps.normalize("2023-05-04T12:00:00-05:00"));
        assertEquals("2008-09-15T15:53:00.601Z", XapiTimestamps.normalize("2008-09-15T15:53:00.601+00:00"));
        assertEquals("2008-09-15T15:53:00.601Z", XapiTimestamps.normalize("2008-09-15T15:53:00.6019Z"));
        assertEquals("2026-01-01T00:00:00.000Z", XapiTimestamps.format(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void lastModifiedIsAnImfFixdateFloored() {
        assertEquals(
                "Tue, 15 Nov 1994 08:12:31 GMT", XapiTimestamps.httpDate(Instant.parse("1994-11-15T08:12:31.999Z")));
        assertEquals("Sun, 05 Jan 2025 00:00:00 GMT", XapiTimestamps.httpDate(Instant.parse("2025-01-05T00:00:00Z")));
    }
}
