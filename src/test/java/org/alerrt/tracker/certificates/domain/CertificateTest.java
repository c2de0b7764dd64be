package org.alerrt.tracker.certificates.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateTest {

    static CertifiedCompletion completion(long completionId, long learnerId, Delivery delivery) {
        return new CertifiedCompletion(
                completionId,
                learnerId,
                "Jane",
                "Doe",
                "1234567",
                "Austin PD",
                "3356",
                "Fire as a Weapon",
                delivery,
                4,
                true,
                LocalDate.of(2026, 11, 25),
                List.of(),
                null,
                null,
                false);
    }

    @Test
    void aNewCertificateIsValid() {
        Certificate c = Certificate.issue(
                completion(51, 50, Delivery.ONLINE), "ALERRT", Instant.EPOCH, VerificationCode.generate());
        assertTrue(c.isValid());
        assertEquals(CertificateStatus.VALID, c.status());
    }

    @Test
    void revokeNeedsAReasonAndHappensOnce() {
        Certificate c = Certificate.issue(
                completion(51, 50, Delivery.ONLINE), "ALERRT", Instant.EPOCH, VerificationCode.generate());
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
        assertThrows(
                IllegalArgumentException.class,
                () -> new CertifiedCompletion(
                        1,
                        1,
                        "Jane",
                        "Doe",
                        "1",
                        null,
                        "3356",
                        "T",
                        Delivery.ONLINE,
                        -1,
                        true,
                        LocalDate.EPOCH,
                        List.of(),
                        null,
                        null,
                        false));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CertifiedCompletion(
                        1,
                        1,
                        " ",
                        "Doe",
                        "1",
                        null,
                        "3356",
                        "T",
                        Delivery.ONLINE,
                        1,
                        true,
                        LocalDate.EPOCH,
                        List.of(),
                        null,
                        null,
                        false));
    }

    @Test
    void onlyANewerRevisionReplacesAValidCertificate() {
        Certificate c = Certificate.issue(
                completion(51, 50, Delivery.ONLINE), 1, "ALERRT", Instant.EPOCH, VerificationCode.generate());
        assertFalse(c.isReplacedBy(1), "a redelivery replaces nothing");
        assertTrue(c.isReplacedBy(2));
        VerificationCode replacement = VerificationCode.generate();
        assertThrows(IllegalStateException.class, () -> c.supersede(replacement, 1, Instant.EPOCH));
        c.supersede(replacement, 2, Instant.EPOCH);
        assertEquals(CertificateStatus.SUPERSEDED, c.status());
        assertEquals(replacement, c.supersededBy());
        assertTrue(c.statusReason().contains(replacement.value()), c.statusReason());
        assertFalse(c.isReplacedBy(3), "only the latest, valid certificate is replaced");
        assertThrows(IllegalStateException.class, () -> c.revoke("late", "admin", Instant.EPOCH));
    }

    @Test
    void aRevokedCertificateIsNeverReplaced() {
        Certificate c = Certificate.issue(
                completion(51, 50, Delivery.ONLINE), "ALERRT", Instant.EPOCH, VerificationCode.generate());
        c.revoke("Credited in error", "admin", Instant.EPOCH);
        assertFalse(c.isReplacedBy(2));
        assertThrows(IllegalStateException.class, () -> c.supersede(VerificationCode.generate(), 2, Instant.EPOCH));
    }

    @Test
    void onlyASupersededCertificateNamesAReplacement() {
        CertifiedCompletion s = completion(51, 50, Delivery.ONLINE);
        VerificationCode code = VerificationCode.generate();
        assertThrows(
                IllegalArgumentException.class,
                () -> new Certificate(
                        1L,
                        code,
                        s,
                        "ALERRT",
                        Instant.EPOCH,
                        1,
                        CertificateStatus.VALID,
                        null,
                        null,
                        null,
                        VerificationCode.generate()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Certificate(
                        1L, code, s, "ALERRT", Instant.EPOCH, 1, CertificateStatus.SUPERSEDED, null, null, null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Certificate(
                        1L, code, s, "ALERRT", Instant.EPOCH, 0, CertificateStatus.VALID, null, null, null, null));
    }

    @Test
    void onlyIndirectDeliveryIsReportedByTheAgency() {
        assertTrue(Delivery.ONLINE.reportedByAlerrt());
        assertTrue(Delivery.DIRECT.reportedByAlerrt());
        assertFalse(Delivery.INDIRECT.reportedByAlerrt());
    }

    @Test
    void partialTrainTheTrainerCreditIsACertificateOfAttendance() {
        CertifiedCompletion partial = new CertifiedCompletion(
                1,
                1,
                "Jane",
                "Doe",
                "1234567",
                null,
                "3315",
                "Level I TtT",
                Delivery.DIRECT,
                16,
                true,
                LocalDate.of(2026, 11, 25),
                List.of(),
                null,
                null,
                true);
        assertEquals("Certificate of Attendance", partial.kind());
        assertTrue(partial.attendanceNote().contains("Credited 16 hours for the user course"));
        assertTrue(partial.attendanceNote().contains("no ALERRT Certified Instructor status"));
        assertEquals(
                "Certificate of Completion", completion(1, 1, Delivery.DIRECT).kind());
        assertNull(completion(1, 1, Delivery.DIRECT).attendanceNote());
    }

    @Test
    void blocksStartOnOrBeforeTheLastDayAndInstructorsAreClean() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new CertifiedCompletion(
                        1,
                        1,
                        "Jane",
                        "Doe",
                        "1",
                        null,
                        "3311",
                        "Level I",
                        Delivery.INDIRECT,
                        16,
                        true,
                        LocalDate.of(2026, 11, 25),
                        List.of(),
                        LocalDate.of(2026, 11, 26),
                        null,
                        false));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CertifiedCompletion(
                        1,
                        1,
                        "Jane",
                        "Doe",
                        "1",
                        null,
                        "3311",
                        "Level I",
                        Delivery.INDIRECT,
                        16,
                        true,
                        LocalDate.of(2026, 11, 25),
                        List.of("1,2"),
                        null,
                        null,
                        false));
        CertifiedCompletion c = new CertifiedCompletion(
                1,
                1,
                "Jane",
                "Doe",
                "1",
                null,
                "3311",
                "Level I",
                Delivery.INDIRECT,
                16,
                true,
                LocalDate.of(2026, 11, 25),
                List.of(" 2345678 ", " "),
                LocalDate.of(2026, 11, 25),
                " ",
                false);
        assertEquals(List.of("2345678"), c.instructors());
        assertTrue(c.inBlocks());
        assertNull(c.moduleDescription());
    }
}
