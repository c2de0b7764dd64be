package org.alerrt.tracker.upstream.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.alerrt.tracker.platform.xapiclient.XapiVersion;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.alerrt.tracker.upstream.domain.PullCheckpoint;
import org.alerrt.tracker.upstream.domain.PullFilters;
import org.alerrt.tracker.upstream.domain.PulledPage;
import org.alerrt.tracker.upstream.domain.Upstream;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;
import org.junit.jupiter.api.Test;

/** The upstream SQL on H2 with the real migrations (the PostgreSQL run of UpstreamPullIT covers the other). */
class JdbcUpstreamRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00.123456789Z");

    private final JdbcUpstreamRepository repository = new JdbcUpstreamRepository(TestDatabase.migrated());

    private static UpstreamDefinition definition(String name) {
        return new UpstreamDefinition(
                name,
                URI.create("https://lrs.example.org/xapi/"),
                "key",
                XapiVersion.V2_0_0,
                true,
                new PullFilters(
                        "https://alerrt.org/xapi/courses/3356",
                        true,
                        "http://adlnet.gov/expapi/verbs/passed",
                        Instant.parse("2026-01-01T00:00:00Z")),
                30);
    }

    @Test
    void anUpstreamRoundTripsWithAnEmptyCheckpoint() {
        long id = repository.insert(definition("a"), "v1:sealed", NOW);
        Upstream u = repository.find(id).orElseThrow();
        assertEquals(definition("a"), u.definition());
        assertEquals("v1:sealed", u.sealedSecret());
        assertEquals(id, repository.findByName("a").orElseThrow().id());
        PullCheckpoint cp = repository.checkpoint(id).orElseThrow();
        assertNull(cp.lastStored());
        assertEquals(0, cp.pageSeq());
        assertEquals(0, cp.pulled());
    }

    @Test
    void aSecondInsertUnderTheSameNameFailsSoTwoStartingInstancesCannotDuplicateIt() {
        repository.insert(definition("a"), "v1:s", NOW);
        assertThrows(RuntimeException.class, () -> repository.insert(definition("a"), "v1:t", NOW));
        assertEquals(1, repository.list().size());
    }

    @Test
    void theFileMarkRoundTrips() {
        long id = repository.insert(definition("a"), "v1:s", NOW);
        assertFalse(repository.find(id).orElseThrow().fromFile());
        repository.fromFile(id, true);
        assertTrue(repository.find(id).orElseThrow().fromFile());
    }

    @Test
    void anUpdateWithoutSecretKeepsTheSealedOne() {
        long id = repository.insert(definition("a"), "v1:first", NOW);
        assertTrue(repository.update(id, definition("b"), null, NOW));
        assertEquals("v1:first", repository.find(id).orElseThrow().sealedSecret());
        assertEquals("b", repository.find(id).orElseThrow().name());
        assertTrue(repository.update(id, definition("b"), "v1:second", NOW));
        assertEquals("v1:second", repository.find(id).orElseThrow().sealedSecret());
        assertFalse(repository.update(id + 1, definition("c"), null, NOW));
    }

    @Test
    void theCheckpointAdvancesOnlyFromWhereThePullerReadIt() {
        long id = repository.insert(definition("a"), "v1:s", NOW);
        PulledPage page = new PulledPage(List.of(), NOW, "id-1", "/xapi/statements?more=1");
        assertTrue(repository.advance(id, 0, page, 7, NOW));
        assertFalse(repository.advance(id, 0, page, 7, NOW), "a second puller's page at the same position");
        PullCheckpoint cp = repository.checkpoint(id).orElseThrow();
        assertEquals(1, cp.pageSeq());
        assertEquals(7, cp.pulled());
        assertEquals(Instant.parse("2026-12-07T03:00:00.123456Z"), cp.lastStored(), "microseconds, truncated");
        assertEquals("id-1", cp.lastStatementId());
        assertEquals("/xapi/statements?more=1", cp.more());
    }

    @Test
    void runsRecordTheirErrorUntilOneSucceeds() {
        long id = repository.insert(definition("a"), "v1:s", NOW);
        repository.runStarted(id, NOW);
        repository.runFailed(id, "GET …: refused with 401", NOW);
        assertEquals(
                "GET …: refused with 401",
                repository.checkpoint(id).orElseThrow().lastError());
        repository.runSucceeded(id, NOW);
        PullCheckpoint cp = repository.checkpoint(id).orElseThrow();
        assertNull(cp.lastError());
        assertNull(cp.lastErrorAt());
        assertTrue(cp.lastSuccessAt() != null && cp.lastRunAt() != null);
    }

    @Test
    void deletingTakesTheCheckpointAlong() {
        long id = repository.insert(definition("a"), "v1:s", NOW);
        assertTrue(repository.delete(id));
        assertTrue(repository.checkpoint(id).isEmpty());
        assertFalse(repository.delete(id));
    }
}
