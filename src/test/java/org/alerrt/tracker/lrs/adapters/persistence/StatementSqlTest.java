package org.alerrt.tracker.lrs.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.alerrt.tracker.lrs.domain.StatementFormat;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** How GET /statements filters become SQL (Communication §2.1.3, §2.1.3.s3 StatementRefs, §2.1.4 voided). */
class StatementSqlTest {

    private static StatementQuery query(
            String agent,
            String verb,
            String activity,
            boolean relAgents,
            boolean relActivities,
            Instant since,
            Instant until,
            int limit,
            boolean asc,
            Long cursor) {
        return new StatementQuery(
                agent,
                verb,
                activity,
                null,
                relAgents,
                relActivities,
                since,
                until,
                limit,
                asc,
                StatementFormat.EXACT,
                false,
                cursor,
                null);
    }

    @Test
    void noFilterIsAPlainWalkOverNonVoidedStatements() {
        var b = StatementSql.query(query(null, null, null, false, false, null, null, 10, false, null));
        assertEquals(
                "SELECT s.seq, s.document, s.stored FROM xapi_statement s WHERE s.voided = FALSE"
                        + " ORDER BY s.seq DESC FETCH FIRST ? ROWS ONLY",
                b.sql());
        assertEquals(List.of(11), b.params(), "limit + 1 tells whether there is more");
    }

    @Test
    void plainAgentFilterLooksAtActorAndObjectOnly() {
        var b = StatementSql.query(query("mbox:mailto:a@x.org", null, null, false, false, null, null, 10, false, null));
        assertTrue(b.sql().contains("a.link_usage IN ('ACTOR', 'OBJECT')"));
        assertEquals(
                List.of("mbox:mailto:a@x.org", 11, "mbox:mailto:a@x.org", 11, 11),
                b.params(),
                "once for the statement, once for the statements it targets, each branch and the page limited");
    }

    @Test
    void relatedAgentsLooksAtEveryUsage() {
        var b = StatementSql.query(query("mbox:mailto:a@x.org", null, null, true, false, null, null, 10, false, null));
        assertFalse(b.sql().contains("link_usage"));
    }

    @Test
    void activityFilterUsesTheObjectColumnUnlessRelated() {
        var plain = StatementSql.query(query(null, null, "http://x.org/a", false, false, null, null, 10, false, null));
        assertTrue(plain.sql().contains("m.activity_iri = ?"));
        assertFalse(plain.sql().contains("xapi_statement_activity"));
        var related = StatementSql.query(query(null, null, "http://x.org/a", false, true, null, null, 10, false, null));
        assertTrue(related.sql().contains("FROM xapi_statement_activity l WHERE l.activity_iri = ?"));
    }

    @Test
    void timeAndCursorApplyToTheStatementItselfNotToItsTargets() {
        Instant since = Instant.parse("2026-01-01T00:00:00Z");
        Instant until = Instant.parse("2026-02-01T00:00:00Z");
        var b = StatementSql.query(query(null, "http://x.org/v", null, false, false, since, until, 10, true, 42L));
        String sql = b.sql();
        String targets = sql.substring(sql.indexOf("FROM xapi_statement_ref"));
        assertFalse(targets.contains("stored"), "the window is the returned statement's, not its target's");
        assertTrue(targets.contains("WHERE t.verb_iri = ?)"));
        assertTrue(sql.contains("m.stored > ? AND m.stored <= ? AND m.seq > ? AND m.verb_iri = ?"));
        assertTrue(sql.endsWith("ORDER BY s.seq ASC FETCH FIRST ? ROWS ONLY"));
        Timestamp from = Timestamp.from(since);
        Timestamp to = Timestamp.from(until);
        assertEquals(List.of(from, to, 42L, "http://x.org/v", 11, from, to, 42L, "http://x.org/v", 11, 11), b.params());
    }

