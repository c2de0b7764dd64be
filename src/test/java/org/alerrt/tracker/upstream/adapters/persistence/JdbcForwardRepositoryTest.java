package org.alerrt.tracker.upstream.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.xapiclient.XapiVersion;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.alerrt.tracker.upstream.domain.DeadLetter;
import org.alerrt.tracker.upstream.domain.ForwardPosition;
import org.alerrt.tracker.upstream.domain.ForwardRule;
import org.alerrt.tracker.upstream.domain.ForwardSettings;
import org.alerrt.tracker.upstream.domain.PullFilters;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;
import org.junit.jupiter.api.Test;

/** The forwarding SQL on H2 with the real migrations. */
class JdbcForwardRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final ForwardSettings COURSE = new ForwardSettings(
            true, List.of(new ForwardRule("https://alerrt.org/xapi/courses/3356", null), new ForwardRule(null, null)));

    private final DataSource db = TestDatabase.migrated();
    private final JdbcForwardRepository forwards = new JdbcForwardRepository(db);
    private final long upstream = new JdbcUpstreamRepository(db)
            .insert(
                    new UpstreamDefinition(
                            "a",
                            URI.create("https://lrs.example.org/xapi/"),
                            "key",
                            XapiVersion.V1_0_3,
                            false,
                            PullFilters.none(),
                            60),
                    "v1:s",
                    NOW);

    private static DeadLetter refused(String statementId, long position, String error) {
        return new DeadLetter(0, 0, statementId, position, "{\"id\":\"" + statementId + "\"}", 400, error, NOW, null);
    }

    private DeadLetter withUpstream(DeadLetter d) {
        return new DeadLetter(
                0,
                upstream,
                d.statementId(),
                d.position(),
                d.document(),
                d.httpStatus(),
                d.error(),
                d.createdAt(),
                d.retriedAt());
    }

    @Test
    void configuredOnceItKeepsItsRulesAndStartsAtItsPosition() {
        assertTrue(forwards.find(upstream).isEmpty());
        forwards.configure(upstream, COURSE, 1000L, NOW);
        ForwardPosition p = forwards.find(upstream).orElseThrow();
        assertEquals(COURSE, p.settings());
        assertEquals(1000, p.position());
        forwards.configure(upstream, ForwardSettings.off(), null, NOW);
        assertEquals(1000, forwards.find(upstream).orElseThrow().position(), "no new start: the position stays");
        assertFalse(forwards.find(upstream).orElseThrow().settings().enabled());
    }

    @Test
    void aBatchMovesThePositionOnceAndKeepsItsDeadLetters() {
        forwards.configure(upstream, COURSE, 1000L, NOW);
        List<DeadLetter> dead = List.of(withUpstream(refused("s-1", 1500, "refused with 400")));
        assertTrue(forwards.advance(upstream, 1000, 2000, NOW, 9, false, dead, NOW));
        assertFalse(forwards.advance(upstream, 1000, 2000, NOW, 9, false, dead, NOW), "recorded by another first");
        ForwardPosition p = forwards.find(upstream).orElseThrow();
        assertEquals(2000, p.position());
        assertEquals(9, p.forwarded());
        assertEquals(1, p.deadLetters());
        DeadLetter d = forwards.deadLetters(upstream).get(0);
        assertEquals("s-1", d.statementId());
        assertEquals(400, d.httpStatus());

        forwards.deadLetterRetried(d.id(), "{\"id\":\"s-1\",\"fixed\":true}", 422, "refused with 422", NOW);
        DeadLetter retried = forwards.deadLetter(upstream, d.id()).orElseThrow();
        assertEquals(422, retried.httpStatus());
        assertEquals(NOW, retried.retriedAt());

        assertTrue(forwards.advance(
                upstream, 2000, 3000, null, 0, true, List.of(withUpstream(refused("s-1", 2500, "again"))), NOW));
        assertEquals(1, forwards.deadLetters(upstream).size(), "one row per statement");
        assertNull(forwards.deadLetters(upstream).get(0).retriedAt());
        assertEquals(NOW, forwards.find(upstream).orElseThrow().lastStored(), "kept when a batch has none");

        assertTrue(forwards.deleteDeadLetter(upstream, d.id()));
        assertFalse(forwards.deleteDeadLetter(upstream, d.id()));
    }
}
