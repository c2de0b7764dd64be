package org.alerrt.tracker.reporting.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.alerrt.tracker.reporting.domain.Delivery;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.Roster;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue's SQL on H2 with the real migrations: queue once, export once, report once. */
class JdbcReportingRepositoryTest {

    private JdbcDataSource ds;
    private JdbcReportingRepository repo;

    @BeforeEach
    void setUp() {
        ds = TestDatabase.migrated();
        TestDatabase.addCompletions(ds, 50, java.util.stream.LongStream.concat(
                java.util.stream.LongStream.rangeClosed(1, 20), java.util.stream.LongStream.of(51, 52, 53)).toArray());
        repo = new JdbcReportingRepository(ds);
    }

    static ReportEntry entry(long completionId, String lastName, LocalDate completedOn) {
        return ReportEntry.queue(completionId, 50, "1234567", "Jane", lastName, null, "3356", "Fire as a Weapon",
                Delivery.ONLINE, completedOn, 4, Instant.parse("2026-11-26T00:00:00Z"));
    }

    @Test
    void aCompletionIsQueuedOnce() {
        assertTrue(repo.addIfAbsent(entry(51, "Doe", LocalDate.of(2026, 11, 25))));
        assertFalse(repo.addIfAbsent(entry(51, "Doe", LocalDate.of(2026, 11, 25))));
        assertEquals(1, repo.entries(EntryStatus.QUEUED, null, null, 10).size());
    }

    @Test
    void queuePagesOldestCompletionFirst() {
        repo.addIfAbsent(entry(1, "A", LocalDate.of(2026, 11, 3)));
        repo.addIfAbsent(entry(2, "B", LocalDate.of(2026, 11, 1)));
        repo.addIfAbsent(entry(3, "C", LocalDate.of(2026, 11, 2)));
        List<ReportEntry> first = repo.entries(EntryStatus.QUEUED, null, null, 2);
        assertEquals(List.of(2L, 3L), first.stream().map(ReportEntry::completionId).toList());
        ReportEntry last = first.get(1);
        List<ReportEntry> second = repo.entries(EntryStatus.QUEUED, last.completedOn(), last.id(), 2);
        assertEquals(List.of(1L), second.stream().map(ReportEntry::completionId).toList());
    }

    @Test
    void exportTakesEveryQueuedEntryOnceAndReportingIsRecordedOnce() {
        repo.addIfAbsent(entry(51, "Doe", LocalDate.of(2026, 11, 25)));
        repo.addIfAbsent(entry(52, "Adams", LocalDate.of(2026, 11, 24)));
        Roster roster = repo.createRoster(Instant.now(), "admin");
        assertEquals(2, repo.takeQueued(roster.id()));
        repo.setEntryCount(roster.id(), 2);
        assertEquals(List.of("Adams", "Doe"),
                repo.entriesOf(roster.id()).stream().map(ReportEntry::lastName).toList());
        assertEquals(EntryStatus.EXPORTED, repo.roster(roster.id()).orElseThrow().status());

        Roster empty = repo.createRoster(Instant.now(), "admin");
        assertEquals(0, repo.takeQueued(empty.id()), "an exported entry is never exported again");

        Instant first = Instant.parse("2026-11-27T10:00:00Z");
        assertTrue(repo.markReported(roster.id(), first, "alice"));
        assertFalse(repo.markReported(roster.id(), Instant.parse("2026-11-28T10:00:00Z"), "bob"));
        Roster reported = repo.roster(roster.id()).orElseThrow();
        assertEquals(first, reported.reportedAt());
        assertEquals("alice", reported.reportedBy());
        assertEquals(2, repo.entries(EntryStatus.REPORTED, null, null, 10).size());

        repo.addIfAbsent(entry(53, "Brown", LocalDate.of(2026, 11, 26)));
        assertFalse(repo.addIfAbsent(entry(51, "Doe", LocalDate.of(2026, 11, 25))), "reported stays reported");
        Roster next = repo.createRoster(Instant.now(), "admin");
        assertEquals(1, repo.takeQueued(next.id()));
        assertEquals(List.of(53L), repo.entriesOf(next.id()).stream().map(ReportEntry::completionId).toList());
        assertEquals(List.of(next.id(), empty.id(), roster.id()),
                repo.rosters(null, 10).stream().map(Roster::id).toList());
    }

    @Test
    void twoConcurrentExportsNeverShareAnEntry() throws Exception {
        for (long id = 1; id <= 20; id++) {
            repo.addIfAbsent(entry(id, "L" + id, LocalDate.of(2026, 11, 1)));
        }
        try (Connection a = ds.getConnection(); Connection b = ds.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            JdbcReportingRepository txA = new JdbcReportingRepository(TestDatabase.transaction(a));
            JdbcReportingRepository txB = new JdbcReportingRepository(TestDatabase.transaction(b));
            Roster rosterA = txA.createRoster(Instant.now(), "a");
            Roster rosterB = txB.createRoster(Instant.now(), "b");
            int takenA = txA.takeQueued(rosterA.id());
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Integer> takenB = CompletableFuture.supplyAsync(() -> {
                started.countDown();
                int n = txB.takeQueued(rosterB.id());
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
            Set<Long> inA = new HashSet<>(repo.entriesOf(rosterA.id()).stream().map(ReportEntry::id).toList());
            for (ReportEntry e : repo.entriesOf(rosterB.id())) {
                assertFalse(inA.contains(e.id()));
            }
            assertEquals(20, repo.entriesOf(rosterA.id()).size() + repo.entriesOf(rosterB.id()).size());
        }
    }
}
