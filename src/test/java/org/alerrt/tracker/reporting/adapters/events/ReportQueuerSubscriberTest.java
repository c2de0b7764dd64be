package org.alerrt.tracker.reporting.adapters.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.alerrt.tracker.reporting.domain.Delivery;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.junit.jupiter.api.Test;

class ReportQueuerSubscriberTest {

    static JsonObject payload(String delivery) {
        return Json.createObjectBuilder()
                .add("completionId", 51).add("learnerId", 50).add("firstName", "Jane").add("lastName", "Doe")
                .add("pid", "1234567").add("agency", "Austin PD").add("tcoleNumber", "3356")
                .add("courseTitle", "Fire as a Weapon").add("delivery", delivery).add("creditHours", 4)
                .add("countsTowardMandate", true).add("completedOn", "2026-11-25").add("registration", "r")
                .build();
    }

    private final ReportQueuerSubscriber subscriber = new ReportQueuerSubscriber();

    @Test
    void wantsOnlyWhatAlerrtReports() {
        assertTrue(subscriber.wants(payload("ONLINE")));
        assertTrue(subscriber.wants(payload("DIRECT")));
        assertFalse(subscriber.wants(payload("INDIRECT")));
        assertFalse(subscriber.wants(payload("SOMETHING_ELSE")));
        assertFalse(subscriber.wants(Json.createObjectBuilder().add("delivery", 3).build()));
        assertFalse(subscriber.wants(JsonObject.EMPTY_JSON_OBJECT));
    }

    @Test
    void listensToTheTrainingEvent() {
        assertEquals("training.completion-credited", subscriber.topic());
        assertEquals("reporting.queuer", subscriber.name());
    }

    @Test
    void readsTheContractPayloadIntoAQueuedEntry() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);
        ReportEntry e = ReportQueuerSubscriber.read(payload("DIRECT"), clock);
        assertEquals(51, e.completionId());
        assertEquals(Delivery.DIRECT, e.delivery());
        assertEquals(LocalDate.of(2026, 11, 25), e.completedOn());
        assertEquals(4, e.creditHours());
        assertEquals(EntryStatus.QUEUED, e.status());
        assertNull(e.rosterId());
        assertEquals(clock.instant(), e.queuedAt());
    }

    @Test
    void aPayloadBreakingTheContractFails() {
        JsonObject noPid = Json.createObjectBuilder(payload("ONLINE")).remove("pid").build();
        assertThrows(IllegalArgumentException.class, () -> ReportQueuerSubscriber.read(noPid, Clock.systemUTC()));
        JsonObject badDate = Json.createObjectBuilder(payload("ONLINE")).add("completedOn", "25/11/2026").build();
        assertThrows(IllegalArgumentException.class, () -> ReportQueuerSubscriber.read(badDate, Clock.systemUTC()));
        JsonObject fractional = Json.createObjectBuilder(payload("ONLINE")).add("creditHours", 1.5).build();
        assertThrows(IllegalArgumentException.class,
                () -> ReportQueuerSubscriber.read(fractional, Clock.systemUTC()));
    }
}
