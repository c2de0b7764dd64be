package org.alerrt.tracker.certificates.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateTest {

    static CertifiedCompletion completion(long completionId, long learnerId, Delivery delivery) {
        return new CertifiedCompletion(completionId, learnerId, "Jane", "Doe", "1234567", "Austin PD", "3356",
                "Fire as a Weapon", delivery, 4, true, LocalDate.of(2026, 11, 25));
    }

    @Test
    void aNewCertificateIsValid() {
        Certificate c = Certificate.issue(completion(51, 50, Delivery.ONLINE), "ALERRT", Instant.EPOCH,
                VerificationCode.generate());
        assertTrue(c.isValid());
        assertEquals(CertificateStatus.VALID, c.status());
    }

    @Test
    void revokeNeedsAReasonAndHappensOnce() {
        Certificate c = Certificate.issue(completion(51, 50, Delivery.ONLINE), "ALERRT", Instant.EPOCH,
                VerificationCode.generate());
        assertThrows(IllegalArgumentException.class, () -> c.revoke(" ", "admin", Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> c.revoke("x".repeat(501), "admin", Instant.EPOCH));
        c.revoke(" Credited in error ", "admin", Instant.EPOCH);
        assertFalse(c.isValid());
        assertEquals("Credited in error", c.statusReason());
        assertThrows(IllegalStateException.class, () -> c.revoke("again", "admin", Instant.EPOCH));
        assertEquals("Credited in error", c.statusReason());
    }

    @Test
    void snapshotRejectsNegativeHoursAndMissingNames() {
        assertThrows(IllegalArgumentException.class, () -> new CertifiedCompletion(1, 1, "Jane", "Doe", "1", null,
                "3356", "T", Delivery.ONLINE, -1, true, LocalDate.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new CertifiedCompletion(1, 1, " ", "Doe", "1", null,
                "3356", "T", Delivery.ONLINE, 1, true, LocalDate.EPOCH));
    }
}