    @Test
    void allFiltersMustMatchTogether() {
        var b = StatementSql.query(new StatementQuery(
                "mbox:mailto:a@x.org",
                "http://x.org/v",
                "http://x.org/a",
                "bbbbbbbb-0000-4000-8000-000000000000",
                false,
                false,
                null,
                null,
                5,
                false,
                StatementFormat.IDS,
                false,
                null,
                null));
        assertTrue(b.sql().contains("AND m.verb_iri = ? AND m.activity_iri = ? AND m.registration = ? ORDER BY"));
        assertTrue(b.sql()
                .contains("t.seq IN (SELECT a.statement_seq FROM xapi_statement_agent a WHERE a.agent_ifi = ?"
                        + " AND a.link_usage IN ('ACTOR', 'OBJECT')) AND t.verb_iri = ? AND t.activity_iri = ?"
                        + " AND t.registration = ?)"));
        assertEquals(11, b.params().size());
    }

    @Test
    void aPageHoldsTheNewestMatchesAndStatementsTargetingThemOnceEachWithoutVoidedOnes() throws Exception {
        DataSource db = TestDatabase.migrated();
        String verb = "http://x.org/v";
        try (Connection c = db.getConnection()) {
            insert(c, 1, verb, false);
            insert(c, 2, "http://x.org/other", false);
            reference(c, 2, 1); // 2 targets a match (§2.1.3.s3)
            insert(c, 3, verb, true); // voided (§2.1.4)
            insert(c, 4, verb, false);
            reference(c, 4, 1); // matches itself and through its target
            insert(c, 5, "http://x.org/other", false);
            insert(c, 6, verb, false);

            assertEquals(
                    List.of(6L, 4L, 2L, 1L),
                    seqs(c, query(null, verb, null, false, false, null, null, 10, false, null)));
            assertEquals(
                    List.of(6L, 4L, 2L),
                    seqs(c, query(null, verb, null, false, false, null, null, 2, false, null)),
                    "limit + 1 rows: there is more");
            assertEquals(List.of(2L, 4L, 6L), seqs(c, query(null, verb, null, false, false, null, null, 10, true, 1L)));
        }
    }

    @Test
    void anAgentsPageWalksItsLinksNewestFirstWithEachStatementOnceAndPagesOnFromTheCursor() throws Exception {
        DataSource db = TestDatabase.migrated();
        String me = "mbox:mailto:me@x.org";
        String verb = "http://x.org/v";
        try (Connection c = db.getConnection()) {
            insert(c, 1, verb, false);
            link(c, 1, me, "ACTOR");
            insert(c, 2, verb, false);
            link(c, 2, me, "ACTOR");
            link(c, 2, me, "OBJECT"); // the agent twice in one statement: returned once
            insert(c, 3, verb, true); // voided (§2.1.4)
            link(c, 3, me, "ACTOR");
            insert(c, 4, "http://x.org/other", false);
            link(c, 4, me, "INSTRUCTOR"); // related only
            insert(c, 5, "http://x.org/other", false);
            reference(c, 5, 1); // targets a match (§2.1.3.s3)
            insert(c, 6, verb, false);
            link(c, 6, "mbox:mailto:someone-else@x.org", "ACTOR");
            insert(c, 7, "http://x.org/other", false);
            link(c, 7, me, "ACTOR");

            assertEquals(List.of(7L, 5L, 2L, 1L), seqs(c, agent(me, null, false, false, 10, null)));
            assertEquals(List.of(7L, 5L, 2L), seqs(c, agent(me, null, false, false, 2, null)), "limit + 1 rows");
            assertEquals(List.of(5L, 2L, 1L), seqs(c, agent(me, null, false, false, 2, 7L)), "the page after 7");
            assertEquals(
                    List.of(2L, 1L),
                    seqs(c, agent(me, null, false, false, 1, 5L)),
                    "statement 2 links the agent twice and still takes one row of the page");
            assertEquals(List.of(1L, 2L, 5L, 7L), seqs(c, agent(me, null, false, true, 10, null)));
            assertEquals(List.of(5L, 7L), seqs(c, agent(me, null, false, true, 10, 2L)), "ascending after 2");
            assertEquals(List.of(7L, 5L, 4L, 2L, 1L), seqs(c, agent(me, null, true, false, 10, null)));
            assertEquals(List.of(5L, 2L, 1L), seqs(c, agent(me, verb, false, false, 10, null)), "with a verb");
        }
    }

