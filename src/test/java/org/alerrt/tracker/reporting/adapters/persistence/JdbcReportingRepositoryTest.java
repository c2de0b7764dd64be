package org.alerrt.tracker.reporting.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.alerrt.tracker.platform.persistence.PersistenceException;
import org.alerrt.tracker.reporting.domain.CompletionTrack;
import org.alerrt.tracker.reporting.domain.Delivery;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.RecordSnapshot;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.Roster;
import org.alerrt.tracker.reporting.domain.RosterFormat;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reporting SQL on H2 with the real migrations: queue once per cause, export once, each roster step once. */
class JdbcReportingRepositoryTest {

    private JdbcDataSource ds;
    private JdbcReportingRepository repo;

    @BeforeEach
    void setUp() {
        ds = TestDatabase.migrated();
        TestDatabase.addCompletions(
                ds,
                50,
                LongStream.concat(LongStream.rangeClosed(1, 20), LongStream.of(51, 52, 53))
                        .toArray());
        repo = new JdbcReportingRepository(ds);
    }

    static final RosterFormat FORMAT =
            RosterFormat.parse(RosterFormat.DEFAULT_COLUMNS, RosterFormat.DEFAULT_HEADERS, "c", "h");

    static ReportEntry entry(long completionId, String lastName, LocalDate completedOn) {
        return ReportEntry.original(
                completionId,
                50,
                new RecordSnapshot(
                        "1234567",
                        "Jane",
                        lastName,
                        null,
                        "3356",
                        "Fire as a Weapon",
                        Delivery.ONLINE,
                        completedOn,
                        null,
                        4,
                        List.of("7654321", "1111111"),
                        "Module 2"),
                1,
                Instant.parse("2026-11-26T00:00:00Z"));
    }

    @Test
    void oneCauseQueuesOneEntryAndTheRecordReadsBackWhole() {
        ReportEntry stored = repo.insert(entry(51, "Doe", LocalDate.of(2026, 11, 25)));
        assertThrows(
                PersistenceException.class,
                () -> repo.insert(entry(51, "Doe", LocalDate.of(2026, 11, 25))),
                "the same origin (credit:51) is refused by the schema");
        assertEquals(List.of(stored), repo.entriesOfCompletion(51));
        assertEquals(stored, repo.entry(stored.id()).orElseThrow());
    }

    @Test
    void theCompletionLockStartsAtRevisionZeroAndKeepsWhatWasSaved() {
        assertEquals(new CompletionTrack(51, 0, null, null), repo.lockCompletion(51));
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        repo.saveTrack(new CompletionTrack(51, 2, at, "voided"));
        assertEquals(new CompletionTrack(51, 2, at, "voided"), repo.lockCompletion(51));
    }

    @Test
    void onlyAQueuedEntryIsEditedAndStatusMovesOnlyFromWhereItIs() {
        ReportEntry e = repo.insert(entry(51, "Doe", LocalDate.of(2026, 11, 25)));
        RecordSnapshot fixed = new RecordSnapshot(
                "7654321",
                "Jane",
                "Doe",
                null,
                "3356",
                "Fire as a Weapon",
                Delivery.ONLINE,
                LocalDate.of(2026, 11, 25),
                null,
                4,
                List.of(),
                "");
        assertTrue(repo.updateQueued(e.id(), fixed, 2, ""));
        assertEquals("7654321", repo.entry(e.id()).orElseThrow().pid());
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        assertTrue(repo.changeStatus(e.id(), EntryStatus.QUEUED, EntryStatus.WITHDRAWN, "voided", at));
        assertFalse(repo.changeStatus(e.id(), EntryStatus.QUEUED, EntryStatus.WITHDRAWN, "again", at));
        assertFalse(repo.updateQueued(e.id(), fixed, 3, ""), "a withdrawn entry is never edited");
        assertThrows(
                IllegalArgumentException.class,
                () -> repo.changeStatus(e.id(), EntryStatus.WITHDRAWN, EntryStatus.QUEUED, "undo", at));
        ReportEntry withdrawn = repo.entry(e.id()).orElseThrow();
        assertEquals(EntryStatus.WITHDRAWN, withdrawn.status());
        assertEquals("voided", withdrawn.statusReason());
        assertEquals(at, withdrawn.statusChangedAt());
    }

    @Test
    void queuePagesOldestCompletionFirst() {
        repo.insert(entry(1, "A", LocalDate.of(2026, 11, 3)));
        repo.insert(entry(2, "B", LocalDate.of(2026, 11, 1)));
        repo.insert(entry(3, "C", LocalDate.of(2026, 11, 2)));
        List<ReportEntry> first = repo.entries(EntryStatus.QUEUED, null, null, 2);
        assertEquals(
                List.of(2L, 3L), first.stream().map(ReportEntry::completionId).toList());
        ReportEntry last = first.get(1);
        List<ReportEntry> second = repo.entries(EntryStatus.QUEUED, last.dueFrom(), last.id(), 2);
        assertEquals(List.of(1L), second.stream().map(ReportEntry::completionId).toList());
    }

