package org.alerrt.tracker.reporting.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.audit.AuditEntry;
import org.alerrt.tracker.platform.audit.AuditTrail;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.reporting.adapters.persistence.JdbcReportingReadModel;
import org.alerrt.tracker.reporting.adapters.persistence.JdbcReportingRepository;
import org.alerrt.tracker.reporting.api.ReportingAttention;
import org.alerrt.tracker.reporting.domain.Delivery;
import org.alerrt.tracker.reporting.domain.EntryKind;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.RecordSnapshot;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.Roster;
import org.alerrt.tracker.reporting.domain.RosterFormat;
import org.alerrt.tracker.reporting.domain.Urgency;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reporting lifecycle's rules on H2 with the real migrations and audit log, one completion at a time. */
class ReportingLifecycleTest {

    private static final LocalDate COMPLETED = LocalDate.of(2026, 11, 25);
    private static final long LEARNER = 50;

    private JdbcDataSource ds;
    private ReportQueueService service;
    private Instant now = Instant.parse("2026-11-26T15:00:00Z");

    @BeforeEach
    void setUp() {
        ds = TestDatabase.migrated();
        TestDatabase.addCompletions(ds, LEARNER, 51, 52, 53);
        service = new ReportQueueService();
        service.repository = new JdbcReportingRepository(ds);
        service.settings = settings(RosterFormat.DEFAULT_COLUMNS, RosterFormat.DEFAULT_HEADERS);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(now, zone);
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        service.clock = clock;
        service.audit = new AuditTrail(ds, clock);
    }

    private static ReportingSettings settings(String columns, String headers) {
        ReportingSettings s = new ReportingSettings();
        s.columns = columns;
        s.headers = headers;
        s.deadlineDays = 30;
        s.dueWarningDays = 25;
        s.unsubmittedWarningDays = 7;
        s.server = new ServerSettings("http://127.0.0.1:8080", "http://localhost:8081", "America/Chicago", 10_485_760);
        s.parse();
        return s;
    }

    private static RecordSnapshot record(String pid) {
        return new RecordSnapshot(
                pid,
                "Jane",
                "Doe",
                "Austin PD",
                "3356",
                "Fire as a Weapon",
                Delivery.ONLINE,
                COMPLETED,
                null,
                4,
                List.of(),
                "");
    }

    private List<ReportEntry> entries(long completionId) {
        return service.repository.entriesOfCompletion(completionId);
    }

    private List<String> actions(long entryId) {
        return service.history(entryId).stream().map(AuditEntry::action).toList();
    }

    @Test
    void aCreditIsQueuedOnceWhateverIsRedelivered() {
        service.credited(51, LEARNER, record("1234567"), 1);
        service.credited(51, LEARNER, record("1234567"), 1);
        List<ReportEntry> queued = entries(51);
        assertEquals(1, queued.size());
        assertEquals(EntryKind.ORIGINAL, queued.get(0).kind());
        assertEquals(COMPLETED, queued.get(0).dueFrom());
        assertEquals(List.of("QUEUED"), actions(queued.get(0).id()));
    }

    @Test
    void aRevisionBeforeExportEditsTheQueuedRecordAndAnOlderOneIsIgnored() {
        service.credited(51, LEARNER, record("1234567"), 1);
        service.credited(51, LEARNER, record("7654321"), 2);
        service.credited(51, LEARNER, record("1234567"), 1);
        List<ReportEntry> all = entries(51);
        assertEquals(1, all.size());
        assertEquals("7654321", all.get(0).pid());
        assertEquals(2, all.get(0).revision());
        assertEquals(List.of("QUEUED", "REVISED"), actions(all.get(0).id()));
    }

    @Test
    void withdrawnBeforeExportTheEntryIsWithdrawnAndALateCreditNeverQueues() {
        service.credited(51, LEARNER, record("1234567"), 1);
        service.withdraw(51, "credit withdrawn: the statement that earned it was voided", "admin");
        service.withdraw(51, "again", "admin");
        ReportEntry e = entries(51).get(0);
        assertEquals(EntryStatus.WITHDRAWN, e.status());
        assertEquals("credit withdrawn: the statement that earned it was voided", e.statusReason());
        assertThrows(ReportingConflictException.class, () -> service.exportRoster("admin"), "nothing to export");

        service.withdraw(52, "certificate revoked", "admin");
        service.credited(52, LEARNER, record("1234567"), 1);
        assertEquals(List.of(), entries(52), "a credit arriving after its withdrawal is not queued");
    }

