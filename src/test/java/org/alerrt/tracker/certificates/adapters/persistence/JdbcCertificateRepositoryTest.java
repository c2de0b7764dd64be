package org.alerrt.tracker.certificates.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.alerrt.tracker.certificates.application.CertificateRevoked;
import org.alerrt.tracker.certificates.application.CertificateService;
import org.alerrt.tracker.certificates.application.CertificateSettings;
import org.alerrt.tracker.certificates.application.VerificationService;
import org.alerrt.tracker.certificates.application.VerifiedCertificate;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.certificates.domain.CertificateStatus;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.Delivery;
import org.alerrt.tracker.platform.audit.AuditEntry;
import org.alerrt.tracker.platform.audit.AuditTrail;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.events.EventPublisher;
import org.alerrt.tracker.reporting.adapters.persistence.JdbcReportingReadModel;
import org.alerrt.tracker.reporting.application.ReportingStatusQueries;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue, reissue, find, verify, revoke and withdraw against H2 with the real migrations. */
class JdbcCertificateRepositoryTest {

    static final CertificateSettings SETTINGS = new CertificateSettings(
            "ALERRT Center at Texas State University",
            new ServerSettings("http://127.0.0.1:8080", "http://localhost:8081", "America/Chicago", 10_485_760));

    private DataSource ds;
    private JdbcCertificateRepository repo;
    private CertificateService service;
    private VerificationService verification;
    private AuditTrail audit;
    private final List<JsonObject> published = new ArrayList<>();

    @BeforeEach
    void setUp() {
        ds = TestDatabase.migrated();
        TestDatabase.addCompletions(ds, 50, 51, 53);
        TestDatabase.addCompletions(ds, 60, 52);
        repo = new JdbcCertificateRepository(ds);
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
        audit = new AuditTrail(ds, clock);
        EventPublisher events = new EventPublisher() {
            @Override
            public void publish(String topic, JsonObject payload) {
                assertEquals(CertificateRevoked.TOPIC, topic);
                published.add(payload);
            }
        };
        service = new CertificateService(
                repo, SETTINGS, clock, audit, events, new ReportingStatusQueries(new JdbcReportingReadModel(ds), null));
        verification = new VerificationService(service, SETTINGS);
    }

    static CertifiedCompletion completion(long completionId, long learnerId) {
        return new CertifiedCompletion(
                completionId,
                learnerId,
                "Jane",
                "Doe",
                "1234567",
                "Austin PD",
                "3356",
                "Fire as a Weapon",
                Delivery.INDIRECT,
                4,
                true,
                LocalDate.of(2026, 11, 25),
                List.of(),
                null,
                null,
                false);
    }

    /** What training sends as revision 2 once the officer's PID was corrected. */
    static CertifiedCompletion correctedPid(long completionId, long learnerId) {
        return new CertifiedCompletion(
                completionId,
                learnerId,
                "Jane",
                "Doe",
                "7654321",
                "Austin PD",
                "3356",
                "Fire as a Weapon",
                Delivery.INDIRECT,
                4,
                true,
                LocalDate.of(2026, 11, 25),
                List.of("2345678"),
                LocalDate.of(2026, 9, 2),
                null,
                false);
    }

    private List<String> actions(Certificate c) {
        return audit.of("certificate", c.id()).stream().map(AuditEntry::action).toList();
    }

    @Test
    void oneCertificatePerCompletionEvenWhenRedelivered() {
        Certificate issued = service.issue(completion(51, 50), 1).orElseThrow();
        assertTrue(service.issue(completion(51, 50), 1).isEmpty());
        assertEquals(1, service.list(50L, null, 10).size());
        Certificate stored = service.find(issued.code().value()).orElseThrow();
        assertEquals(issued.id(), stored.id());
        assertEquals(completion(51, 50), stored.completion());
        assertEquals(1, stored.revision());
        assertEquals("ALERRT Center at Texas State University", stored.issuer());
        assertEquals(Instant.parse("2026-11-26T12:00:00Z"), stored.issuedAt());
        assertEquals(List.of("ISSUED"), actions(stored));
    }

    @Test
    void theNewSnapshotFieldsAreStoredAsIssued() {
        CertifiedCompletion attended = new CertifiedCompletion(
                51,
                50,
                "Jane",
                "Doe",
                "1234567",
                "Austin PD",
                "3312",
                "ALERRT Update",
                Delivery.INDIRECT,
                16,
                true,
                LocalDate.of(2026, 11, 25),
                List.of("2345678", "3456789"),
                LocalDate.of(2026, 8, 1),
                "Breaching refresher",
                true);
        Certificate c = service.issue(attended, 1).orElseThrow();
        assertEquals(attended, service.find(c.code().value()).orElseThrow().completion());
    }

