package org.alerrt.tracker.lrs.adapters.persistence;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.alerrt.tracker.lrs.domain.StatementQuery;

/** Every SQL statement of the statement store, in one place. Portable between H2 2.x and PostgreSQL. */
final class StatementSql {

    private StatementSql() {}

    static final String INSERT = """
            INSERT INTO xapi_statement (statement_id, stored, actor_ifi, object_agent_ifi, verb_iri, activity_iri,
                                        registration, voiding_target, voided, credential_id, document, seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    static final String INSERT_AGENT = """
            INSERT INTO xapi_statement_agent (statement_seq, agent_ifi, link_usage, agent_name) VALUES (?, ?, ?, ?)""";
    static final String INSERT_ACTIVITY = """
            INSERT INTO xapi_statement_activity (statement_seq, activity_iri, link_usage) VALUES (?, ?, ?)""";
    static final String INSERT_REF = "INSERT INTO xapi_statement_ref (statement_seq, target_id) VALUES (?, ?)";

    /** Marks the targets of voiding statements; a voiding statement itself is never voided (Data §2.3.2). */
    static final String MARK_VOIDED = """
            UPDATE xapi_statement SET voided = TRUE
            WHERE statement_id = ? AND voiding_target IS NULL""";

    /** The "IN (" prefixes below are completed with one "?" per id, in chunks (one round trip per chunk). */
    static final String DOCUMENTS_BY_IDS_PREFIX = """
            SELECT statement_id, document, voiding_target FROM xapi_statement WHERE statement_id IN (""";
    /**
     * The statements stored under n ids (id, document, voiding target), then the ids among them that a stored voiding
     * statement targets (id, NULL, NULL): a statement is voided as soon as a voiding statement for it exists, even
     * one stored before it. One round trip for both; the ids are bound twice.
     */
    static String knownIds(int n) {
        return inList("SELECT statement_id, document, voiding_target FROM xapi_statement WHERE statement_id IN (", n)
                + " UNION ALL "
                + inList("SELECT voiding_target, NULL, NULL FROM xapi_statement WHERE voiding_target IN (", n);
    }
    /** The targets of already stored statements, so a new StatementRef inherits its target's targets. */
    static final String REF_TARGETS_PREFIX = """
            SELECT t.statement_id, r.target_id FROM xapi_statement_ref r JOIN xapi_statement t ON t.seq = r.statement_seq
            WHERE t.statement_id IN (""";

    static final String ACTIVITY_DEFINITIONS_PREFIX = """
            SELECT activity_iri, definition FROM xapi_activity WHERE activity_iri IN (""";

    /**
     * The caller sends only new or changed definitions, already merged with the stored one. PostgreSQL: an upsert, safe against a
     * concurrent transaction inserting the same new activity (it waits for it and then updates), where MERGE fails
     * with a unique violation. H2 keeps MERGE.
     */
    static final String UPSERT_ACTIVITY_POSTGRESQL = """
            INSERT INTO xapi_activity AS t (activity_iri, definition, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (activity_iri) DO UPDATE SET definition = EXCLUDED.definition, updated_at = EXCLUDED.updated_at
            WHERE t.definition <> EXCLUDED.definition""";

    static final String MERGE_ACTIVITY = """
            MERGE INTO xapi_activity t
            USING (VALUES (CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(1000000)), CAST(? AS TIMESTAMP WITH TIME ZONE)))
                  AS v (iri, def, at)
            ON t.activity_iri = v.iri
            WHEN MATCHED AND t.definition <> v.def THEN UPDATE SET definition = v.def, updated_at = v.at
            WHEN NOT MATCHED THEN INSERT (activity_iri, definition, updated_at) VALUES (v.iri, v.def, v.at)""";

    static final String ACTIVITY_BY_ID = "SELECT definition FROM xapi_activity WHERE activity_iri = ?";

    /** Names seen for an agent IFI, for the Person object of the Agents resource (Communication §2.4). */
    static final String AGENT_NAMES = """
            SELECT DISTINCT agent_name FROM xapi_statement_agent WHERE agent_ifi = ? AND agent_name IS NOT NULL
            ORDER BY agent_name FETCH FIRST 100 ROWS ONLY""";

    static final String BY_ID = "SELECT document, voided FROM xapi_statement WHERE statement_id = ?";

    /** The log in stored order from a position (the upstream forwarder): a range scan of the primary key. */
    static final String AFTER = """
            SELECT seq, document FROM xapi_statement WHERE seq > ? AND seq < ? ORDER BY seq
            FETCH FIRST ? ROWS ONLY""";

    /** A query with its parameters in order. */
    record Built(String sql, List<Object> params) {}

    /** Scope statements/read/mine on a single GET: only what the caller's credential stored. */
    static final String AND_CREDENTIAL = " AND credential_id = ?";

    private static final String PAGE = "SELECT s.seq, s.document, s.stored FROM xapi_statement s WHERE ";

    /**
     * GET /statements (Communication §2.1.3). Time and cursor conditions apply to the statement itself; the other
     * filters match the statement or, per §2.1.3.s3, any statement it targets through a StatementRef (directly or
     * recursively: the targets are flattened in xapi_statement_ref). Voided statements are never returned
     * (§2.1.4), but a statement targeting one is. ORDER BY seq with FETCH FIRST limit + 1 tells whether a "more"
     * link is needed without COUNT or OFFSET.
     * <p>
     * With filters, the two ways to match are two branches, each a top-N on its own indexes, and the page is the
     * top-N of their union: one "matches OR targets a match" condition made the database walk the whole table in
     * seq order and test every row (see docs/PERFORMANCE.md).
     */
    static Built query(StatementQuery q) {
        List<Object> params = new ArrayList<>();
        if (!q.hasTargetFilters() && (q.since() != null || q.until() != null)) {
            return timeWindow(q);
        }
        if (!q.hasTargetFilters()) {
            StringBuilder sql = new StringBuilder(PAGE);
            ownConditions(q, "s", "s.seq", sql, params);
            return new Built(orderAndLimit(q, "s.seq", sql, params).toString(), params);
        }
        StringBuilder sql = new StringBuilder(PAGE).append("s.seq IN (");
        sql.append(matching(q, params)).append(')');

        StringBuilder targeting = new StringBuilder(" UNION ALL (SELECT m.seq FROM xapi_statement m WHERE ");
        ownConditions(q, "m", "m.seq", targeting, params);
        targeting.append(" AND m.seq IN (SELECT r.statement_seq FROM xapi_statement_ref r JOIN xapi_statement t"
                + " ON t.statement_id = r.target_id WHERE ");
        List<String> onTarget = filters(q, "t", true, params);
        targeting.append(String.join(" AND ", onTarget)).append(')');
        sql.append(orderAndLimit(q, "m.seq", targeting, params)).append("))");
        return new Built(orderAndLimit(q, "s.seq", sql, params).toString(), params);
    }

    /**
     * The branch of statements matching the filters themselves. With an agent filter it is driven by the agent's link
     * rows in statement_seq order (xapi_statement_agent_seq_ix), so the walk stops once the page is full, where
     * "seq IN (links)" read every link of the agent and fetched each statement before keeping the newest
     * (docs/PERFORMANCE.md); DISTINCT because one statement can link the agent more than once (actor and object;
     * other usages with related_agents).
     */
    private static StringBuilder matching(StatementQuery q, List<Object> params) {
        boolean byAgent = q.agentIfi() != null;
        String seq = byAgent ? "a.statement_seq" : "m.seq";
        StringBuilder sql = new StringBuilder(
                byAgent
                        ? "(SELECT DISTINCT a.statement_seq FROM xapi_statement_agent a"
                                + " JOIN xapi_statement m ON m.seq = a.statement_seq WHERE "
                                + agentLinks(q, "a", params) + " AND "
                        : "(SELECT m.seq FROM xapi_statement m WHERE ");
        ownConditions(q, "m", seq, sql, params);
        for (String filter : filters(q, "m", false, params)) {
            sql.append(" AND ").append(filter);
        }
        return orderAndLimit(q, seq, sql, params);
    }

    /**
     * Only since/until: ordered by (stored, seq), so the page is an index walk from the window's edge (an old window
     * ordered by seq alone first passes every newer statement). The cursor stays the last seq returned; its row
     * gives the stored value to continue from.
     */
    private static Built timeWindow(StatementQuery q) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(PAGE).append("s.voided = FALSE");
        if (q.since() != null) {
            sql.append(" AND s.stored > ?");
            params.add(Timestamp.from(q.since()));
        }
        if (q.until() != null) {
            sql.append(" AND s.stored <= ?");
            params.add(Timestamp.from(q.until()));
        }
        if (q.cursor() != null) {
            String before = q.ascending() ? " > " : " < ";
            String cursorStored = "(SELECT c.stored FROM xapi_statement c WHERE c.seq = ?)";
            sql.append(" AND s.stored")
                    .append(q.ascending() ? " >= " : " <= ")
                    .append(cursorStored)
                    .append(" AND (s.stored")
                    .append(before)
                    .append(cursorStored)
                    .append(" OR s.seq")
                    .append(before)
                    .append("?)");
            params.add(q.cursor());
            params.add(q.cursor());
            params.add(q.cursor());
        }
        if (q.restrictToCredential() != null) {
            sql.append(" AND s.credential_id = ?"); // statements/read/mine (Communication §4.2)
            params.add(q.restrictToCredential());
        }
        String direction = q.ascending() ? " ASC" : " DESC";
        sql.append(" ORDER BY s.stored")
                .append(direction)
                .append(", s.seq")
                .append(direction)
                .append(" FETCH FIRST ? ROWS ONLY");
        params.add(q.limit() + 1);
        return new Built(sql.toString(), params);
    }

    /**
     * What the returned statement itself must satisfy: not voided, stored window, cursor, credential scope. The
     * cursor applies to {@code seq}, the column the branch is ordered by.
     */
    private static void ownConditions(StatementQuery q, String x, String seq, StringBuilder sql, List<Object> params) {
        sql.append(x).append(".voided = FALSE");
        if (q.since() != null) {
            sql.append(" AND ").append(x).append(".stored > ?");
            params.add(Timestamp.from(q.since()));
        }
        if (q.until() != null) {
            sql.append(" AND ").append(x).append(".stored <= ?");
            params.add(Timestamp.from(q.until()));
        }
        if (q.cursor() != null) {
            sql.append(" AND ").append(seq).append(q.ascending() ? " > ?" : " < ?");
            params.add(q.cursor());
        }
        if (q.restrictToCredential() != null) {
            sql.append(" AND ").append(x).append(".credential_id = ?"); // statements/read/mine (Communication §4.2)
            params.add(q.restrictToCredential());
        }
    }

    private static StringBuilder orderAndLimit(StatementQuery q, String seq, StringBuilder sql, List<Object> params) {
        sql.append(" ORDER BY ")
                .append(seq)
                .append(q.ascending() ? " ASC" : " DESC")
                .append(" FETCH FIRST ? ROWS ONLY");
        params.add(q.limit() + 1);
        return sql;
    }

    /**
     * §2.1.3 agent: actor or object (a Group matches through its members too: they are linked with its usage);
     * related_agents: any usage (authority, instructor, team, context agents/groups, SubStatement).
     */
    private static String agentLinks(StatementQuery q, String a, List<Object> params) {
        params.add(q.agentIfi());
        return a + ".agent_ifi = ?" + (q.relatedAgents() ? "" : " AND " + a + ".link_usage IN ('ACTOR', 'OBJECT')");
    }

    /** The non-time filters on one statement alias, each a condition to AND; the agent's only if asked for. */
    private static List<String> filters(StatementQuery q, String x, boolean withAgent, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (withAgent && q.agentIfi() != null) {
            parts.add(x + ".seq IN (SELECT a.statement_seq FROM xapi_statement_agent a WHERE "
                    + agentLinks(q, "a", params) + ")");
        }
        if (q.verb() != null) {
            parts.add(x + ".verb_iri = ?");
            params.add(q.verb());
        }
        if (q.activity() != null) {
            // §2.1.3 activity: the object; related_activities: context activities and SubStatement ones too
            parts.add(
                    q.relatedActivities()
                            ? x
                                    + ".seq IN (SELECT l.statement_seq FROM xapi_statement_activity l WHERE l.activity_iri = ?)"
                            : x + ".activity_iri = ?");
            params.add(q.activity());
        }
        if (q.registration() != null) {
            parts.add(x + ".registration = ?");
            params.add(q.registration());
        }
        return parts;
    }

    static String inList(String prefix, int n) {
        return prefix + "?,".repeat(n - 1) + "?)";
    }
}
