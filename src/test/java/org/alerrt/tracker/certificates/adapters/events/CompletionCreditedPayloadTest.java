package org.alerrt.tracker.certificates.adapters.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.Delivery;
import org.junit.jupiter.api.Test;

class CompletionCreditedPayloadTest {

    private static final JsonObject CONTRACT_EXAMPLE = Json.createObjectBuilder()
            .add("completionId", 51)
            .add("learnerId", 50)
            .add("firstName", "Jane")
            .add("lastName", "Doe")
            .add("pid", "1234567")
            .add("agency", "Austin PD")
            .add("tcoleNumber", "3356")
            .add("courseTitle", "Fire as a Weapon")
            .add("delivery", "INDIRECT")
            .add("creditHours", 4)
            .add("countsTowardMandate", true)
            .add("completedOn", "2026-11-25")
            .add("registration", "r")
            .build();

    @Test
    void readsTheContractExample() {
        CertifiedCompletion c = CompletionCreditedPayload.read(CONTRACT_EXAMPLE).completion();
        assertEquals(51, c.completionId());
        assertEquals("Jane Doe", c.fullName());
        assertEquals(Delivery.INDIRECT, c.delivery());
        assertEquals(4, c.creditHours());
        assertTrue(c.countsTowardMandate());
        assertEquals(LocalDate.of(2026, 11, 25), c.completedOn());
    }

    @Test
    void anOldPayloadWithoutTheNewFieldsIsAFullFirstRevision() {
        CompletionCreditedPayload read = CompletionCreditedPayload.read(CONTRACT_EXAMPLE);
        assertEquals(1, read.revision());
        assertEquals(List.of(), read.completion().instructors());
        assertNull(read.completion().startedOn());
        assertNull(read.completion().moduleDescription());
        assertFalse(read.completion().partial());
        assertEquals("Certificate of Completion", read.completion().kind());
    }

    @Test
    void readsInstructorsBlocksModulePartialCreditAndRevision() {
        JsonObject richer = Json.createObjectBuilder(CONTRACT_EXAMPLE)
                .add("tcoleNumber", "3315")
                .add("creditHours", 16)
                .add("instructors", Json.createArrayBuilder().add("2345678").add("3456789"))
                .add("startedOn", "2026-09-02")
                .add("moduleDescription", "")
                .add("partial", true)
                .add("revision", 2)
                .build();
        CompletionCreditedPayload read = CompletionCreditedPayload.read(richer);
        assertEquals(2, read.revision());
        CertifiedCompletion c = read.completion();
        assertEquals(List.of("2345678", "3456789"), c.instructors());
        assertEquals(LocalDate.of(2026, 9, 2), c.startedOn());
        assertNull(c.moduleDescription(), "\"\" is no description");
        assertTrue(c.partial());
        assertEquals("Certificate of Attendance", c.kind());
        assertTrue(c.attendanceNote().contains("16 hours") && c.attendanceNote().contains("teach-back was not passed"));
    }

    @Test
    void agencyIsOptional() {
        assertNull(CompletionCreditedPayload.read(Json.createObjectBuilder(CONTRACT_EXAMPLE)
                        .remove("agency")
                        .build())
                .completion()
                .agency());
    }

    @Test
    void contractBreachesFail() {
        for (String field : new String[] {"completionId", "pid", "countsTowardMandate", "completedOn", "delivery"}) {
            JsonObject broken =
                    Json.createObjectBuilder(CONTRACT_EXAMPLE).remove(field).build();
            assertThrows(IllegalArgumentException.class, () -> CompletionCreditedPayload.read(broken), field);
        }
        JsonObject hoursAsText = Json.createObjectBuilder(CONTRACT_EXAMPLE)
                .add("creditHours", "4")
                .build();
        assertThrows(IllegalArgumentException.class, () -> CompletionCreditedPayload.read(hoursAsText));
    }
}
