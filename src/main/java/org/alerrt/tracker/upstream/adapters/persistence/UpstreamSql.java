package org.alerrt.tracker.upstream.adapters.persistence;

/** Every SQL statement on the upstream tables (portable: H2 2.2 and PostgreSQL 17). */
final class UpstreamSql {

    /** {@code nextval('...')} is accepted by both H2 and PostgreSQL; {@code NEXT VALUE FOR} is not. */
    static final String NEXT_ID = "SELECT nextval('upstream_seq')";

    static final String INSERT = """
            INSERT INTO upstream (id, name, endpoint, api_key, secret_sealed, xapi_version, pull_enabled,
                pull_activity, pull_related_activities, pull_verb, pull_since, poll_seconds, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    static final String INSERT_CHECKPOINT = """
            INSERT INTO upstream_pull_checkpoint (upstream_id, page_seq, pulled, updated_at)
            VALUES (?, 0, 0, ?)""";

    /** The secret is kept when the new one is null. */
    static final String UPDATE = """
            UPDATE upstream SET name = ?, endpoint = ?, api_key = ?, secret_sealed = COALESCE(?, secret_sealed),
                xapi_version = ?, pull_enabled = ?, pull_activity = ?, pull_related_activities = ?, pull_verb = ?,
                pull_since = ?, poll_seconds = ?, updated_at = ?
            WHERE id = ?""";

    static final String SET_FROM_FILE = "UPDATE upstream SET from_file = ? WHERE id = ?";

    /** The checkpoint goes with it (ON DELETE CASCADE). */
    static final String DELETE = "DELETE FROM upstream WHERE id = ?";

    private static final String COLUMNS = """
            SELECT id, name, endpoint, api_key, secret_sealed, xapi_version, pull_enabled, pull_activity,
                pull_related_activities, pull_verb, pull_since, poll_seconds, updated_at, from_file
            FROM upstream""";

    static final String BY_ID = COLUMNS + " WHERE id = ?";

    static final String BY_NAME = COLUMNS + " WHERE name = ?";

    static final String ALL = COLUMNS + " ORDER BY name";

    static final String CHECKPOINT = """
            SELECT upstream_id, last_stored, last_statement_id, more_irl, page_seq, pulled, last_run_at,
                last_success_at, last_error, last_error_at
            FROM upstream_pull_checkpoint WHERE upstream_id = ?""";

    /** The fence: changes one row only while the checkpoint is still where the puller read it. */
    static final String ADVANCE = """
            UPDATE upstream_pull_checkpoint SET last_stored = ?, last_statement_id = ?, more_irl = ?,
                page_seq = page_seq + 1, pulled = pulled + ?, updated_at = ?
            WHERE upstream_id = ? AND page_seq = ?""";

    private UpstreamSql() {}
}