    private static StatementQuery agent(String ifi, String verb, boolean related, boolean asc, int limit, Long cursor) {
        return query(ifi, verb, null, related, false, null, null, limit, asc, cursor);
    }

    private static void link(Connection c, long seq, String ifi, String usage) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO xapi_statement_agent (statement_seq, agent_ifi, link_usage) VALUES (?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, ifi);
            ps.setString(3, usage);
            ps.executeUpdate();
        }
    }

    private static void insert(Connection c, long seq, String verb, boolean voided) throws Exception {
        insert(c, seq, verb, voided, Instant.now());
    }

    private static void insert(Connection c, long seq, String verb, boolean voided, Instant stored) throws Exception {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO xapi_statement (seq, statement_id, stored, verb_iri,"
                        + " voided, document) VALUES (?, ?, ?, ?, ?, '{}')")) {
            ps.setLong(1, seq);
            ps.setString(2, id(seq));
            ps.setTimestamp(3, Timestamp.from(stored));
            ps.setString(4, verb);
            ps.setBoolean(5, voided);
            ps.executeUpdate();
        }
    }

    @Test
    void aTimeWindowIsOrderedByStoredAndItsCursorContinuesAfterTheLastStatementReturned() throws Exception {
        DataSource db = TestDatabase.migrated();
        Instant t = Instant.parse("2026-03-01T12:00:00Z");
        try (Connection c = db.getConnection()) {
            insert(c, 1, "http://x.org/v", false, t.plusSeconds(1)); // before the window
            insert(c, 2, "http://x.org/v", false, t.plusSeconds(12));
            insert(c, 3, "http://x.org/v", false, t.plusSeconds(11)); // committed later than a newer stored time
            insert(c, 4, "http://x.org/v", false, t.plusSeconds(12)); // same stored as 2: seq decides
            insert(c, 5, "http://x.org/v", true, t.plusSeconds(13)); // voided
            insert(c, 6, "http://x.org/v", false, t.plusSeconds(14));
            insert(c, 7, "http://x.org/v", false, t.plusSeconds(30)); // after the window
            Instant since = t.plusSeconds(10);
            Instant until = t.plusSeconds(20);

            assertEquals(List.of(6L, 4L, 2L, 3L), seqs(c, window(since, until, false, 10, null)));
            assertEquals(List.of(6L, 4L, 2L), seqs(c, window(since, until, false, 2, null)), "limit + 1 rows");
            assertEquals(List.of(2L, 3L), seqs(c, window(since, until, false, 2, 4L)), "the page after seq 4");
            assertEquals(List.of(3L, 2L, 4L, 6L), seqs(c, window(since, until, true, 10, null)));
            assertEquals(List.of(4L, 6L), seqs(c, window(since, until, true, 10, 2L)));
            assertEquals(List.of(7L, 6L), seqs(c, window(since, null, false, 1, null)), "since alone");
            assertEquals(List.of(1L), seqs(c, window(null, t.plusSeconds(5), false, 10, null)), "until alone");
        }
    }

    private static StatementQuery window(Instant since, Instant until, boolean asc, int limit, Long cursor) {
        return query(null, null, null, false, false, since, until, limit, asc, cursor);
    }

    private static void reference(Connection c, long seq, long target) throws Exception {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO xapi_statement_ref (statement_seq, target_id) VALUES (?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, id(target));
            ps.executeUpdate();
        }
    }

    private static String id(long seq) {
        return "00000000-0000-4000-8000-" + String.format("%012d", seq);
    }

    private static List<Long> seqs(Connection c, StatementQuery q) throws Exception {
        var built = StatementSql.query(q);
        List<Long> seqs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(built.sql())) {
            for (int i = 0; i < built.params().size(); i++) {
                ps.setObject(i + 1, built.params().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
        }
        return seqs;
    }
}
