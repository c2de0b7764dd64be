package org.alerrt.tracker.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    @Test
    void alerrtReportsOnlineAndDirectOnly() {
        assertTrue(Delivery.isQueuedForAlerrt("ONLINE"));
        assertTrue(Delivery.isQueuedForAlerrt("DIRECT"));
        assertTrue(Delivery.isQueuedForAlerrt("online"));
        assertFalse(Delivery.isQueuedForAlerrt("INDIRECT"));
        assertFalse(Delivery.isQueuedForAlerrt("INFORMAL"));
        assertFalse(Delivery.isQueuedForAlerrt(""));
        assertFalse(Delivery.isQueuedForAlerrt(null));
    }

    @Test
    void anIndirectCompletionCannotBeQueued() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ReportEntry.original(
                        1,
                        1,
                        new RecordSnapshot(
                                "1234567",
                                "Jane",
                                "Doe",
                                null,
                                "3311",
                                "Level I",
                                Delivery.INDIRECT,
                                LocalDate.EPOCH,
                                null,
                                16,
                                List.of("7654321"),
                                ""),
                        1,
                        Instant.EPOCH));
    }
}