    @Test
    void exportTakesEveryQueuedEntryOnceAndEachRosterStepIsRecordedOnce() {
        repo.insert(entry(51, "Doe", LocalDate.of(2026, 11, 25)));
        repo.insert(entry(52, "Adams", LocalDate.of(2026, 11, 24)));
        Roster roster = repo.createRoster(Instant.now(), "admin", FORMAT);
        assertEquals(2, repo.takeQueued(roster.id(), Instant.now()));
        repo.completeExport(roster.id(), 2, "ab12");
        assertEquals(
                List.of("Adams", "Doe"),
                repo.entriesOf(roster.id()).stream().map(ReportEntry::lastName).toList());
        assertEquals(
                EntryStatus.EXPORTED, repo.roster(roster.id()).orElseThrow().status());

        Roster empty = repo.createRoster(Instant.now(), "admin", FORMAT);
        assertEquals(0, repo.takeQueued(empty.id(), Instant.now()), "an exported entry is never exported again");

        Instant first = Instant.parse("2026-11-27T10:00:00Z");
        assertFalse(repo.markAccepted(roster.id(), first, "alice"), "accepted only after submission");
        assertTrue(repo.markSubmitted(roster.id(), first, "alice", "TCLEDDS-1"));
        assertFalse(repo.markSubmitted(roster.id(), Instant.parse("2026-11-28T10:00:00Z"), "bob", "TCLEDDS-2"));
        Roster submitted = repo.roster(roster.id()).orElseThrow();
        assertEquals(first, submitted.submittedAt());
        assertEquals("alice", submitted.submittedBy());
        assertEquals("TCLEDDS-1", submitted.tcoleReference());
        assertEquals(FORMAT.columnsSpec(), submitted.columnsSpec());
        assertEquals("ab12", submitted.csvSha256());
        assertEquals(EntryStatus.SUBMITTED, submitted.status());
        assertEquals(2, repo.entries(EntryStatus.SUBMITTED, null, null, 10).size());
        assertTrue(repo.markAccepted(roster.id(), first, "carol"));
        assertFalse(repo.markAccepted(roster.id(), first, "dave"));
        assertEquals(
                EntryStatus.ACCEPTED, repo.roster(roster.id()).orElseThrow().status());
        assertEquals(2, repo.entries(EntryStatus.ACCEPTED, null, null, 10).size());

        repo.insert(entry(53, "Brown", LocalDate.of(2026, 11, 26)));
        Roster next = repo.createRoster(Instant.now(), "admin", FORMAT);
        assertEquals(1, repo.takeQueued(next.id(), Instant.now()));
        assertEquals(
                List.of(53L),
                repo.entriesOf(next.id()).stream()
                        .map(ReportEntry::completionId)
                        .toList());
        assertEquals(
                List.of(next.id(), empty.id(), roster.id()),
                repo.rosters(null, 10).stream().map(Roster::id).toList());
    }

    @Test
    void twoConcurrentExportsNeverShareAnEntry() throws Exception {
        for (long id = 1; id <= 20; id++) {
            repo.insert(entry(id, "L" + id, LocalDate.of(2026, 11, 1)));
        }
        try (Connection a = ds.getConnection();
                Connection b = ds.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            JdbcReportingRepository txA = new JdbcReportingRepository(TestDatabase.transaction(a));
            JdbcReportingRepository txB = new JdbcReportingRepository(TestDatabase.transaction(b));
            Roster rosterA = txA.createRoster(Instant.now(), "a", FORMAT);
            Roster rosterB = txB.createRoster(Instant.now(), "b", FORMAT);
            int takenA = txA.takeQueued(rosterA.id(), Instant.now());
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Integer> takenB = CompletableFuture.supplyAsync(() -> {
                started.countDown();
                int n = txB.takeQueued(rosterB.id(), Instant.now());
                try {
                    b.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return n;
            });
            started.await();
            Thread.sleep(200);
            a.commit();
            int nB = takenB.get(20, TimeUnit.SECONDS);
            assertEquals(20, takenA + nB);
            Set<Long> inA = new HashSet<>(
                    repo.entriesOf(rosterA.id()).stream().map(ReportEntry::id).toList());
            for (ReportEntry e : repo.entriesOf(rosterB.id())) {
                assertFalse(inA.contains(e.id()));
            }
            assertEquals(
                    20,
                    repo.entriesOf(rosterA.id()).size()
                            + repo.entriesOf(rosterB.id()).size());
        }
    }
}
