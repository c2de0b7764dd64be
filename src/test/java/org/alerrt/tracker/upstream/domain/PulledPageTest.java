package org.alerrt.tracker.upstream.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

class PulledPageTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static JsonObject statement(String id, String stored) {
        return Json.createObjectBuilder().add("id", id).add("stored", stored).build();
    }

    private static PullCheckpoint at(Instant lastStored, String lastId) {
        return new PullCheckpoint(1, lastStored, lastId, null, 3, 10, null, null, null, null);
    }

    @Test
    void theFirstPageStoresEverythingAndEndsAtItsLastStatement() {
        PulledPage p = PulledPage.of(
                List.of(statement("A", "2026-12-01T10:00:00Z"), statement("b", "2026-12-01T10:00:01.5+00:00")),
                Optional.of("/xapi/statements?more=x"),
                at(null, null),
                id -> false);
        assertEquals(2, p.toStore().size());
        assertEquals(Instant.parse("2026-12-01T10:00:01.5Z"), p.lastStored());
        assertEquals("b", p.lastStatementId());
        assertEquals("/xapi/statements?more=x", p.more());
    }

    @Test
    void whatTheOverlapReadsAgainIsSkippedWhenHereAndStoredWhenLate() {
        PulledPage p = PulledPage.of(
                List.of(
                        statement("old", "2026-12-01T09:59:58Z"),
                        statement("late", "2026-12-01T09:59:59Z"),
                        statement("last", "2026-12-01T10:00:00Z"),
                        statement("new", "2026-12-01T10:00:02Z")),
                Optional.empty(),
                at(T, "last"),
                Set.of("old", "last")::contains);
        assertEquals(
                List.of("late", "new"),
                p.toStore().stream().map(s -> s.getString("id")).toList());
        assertEquals("new", p.lastStatementId());
        assertNull(p.more());
    }

    @Test
    void anEmptyPageKeepsThePosition() {
        PulledPage p = PulledPage.of(List.of(), Optional.empty(), at(T, "last"), id -> true);
        assertEquals(T, p.lastStored());
        assertEquals("last", p.lastStatementId());
    }

    @Test
    void aStatementWithoutStoredIsRefused() {
        JsonObject s = Json.createObjectBuilder().add("id", "x").build();
        Refusal r = assertThrows(
                Refusal.class, () -> PulledPage.of(List.of(s), Optional.empty(), at(null, null), id -> false));
        assertEquals("statement.stored", r.property());
    }

    @Test
    void sinceStartsAtTheConfiguredTimeThenOverlapsTheCheckpoint() {
        Instant configured = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(configured, at(null, null).since(configured, Duration.ofSeconds(5)));
        assertNull(at(null, null).since(null, Duration.ofSeconds(5)));
        assertEquals(T.minusSeconds(5), at(T, "x").since(configured, Duration.ofSeconds(5)));
        assertEquals(T, at(T, "x").since(T, Duration.ofSeconds(5)), "never before the configured start");
    }

    @Test
    void dueWhenNeverRunOrTheIntervalPassed() {
        PullCheckpoint never = at(null, null);
        assertEquals(true, never.due(T, Duration.ofSeconds(60)));
        PullCheckpoint ran = new PullCheckpoint(1, null, null, null, 0, 0, T, null, null, null);
        assertEquals(false, ran.due(T.plusSeconds(59), Duration.ofSeconds(60)));
        assertEquals(true, ran.due(T.plusSeconds(60), Duration.ofSeconds(60)));
    }
}