    @Test
    void aNewRevisionSupersedesTheValidCertificateAndIssuesANewCode() {
        Certificate first = service.issue(completion(51, 50), 1).orElseThrow();
        Certificate second = service.issue(correctedPid(51, 50), 2).orElseThrow();
        assertFalse(first.code().equals(second.code()));
        assertTrue(service.issue(correctedPid(51, 50), 2).isEmpty(), "a redelivered revision issues nothing");
        assertTrue(service.issue(completion(51, 50), 1).isEmpty(), "an older revision issues nothing");

        Certificate old = service.find(first.code().value()).orElseThrow();
        assertEquals(CertificateStatus.SUPERSEDED, old.status());
        assertEquals(second.code(), old.supersededBy());
        assertEquals("1234567", old.completion().pid(), "what was certified never changes");
        Certificate now = service.find(second.code().value()).orElseThrow();
        assertEquals(CertificateStatus.VALID, now.status());
        assertEquals(2, now.revision());
        assertEquals("7654321", now.completion().pid());
        assertEquals(List.of("ISSUED", "SUPERSEDED"), actions(old));
        assertEquals(List.of("ISSUED"), actions(now));

        VerifiedCertificate v = verification.verify(first.code().value()).orElseThrow();
        assertEquals(second.code().value(), v.replacementCode());
        assertEquals("http://127.0.0.1:8080/verify/" + second.code().value(), v.replacementUrl());
        assertEquals(2, service.list(50L, null, 10).size());
    }

    @Test
    void aRevokedCertificateIsNotReissued() {
        Certificate first = service.issue(completion(51, 50), 1).orElseThrow();
        service.revoke(first.code().value(), "Credited in error", "admin");
        assertTrue(service.issue(correctedPid(51, 50), 2).isEmpty());
        assertEquals(1, service.list(50L, null, 10).size());
        assertEquals(
                CertificateStatus.REVOKED,
                service.find(first.code().value()).orElseThrow().status());
    }

    @Test
    void revokingPublishesTheRevocationSoTrainingWithdrawsTheCredit() {
        Certificate c = service.issue(completion(51, 50), 1).orElseThrow();
        service.revoke(c.code().value(), "Credited in error", "alice");
        assertEquals(1, published.size());
        CertificateRevoked event = CertificateRevoked.fromJson(published.get(0));
        assertEquals(new CertificateRevoked(51, 50, c.code().value(), "Credited in error", "alice"), event);
        AuditEntry revoked = audit.of("certificate", c.id()).get(1);
        assertEquals("REVOKED", revoked.action());
        assertEquals("alice", revoked.actor());
        assertEquals("Credited in error", revoked.reason());
        assertTrue(revoked.detail().contains(c.code().value()), revoked.detail());
    }

    @Test
    void withdrawnCreditRevokesOnceAndPublishesNothing() {
        Certificate c = service.issue(completion(51, 50), 1).orElseThrow();
        String reason = "Credit withdrawn: the statement that earned it was voided";
        assertTrue(
                service.withdraw(51, reason, "statement abc voided", "system").isPresent());
        assertTrue(service.withdraw(51, reason, "redelivered", "system").isEmpty(), "already revoked: nothing");
        assertTrue(service.withdraw(53, reason, "", "system").isEmpty(), "no certificate: nothing");
        VerifiedCertificate v = verification.verify(c.code().value()).orElseThrow();
        assertEquals(CertificateStatus.REVOKED, v.status());
        assertEquals(reason, v.statusReason());
        assertTrue(published.isEmpty(), "no ping-pong with training");
        assertEquals(List.of("ISSUED", "REVOKED"), actions(c));
        assertTrue(audit.of("certificate", c.id()).get(1).detail().contains("statement abc voided"));
    }

    @Test
    void revokeAfterAWithdrawalIsAConflictNotASecondEvent() {
        Certificate c = service.issue(completion(51, 50), 1).orElseThrow();
        service.withdraw(51, "Credit withdrawn: the statement that earned it was voided", "", "system");
        assertThrows(IllegalStateException.class, () -> service.revoke(c.code().value(), "again", "admin"));
        assertTrue(published.isEmpty());
    }

    @Test
    void learnerSeesOnlyOwnCertificates() {
        Certificate mine = service.issue(completion(51, 50), 1).orElseThrow();
        Certificate theirs = service.issue(completion(52, 60), 1).orElseThrow();
        assertTrue(service.findOwn(50, mine.code().value()).isPresent());
        assertTrue(service.findOwn(50, theirs.code().value()).isEmpty());
        assertEquals(2, service.list(null, null, 10).size());
        assertEquals(1, service.list(null, null, 1).size());
        assertEquals(theirs.id(), service.list(null, null, 1).get(0).id(), "newest first");
        assertEquals(mine.id(), service.list(null, theirs.id(), 10).get(0).id());
    }

