package org.alerrt.tracker.lrs.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.alerrt.tracker.lrs.domain.StatementFormat;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.junit.jupiter.api.Test;

/** How GET /statements filters become SQL (Communication §2.1.3, §2.1.3.s3 StatementRefs, §2.1.4 voided). */
class StatementSqlTest {

    private static StatementQuery query(String agent, String verb, String activity, boolean relAgents,
                                        boolean relActivities, Instant since, Instant until, boolean asc, Long cursor) {
        return new StatementQuery(agent, verb, activity, null, relAgents, relActivities, since, until, 10, asc,
                StatementFormat.EXACT, false, cursor);
    }

    @Test
    void noFilterIsAPlainWalkOverNonVoidedStatements() {
        var b = StatementSql.query(query(null, null, null, false, false, null, null, false, null));
        assertEquals("SELECT s.seq, s.document, s.stored FROM xapi_statement s WHERE s.voided = FALSE"
                + " ORDER BY s.seq DESC FETCH FIRST ? ROWS ONLY", b.sql());
        assertEquals(List.of(11), b.params(), "limit + 1 tells whether there is more");
    }

    @Test
    void plainAgentFilterLooksAtActorAndObjectOnly() {
        var b = StatementSql.query(query("mbox:mailto:a@x.org", null, null, false, false, null, null, false, null));
        assertTrue(b.sql().contains("a.link_usage IN ('ACTOR', 'OBJECT')"));
        assertEquals(List.of("mbox:mailto:a@x.org", "mbox:mailto:a@x.org", 11), b.params(),
                "once for the statement, once for the statements it targets");
    }

    @Test
    void relatedAgentsLooksAtEveryUsage() {
        var b = StatementSql.query(query("mbox:mailto:a@x.org", null, null, true, false, null, null, false, null));
        assertFalse(b.sql().contains("link_usage"));
    }

    @Test
    void activityFilterUsesTheObjectColumnUnlessRelated() {
        var plain = StatementSql.query(query(null, null, "http://x.org/a", false, false, null, null, false, null));
        assertTrue(plain.sql().contains("s.activity_iri = ?"));
        assertFalse(plain.sql().contains("xapi_statement_activity"));
        var related = StatementSql.query(query(null, null, "http://x.org/a", false, true, null, null, false, null));
        assertTrue(related.sql().contains("FROM xapi_statement_activity l WHERE l.activity_iri = ?"));
    }

    @Test
    void timeAndCursorApplyToTheStatementItselfNotToItsTargets() {
        Instant since = Instant.parse("2026-01-01T00:00:00Z");
        Instant until = Instant.parse("2026-02-01T00:00:00Z");
        var b = StatementSql.query(query(null, "http://x.org/v", null, false, false, since, until, true, 42L));
        String sql = b.sql();
        int refPart = sql.indexOf("EXISTS");
        assertTrue(sql.indexOf("s.stored > ?") < refPart && sql.indexOf("s.stored <= ?") < refPart
                && sql.indexOf("s.seq > ?") < refPart);
        assertFalse(sql.substring(refPart).contains("stored"));
        assertTrue(sql.contains("(s.verb_iri = ?) OR EXISTS"));
        assertTrue(sql.contains("AND (t.verb_iri = ?)"));
        assertTrue(sql.endsWith("ORDER BY s.seq ASC FETCH FIRST ? ROWS ONLY"));
        assertEquals(List.of(Timestamp.from(since), Timestamp.from(until), 42L, "http://x.org/v", "http://x.org/v", 11),
                b.params());
    }

    @Test
    void allFiltersMustMatchTogether() {
        var b = StatementSql.query(new StatementQuery("mbox:mailto:a@x.org", "http://x.org/v", "http://x.org/a",
                "bbbbbbbb-0000-4000-8000-000000000000", false, false, null, null, 5, false, StatementFormat.IDS,
                false, null));
        assertTrue(b.sql().contains("AND s.verb_iri = ? AND s.activity_iri = ? AND s.registration = ?)"));
        assertEquals(9, b.params().size());
    }
}
