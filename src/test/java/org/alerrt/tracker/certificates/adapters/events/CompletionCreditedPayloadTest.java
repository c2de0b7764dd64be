package org.alerrt.tracker.certificates.adapters.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.Delivery;
import org.junit.jupiter.api.Test;

class CompletionCreditedPayloadTest {

    private static final JsonObject CONTRACT_EXAMPLE = Json.createObjectBuilder()
            .add("completionId", 51).add("learnerId", 50).add("firstName", "Jane").add("lastName", "Doe")
            .add("pid", "1234567").add("agency", "Austin PD").add("tcoleNumber", "3356")
            .add("courseTitle", "Fire as a Weapon").add("delivery", "INDIRECT").add("creditHours", 4)
            .add("countsTowardMandate", true).add("completedOn", "2026-11-25").add("registration", "r").build();

    @Test
    void readsTheContractExample() {
        CertifiedCompletion c = CompletionCreditedPayload.read(CONTRACT_EXAMPLE);
        assertEquals(51, c.completionId());
        assertEquals("Jane Doe", c.fullName());
        assertEquals(Delivery.INDIRECT, c.delivery());
        assertEquals(4, c.creditHours());
        assertTrue(c.countsTowardMandate());
        assertEquals(LocalDate.of(2026, 11, 25), c.completedOn());
    }

    @Test
    void agencyIsOptional() {
        assertNull(CompletionCreditedPayload.read(Json.createObjectBuilder(CONTRACT_EXAMPLE).remove("agency").build())
                .agency());
    }

    @Test
    void contractBreachesFail() {
        for (String field : new String[] {"completionId", "pid", "countsTowardMandate", "completedOn", "delivery"}) {
            JsonObject broken = Json.createObjectBuilder(CONTRACT_EXAMPLE).remove(field).build();
            assertThrows(IllegalArgumentException.class, () -> CompletionCreditedPayload.read(broken), field);
        }
        JsonObject hoursAsText = Json.createObjectBuilder(CONTRACT_EXAMPLE).add("creditHours", "4").build();
        assertThrows(IllegalArgumentException.class, () -> CompletionCreditedPayload.read(hoursAsText));
    }
}
