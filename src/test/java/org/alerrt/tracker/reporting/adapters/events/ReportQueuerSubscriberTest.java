package org.alerrt.tracker.reporting.adapters.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.alerrt.tracker.reporting.domain.Delivery;
import org.alerrt.tracker.reporting.domain.RecordSnapshot;
import org.alerrt.tracker.training.api.CompletionCredited;
import org.junit.jupiter.api.Test;

class ReportQueuerSubscriberTest {

    static JsonObject payload(String delivery) {
        return Json.createObjectBuilder()
                .add("completionId", 51)
                .add("learnerId", 50)
                .add("firstName", "Jane")
                .add("lastName", "Doe")
                .add("pid", "1234567")
                .add("agency", "Austin PD")
                .add("tcoleNumber", "3356")
                .add("courseTitle", "Fire as a Weapon")
                .add("delivery", delivery)
                .add("creditHours", 4)
                .add("countsTowardMandate", true)
                .add("completedOn", "2026-11-25")
                .add("registration", "r")
                .build();
    }

    private final ReportQueuerSubscriber subscriber = new ReportQueuerSubscriber();

    @Test
    void wantsOnlyWhatAlerrtReports() {
        assertTrue(subscriber.wants(payload("ONLINE")));
        assertTrue(subscriber.wants(payload("DIRECT")));
        assertFalse(subscriber.wants(payload("INDIRECT")));
        assertFalse(subscriber.wants(payload("SOMETHING_ELSE")));
        assertFalse(
                subscriber.wants(Json.createObjectBuilder().add("delivery", 3).build()));
        assertFalse(subscriber.wants(JsonObject.EMPTY_JSON_OBJECT));
    }

    @Test
    void listensToTheTrainingEvent() {
        assertEquals("training.completion-credited", subscriber.topic());
        assertEquals("reporting.queuer", subscriber.name());
    }

    @Test
    void readsTheContractPayloadIntoTheRecordTcoleGets() {
        JsonObject p = Json.createObjectBuilder(payload("DIRECT"))
                .add("instructors", Json.createArrayBuilder().add("7654321"))
                .add("startedOn", "2026-11-20")
                .add("moduleDescription", "Module 3: breaching")
                .build();
        RecordSnapshot r = ReportQueuerSubscriber.record(CompletionCredited.fromJson(p));
        assertEquals("1234567", r.pid());
        assertEquals("Austin PD", r.agency());
        assertEquals(Delivery.DIRECT, r.delivery());
        assertEquals(LocalDate.of(2026, 11, 25), r.completedOn());
        assertEquals(LocalDate.of(2026, 11, 20), r.startedOn());
        assertEquals(4, r.creditHours());
        assertEquals(List.of("7654321"), r.instructors());
        assertEquals("Module 3: breaching", r.moduleDescription());
    }

    @Test
    void aPayloadBreakingTheContractFails() {
        JsonObject noPid =
                Json.createObjectBuilder(payload("ONLINE")).remove("pid").build();
        assertThrows(IllegalArgumentException.class, () -> read(noPid));
        JsonObject badDate = Json.createObjectBuilder(payload("ONLINE"))
                .add("completedOn", "25/11/2026")
                .build();
        assertThrows(IllegalArgumentException.class, () -> read(badDate));
        JsonObject fractional = Json.createObjectBuilder(payload("ONLINE"))
                .add("creditHours", 1.5)
                .build();
        assertThrows(IllegalArgumentException.class, () -> read(fractional));
        JsonObject unknownDelivery =
                Json.createObjectBuilder(payload("CARRIER_PIGEON")).build();
        assertThrows(IllegalArgumentException.class, () -> read(unknownDelivery));
    }

    private static RecordSnapshot read(JsonObject payload) {
        return ReportQueuerSubscriber.record(CompletionCredited.fromJson(payload));
    }
}