    @Test
    void theRosterLifecycleRecordsEachStepOnceAndTheCsvNeverChanges() {
        service.credited(51, LEARNER, record("1234567"), 1);
        service.credited(52, LEARNER, record("2345678"), 1);
        Roster roster = service.exportRoster("alice");
        assertEquals(2, roster.entryCount());
        byte[] csv = csv(roster.id());
        assertEquals(ReportQueueService.sha256(csv), roster.csvSha256());

        service.settings = settings("pid,hours", "PID,Hours");
        assertArrayEquals(csv, csv(roster.id()), "kept with the layout it was exported with");
        assertTrue(new String(csv, StandardCharsets.UTF_8).startsWith("PID,Last Name,First Name"));

        assertThrows(
                ReportingConflictException.class, () -> service.acceptRoster(roster.id(), "bob"), "not submitted yet");
        assertThrows(IllegalArgumentException.class, () -> service.submitRoster(roster.id(), " ", "bob"));
        Roster submitted =
                service.submitRoster(roster.id(), "TCLEDDS-2026-118", "bob").orElseThrow();
        assertEquals(EntryStatus.SUBMITTED, submitted.status());
        assertEquals(
                submitted,
                service.submitRoster(roster.id(), "TCLEDDS-2026-118", "carol").orElseThrow(),
                "the same reference again changes nothing");
        assertThrows(
                ReportingConflictException.class, () -> service.submitRoster(roster.id(), "TCLEDDS-OTHER", "carol"));
        assertEquals(
                EntryStatus.ACCEPTED,
                service.acceptRoster(roster.id(), "dave").orElseThrow().status());

        long entry = entries(51).get(0).id();
        assertEquals(List.of("QUEUED", "EXPORTED", "SUBMITTED", "ACCEPTED"), actions(entry));
        assertEquals(
                List.of("system", "alice", "bob", "dave"),
                service.history(entry).stream().map(AuditEntry::actor).toList());
    }

    @Test
    void aRejectedRecordIsCorrectedByANewEntryWithTheOriginalDeadline() {
        service.credited(51, LEARNER, record("1234567"), 1);
        Roster roster = service.exportRoster("alice");
        long entry = entries(51).get(0).id();
        assertThrows(
                ReportingConflictException.class,
                () -> service.rejectEntry(entry, "bad PID", "bob"),
                "TCOLE cannot reject what was never submitted");
        service.submitRoster(roster.id(), "B-1", "bob");
        QueueItem rejected = service.rejectEntry(entry, "PID not found in TCOLE records", "bob")
                .orElseThrow();
        assertEquals(EntryStatus.REJECTED, rejected.entry().status());
        assertEquals(Urgency.DUE_SOON, rejected.urgency(), "a rejected record always needs action");
        assertTrue(service.requeueEntry(entry + 999, "x", "bob").isEmpty(), "no such entry");

        QueueItem requeued =
                service.requeueEntry(entry, "course set up at TCOLE", "carol").orElseThrow();
        assertEquals(EntryStatus.QUEUED, requeued.entry().status());
        assertEquals(entry, requeued.entry().correctsEntryId());
        assertEquals(COMPLETED, requeued.entry().dueFrom(), "still due 30 days after completion");
        assertEquals(
                EntryStatus.CORRECTED,
                service.repository.entry(entry).orElseThrow().status());
        assertThrows(ReportingConflictException.class, () -> service.requeueEntry(entry, "twice", "carol"));
        assertEquals(List.of("QUEUED", "EXPORTED", "SUBMITTED", "REJECTED", "CORRECTED"), actions(entry));
    }

    @Test
    void aPidCorrectedAfterRejectionRequeuesByItself() {
        service.credited(51, LEARNER, record("1234567"), 1);
        Roster roster = service.exportRoster("alice");
        service.submitRoster(roster.id(), "B-1", "bob");
        long entry = entries(51).get(0).id();
        service.rejectEntry(entry, "PID not found", "bob");
        service.credited(51, LEARNER, record("7654321"), 2);
        List<ReportEntry> all = entries(51);
        assertEquals(2, all.size());
        assertEquals(EntryStatus.CORRECTED, all.get(0).status());
        assertEquals(EntryStatus.QUEUED, all.get(1).status());
        assertEquals(EntryKind.ORIGINAL, all.get(1).kind(), "TCOLE never took the first one: it is still the original");
        assertEquals("7654321", all.get(1).pid());
    }

