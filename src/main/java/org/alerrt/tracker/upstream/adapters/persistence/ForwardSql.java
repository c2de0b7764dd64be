package org.alerrt.tracker.upstream.adapters.persistence;

/** Every SQL statement on the forwarding tables (portable: H2 2.2 and PostgreSQL 17). */
final class ForwardSql {

    static final String FIND = """
            SELECT f.upstream_id, f.enabled, f.rules, f.position, f.forwarded, f.last_stored, f.caught_up,
                f.last_run_at, f.last_success_at, f.last_error, f.last_error_at,
                (SELECT COUNT(*) FROM upstream_dead_letter d WHERE d.upstream_id = f.upstream_id)
            FROM upstream_forward f WHERE f.upstream_id = ?""";

    static final String INSERT = """
            INSERT INTO upstream_forward (upstream_id, enabled, rules, position, forwarded, caught_up, updated_at)
            VALUES (?, ?, ?, ?, 0, FALSE, ?)""";

    static final String CONFIGURE =
            "UPDATE upstream_forward SET enabled = ?, rules = ?, updated_at = ? WHERE upstream_id = ?";

    static final String MOVE = """
            UPDATE upstream_forward SET position = ?, caught_up = FALSE, updated_at = ? WHERE upstream_id = ?""";

    /** The fence: changes one row only while the position is where the forwarder read it. */
    static final String ADVANCE = """
            UPDATE upstream_forward SET position = ?, last_stored = COALESCE(?, last_stored),
                forwarded = forwarded + ?, caught_up = ?, updated_at = ?
            WHERE upstream_id = ? AND position = ?""";

    static final String NEXT_DEAD_LETTER_ID = "SELECT nextval('upstream_dead_letter_seq')";

    static final String INSERT_DEAD_LETTER = """
            INSERT INTO upstream_dead_letter (id, upstream_id, statement_id, position, document, http_status, error,
                created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    /** A statement refused again after a retry and forwarded again later: the newer refusal replaces the older. */
    static final String REPLACE_DEAD_LETTER = """
            UPDATE upstream_dead_letter SET position = ?, document = ?, http_status = ?, error = ?, created_at = ?,
                retried_at = NULL
            WHERE upstream_id = ? AND statement_id = ?""";

    private static final String DEAD_LETTER_COLUMNS = """
            SELECT id, upstream_id, statement_id, position, document, http_status, error, created_at, retried_at
            FROM upstream_dead_letter""";

    static final String DEAD_LETTERS = DEAD_LETTER_COLUMNS + " WHERE upstream_id = ? ORDER BY position";

    static final String DEAD_LETTER = DEAD_LETTER_COLUMNS + " WHERE upstream_id = ? AND id = ?";

    static final String RETRIED = """
            UPDATE upstream_dead_letter SET document = ?, http_status = ?, error = ?, retried_at = ? WHERE id = ?""";

    static final String DELETE_DEAD_LETTER = "DELETE FROM upstream_dead_letter WHERE upstream_id = ? AND id = ?";

    private ForwardSql() {}
}
