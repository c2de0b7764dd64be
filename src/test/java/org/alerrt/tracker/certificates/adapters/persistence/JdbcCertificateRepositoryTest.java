package org.alerrt.tracker.certificates.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.alerrt.tracker.certificates.application.CertificateService;
import org.alerrt.tracker.certificates.application.CertificateSettings;
import org.alerrt.tracker.certificates.application.VerificationService;
import org.alerrt.tracker.certificates.application.VerifiedCertificate;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.certificates.domain.CertificateStatus;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.Delivery;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue, find, verify and revoke against H2 with the real migrations. */
class JdbcCertificateRepositoryTest {

    private JdbcCertificateRepository repo;
    private CertificateService service;
    private VerificationService verification;

    @BeforeEach
    void setUp() {
        org.h2.jdbcx.JdbcDataSource ds = TestDatabase.migrated();
        TestDatabase.addCompletions(ds, 50, 51, 53);
        TestDatabase.addCompletions(ds, 60, 52);
        repo = new JdbcCertificateRepository(ds);
        service = new CertificateService(repo,
                new CertificateSettings("ALERRT Center at Texas State University", "http://127.0.0.1:8080",
                        "America/Chicago"),
                Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
        verification = new VerificationService(repo);
    }

    static CertifiedCompletion completion(long completionId, long learnerId) {
        return new CertifiedCompletion(completionId, learnerId, "Jane", "Doe", "1234567", "Austin PD", "3356",
                "Fire as a Weapon", Delivery.INDIRECT, 4, true, LocalDate.of(2026, 11, 25));
    }

    @Test
    void oneCertificatePerCompletionEvenWhenRedelivered() {
        Certificate issued = service.issue(completion(51, 50)).orElseThrow();
        assertTrue(service.issue(completion(51, 50)).isEmpty());
        assertEquals(1, service.list(50L, null, 10).size());
        Certificate stored = service.find(issued.code().value()).orElseThrow();
        assertEquals(issued.id(), stored.id());
        assertEquals(completion(51, 50), stored.completion());
        assertEquals("ALERRT Center at Texas State University", stored.issuer());
        assertEquals(Instant.parse("2026-11-26T12:00:00Z"), stored.issuedAt());
    }

    @Test
    void learnerSeesOnlyOwnCertificates() {
        Certificate mine = service.issue(completion(51, 50)).orElseThrow();
        Certificate theirs = service.issue(completion(52, 60)).orElseThrow();
        assertTrue(service.findOwn(50, mine.code().value()).isPresent());
        assertTrue(service.findOwn(50, theirs.code().value()).isEmpty());
        assertEquals(2, service.list(null, null, 10).size());
        assertEquals(1, service.list(null, null, 1).size());
        assertEquals(theirs.id(), service.list(null, null, 1).get(0).id(), "newest first");
        assertEquals(mine.id(), service.list(null, theirs.id(), 10).get(0).id());
    }

    @Test
    void verificationMasksThePidAndTreatsMalformedLikeUnknown() {
        Certificate c = service.issue(completion(51, 50)).orElseThrow();
        VerifiedCertificate v = verification.verify(c.code().value()).orElseThrow();
        assertEquals("•••••67", v.maskedPid());
        assertEquals("Jane Doe", v.name());
        assertEquals(CertificateStatus.VALID, v.status());
        assertTrue(verification.verify("AAAAAAAAAAAAAAAAAAAAAA").isEmpty());
        assertTrue(verification.verify("' OR 1=1 --").isEmpty());
        assertTrue(verification.verify(null).isEmpty());
    }

    @Test
    void revokedOnceWithItsReason() {
        Certificate c = service.issue(completion(51, 50)).orElseThrow();
        service.revoke(c.code().value(), "Credited in error", "admin");
        VerifiedCertificate v = verification.verify(c.code().value()).orElseThrow();
        assertEquals(CertificateStatus.REVOKED, v.status());
        assertEquals("Credited in error", v.statusReason());
        assertThrows(IllegalStateException.class, () -> service.revoke(c.code().value(), "again", "admin"));
        assertTrue(service.revoke("AAAAAAAAAAAAAAAAAAAAAA", "x", "admin").isEmpty());
        Certificate stale = service.issue(completion(53, 50)).orElseThrow();
        stale.revoke("first", "a", Instant.now());
        assertTrue(repo.updateStatus(stale, CertificateStatus.VALID));
        assertFalse(repo.updateStatus(stale, CertificateStatus.VALID), "a stale second change is refused");
    }
}