    @Test
    void aRecordChangedAfterExportGetsAnAmendCorrection() {
        service.credited(51, LEARNER, record("1234567"), 1);
        service.exportRoster("alice");
        now = now.plus(3, ChronoUnit.DAYS);
        service.credited(51, LEARNER, record("7654321"), 2);
        service.credited(51, LEARNER, record("7654321"), 2);
        List<ReportEntry> all = entries(51);
        assertEquals(2, all.size());
        ReportEntry amend = all.get(1);
        assertEquals(EntryKind.AMEND, amend.kind());
        assertEquals(all.get(0).id(), amend.correctsEntryId());
        assertEquals(LocalDate.of(2026, 11, 29), amend.dueFrom(), "a correction is due 30 days after it is queued");
        assertTrue(amend.notes().contains("PID 1234567 → 7654321"), amend.notes());
        assertEquals(EntryStatus.EXPORTED, all.get(0).status(), "what left ALERRT is never edited");
    }

    @Test
    void creditTakenBackAfterSubmissionQueuesAWithdrawCorrectionOnce() {
        service.credited(51, LEARNER, record("1234567"), 1);
        Roster first = service.exportRoster("alice");
        service.submitRoster(first.id(), "B-1", "bob");
        service.withdraw(51, "credit withdrawn: the certificate was revoked", "carol");
        service.withdraw(51, "credit withdrawn: the certificate was revoked", "carol");
        List<ReportEntry> all = entries(51);
        assertEquals(2, all.size());
        ReportEntry withdrawal = all.get(1);
        assertEquals(EntryKind.WITHDRAW, withdrawal.kind());
        assertEquals(EntryStatus.QUEUED, withdrawal.status());
        assertEquals(EntryStatus.SUBMITTED, all.get(0).status());

        Roster next = service.exportRoster("alice");
        String csv = new String(csv(next.id()), StandardCharsets.UTF_8);
        assertTrue(csv.contains("WITHDRAW record of roster " + first.id()), csv);
        service.credited(51, LEARNER, record("7654321"), 2);
        assertEquals(2, entries(51).size(), "a withdrawn credit is never amended");
    }

    @Test
    void aRevisionRacingAnExportIsRetriedAndThenAmendsTheExportedRecord() throws Exception {
        service.credited(51, LEARNER, record("1234567"), 1);
        JdbcReportingRepository exporter = new JdbcReportingRepository(ds);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            DataSource tx = TestDatabase.transaction(c);
            ReportQueueService racing = new ReportQueueService();
            racing.settings = service.settings;
            racing.clock = service.clock;
            racing.audit = new AuditTrail(tx, service.clock);
            racing.repository = new JdbcReportingRepository(tx) {
                @Override
                public List<ReportEntry> entriesOfCompletion(long completionId) {
                    List<ReportEntry> read = super.entriesOfCompletion(completionId);
                    Roster r = exporter.createRoster(now, "other instance", service.settings.format());
                    exporter.takeQueued(r.id(), now);
                    return read;
                }
            };
            assertThrows(IllegalStateException.class, () -> racing.credited(51, LEARNER, record("7654321"), 2));
            c.rollback();
        }
        service.credited(51, LEARNER, record("7654321"), 2);
        List<ReportEntry> all = entries(51);
        assertEquals(
                List.of(EntryStatus.EXPORTED, EntryStatus.QUEUED),
                all.stream().map(ReportEntry::status).toList());
        assertEquals("1234567", all.get(0).pid(), "the exported record was not edited behind the roster's back");
        assertEquals(EntryKind.AMEND, all.get(1).kind());
    }

    @Test
    void anExportedRosterNobodyConfirmsIsFlaggedThenOverdue() {
        service.credited(51, LEARNER, record("1234567"), 1);
        service.exportRoster("alice");
        now = now.plus(7, ChronoUnit.DAYS);
        QueueItem item = service.list(EntryStatus.EXPORTED, null, null, 10).get(0);
        assertEquals(Urgency.DUE_SOON, item.urgency());
        assertTrue(item.flag().contains("not confirmed as submitted"), item.flag());
        now = Instant.parse("2026-12-26T15:00:00Z");
        assertEquals(
                Urgency.OVERDUE,
                service.list(EntryStatus.EXPORTED, null, null, 10).get(0).urgency());
        ReportingStatusQueries lookup = new ReportingStatusQueries(new JdbcReportingReadModel(ds), service.settings);
        assertEquals(
                new ReportingAttention(LEARNER, 1, 0),
                lookup.attentionOf(List.of(LEARNER, 99L), LocalDate.of(2026, 12, 26))
                        .get(LEARNER));
    }

    /** A download of the roster's CSV, as the API streams it. */
    private byte[] csv(long rosterId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(service.writeCsv(rosterId, out), "roster " + rosterId + " exists");
        return out.toByteArray();
    }
}