    @Test
    void verificationMasksThePidsAndTreatsMalformedLikeUnknown() {
        Certificate c = service.issue(correctedPid(51, 50), 1).orElseThrow();
        VerifiedCertificate v = verification.verify(c.code().value()).orElseThrow();
        assertEquals("•••••21", v.maskedPid());
        assertEquals(List.of("•••••78"), v.instructors());
        assertEquals("Austin PD", v.agency(), "indirect: the agency that reports it");
        assertEquals("Jane Doe", v.name());
        assertEquals(CertificateStatus.VALID, v.status());
        assertTrue(verification.verify("AAAAAAAAAAAAAAAAAAAAAA").isEmpty());
        assertTrue(verification.verify("' OR 1=1 --").isEmpty());
        assertTrue(verification.verify(null).isEmpty());
    }

    @Test
    void whoReportsFollowsDeliveryAndAlerrtsQueue() throws SQLException {
        Certificate indirect = service.issue(completion(51, 50), 1).orElseThrow();
        assertEquals(
                "Reported to TCOLE by the officer's agency with this certificate (ALERRT does not report it)",
                service.whoReports(indirect).line());
        CertifiedCompletion online = new CertifiedCompletion(
                52,
                60,
                "Jo",
                "Roe",
                "2345678",
                "Kyle PD",
                "3356",
                "Fire as a Weapon",
                Delivery.ONLINE,
                4,
                true,
                LocalDate.of(2026, 11, 25),
                List.of(),
                null,
                null,
                false);
        Certificate c = service.issue(online, 1).orElseThrow();
        VerifiedCertificate v = verification.verify(c.code().value()).orElseThrow();
        assertNull(v.agency(), "ALERRT reports it: the agency is not shown publicly");
        assertEquals(
                "Reported to TCOLE by ALERRT: to be reported by ALERRT",
                v.whoReports().line());
        try (Connection conn = ds.getConnection();
                var st = conn.createStatement()) {
            st.executeUpdate("INSERT INTO report_entry (id, completion_id, learner_id, pid, last_name, first_name,"
                    + " tcole_number, course_title, delivery, completed_on, credit_hours, status, queued_at, origin,"
                    + " due_from, status_changed_at)"
                    + " VALUES (1, 52, 60, '2345678', 'Roe', 'Jo', '3356', 'Fire as a Weapon', 'ONLINE',"
                    + " DATE '2026-11-25', 4, 'QUEUED', CURRENT_TIMESTAMP, 'credit:52', DATE '2026-11-25',"
                    + " CURRENT_TIMESTAMP)");
        }
        assertEquals(
                "Reported to TCOLE by ALERRT: queued", service.whoReports(c).line());
        try (Connection conn = ds.getConnection();
                var st = conn.createStatement()) {
            st.executeUpdate("INSERT INTO roster (id, created_at, created_by, entry_count, reported_at, reported_by)"
                    + " VALUES (1, CURRENT_TIMESTAMP, 'a', 1, TIMESTAMP WITH TIME ZONE '2026-11-30 18:00:00+00',"
                    + " 'a')");
            st.executeUpdate("UPDATE report_entry SET status = 'REJECTED', roster_id = 1 WHERE id = 1");
        }
        assertEquals(
                "Reported to TCOLE by ALERRT: returned by TCOLE for correction, ALERRT reports it again",
                service.whoReports(c).line());
        try (Connection conn = ds.getConnection();
                var st = conn.createStatement()) {
            st.executeUpdate("UPDATE report_entry SET status = 'ACCEPTED' WHERE id = 1");
        }
        assertEquals(
                "Reported to TCOLE by ALERRT: reported on 11/30/2026",
                service.whoReports(c).line());
    }

    @Test
    void revokedOnceWithItsReason() {
        Certificate c = service.issue(completion(51, 50), 1).orElseThrow();
        service.revoke(c.code().value(), "Credited in error", "admin");
        VerifiedCertificate v = verification.verify(c.code().value()).orElseThrow();
        assertEquals(CertificateStatus.REVOKED, v.status());
        assertEquals("Credited in error", v.statusReason());
        assertThrows(IllegalStateException.class, () -> service.revoke(c.code().value(), "again", "admin"));
        assertTrue(service.revoke("AAAAAAAAAAAAAAAAAAAAAA", "x", "admin").isEmpty());
        Certificate stale = service.issue(completion(53, 50), 1).orElseThrow();
        stale.revoke("first", "a", Instant.now());
        assertTrue(repo.updateStatus(stale, CertificateStatus.VALID));
        assertFalse(repo.updateStatus(stale, CertificateStatus.VALID), "a stale second change is refused");
    }
}
