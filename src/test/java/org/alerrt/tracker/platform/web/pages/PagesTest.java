package org.alerrt.tracker.platform.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void indexedFieldBelongsToItsComponent() {
        assertEquals("activityIris", Pages.componentId("activityIris[2]"));
        assertEquals("title", Pages.componentId("title"));
        assertEquals("line_2__pid", Pages.componentId("line 2: pid"));
    }

    @Test
    void datesAreUsStyleInTheTrackerZone() {
        PageFormat fmt = new PageFormat();
        fmt.server =
                new ServerSettings("http://127.0.0.1:8080", "http://localhost:8081", "America/Chicago", 10_485_760);
        assertEquals("09/01/2025", fmt.date(LocalDate.of(2025, 9, 1)));
        assertEquals("", fmt.date(null));
        // 03:00 UTC is still the previous evening in Texas
        assertEquals("11/24/2026", fmt.day(Instant.parse("2026-11-25T03:00:00Z")));
        assertEquals("11/24/2026 21:00", fmt.dateTime(Instant.parse("2026-11-25T03:00:00Z")));
    }
}
