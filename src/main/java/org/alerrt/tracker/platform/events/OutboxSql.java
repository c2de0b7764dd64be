package org.alerrt.tracker.platform.events;

/** Every SQL statement of the outbox, in one place. */
final class OutboxSql {

    private OutboxSql() {
    }

    static final String INSERT = """
            INSERT INTO outbox_event (topic, subscriber, payload, status, attempts, created_at, available_at)
            VALUES (?, ?, ?, 'PENDING', 0, ?, ?)""";

    /** Candidates only: each is then locked on its own, so two instances never handle the same row. */
    static final String SELECT_DUE = """
            SELECT id FROM outbox_event
            WHERE status = 'PENDING' AND available_at <= ?
            ORDER BY id
            FETCH FIRST ? ROWS ONLY""";

    /** SKIP LOCKED: a row another instance is handling is not waited for, just passed over. */
    static final String LOCK_ONE = """
            SELECT subscriber, payload, attempts FROM outbox_event
            WHERE id = ? AND status = 'PENDING'
            FOR UPDATE SKIP LOCKED""";

    static final String MARK_DONE = "UPDATE outbox_event SET status = 'DONE', processed_at = ? WHERE id = ?";

    static final String RECORD_FAILURE = """
            UPDATE outbox_event SET attempts = attempts + 1, available_at = ?, status = ?, last_error = ?
            WHERE id = ? AND status = 'PENDING'""";

    static final String COUNT_BY_STATUS = "SELECT status, COUNT(*) FROM outbox_event GROUP BY status";

    static final String PURGE_DONE = "DELETE FROM outbox_event WHERE status = 'DONE' AND processed_at < ?";
}
