package org.alerrt.tracker.platform.events;

/** Every SQL statement of the outbox, in one place. */
final class OutboxSql {

    private OutboxSql() {}

    static final String INSERT = """
            INSERT INTO outbox_event (topic, subscriber, payload, status, attempts, created_at, available_at,
                                      partition_key)
            VALUES (?, ?, ?, 'PENDING', 0, ?, ?, ?)""";

    /**
     * Candidates only, after a cursor so that rows passed over (held elsewhere, or waiting for an older event of
     * their partition) are not read again and again: each is then locked on its own.
     */
    static final String SELECT_DUE = """
            SELECT id FROM outbox_event
            WHERE status = 'PENDING' AND available_at <= ? AND id > ?
            ORDER BY id
            FETCH FIRST ? ROWS ONLY""";

    static final String PARTITION_OF =
            "SELECT subscriber, partition_key FROM outbox_event WHERE id = ? AND status = 'PENDING'";

    /** SKIP LOCKED: a row another instance is handling is not waited for, just passed over. */
    static final String LOCK_ONE = """
            SELECT payload FROM outbox_event
            WHERE id = ? AND status = 'PENDING'
            FOR UPDATE SKIP LOCKED""";

    /**
     * An older event of the same subscriber and partition still to be handled (perhaps right now by another
     * instance, perhaps backing off): this one waits for it.
     */
    static final String OLDER_PENDING = """
            SELECT id FROM outbox_event
            WHERE subscriber = ? AND partition_key = ? AND status = 'PENDING' AND id < ?
            FETCH FIRST 1 ROWS ONLY""";

    /** Fencing: done only from PENDING, under the row lock taken by {@link #LOCK_ONE} in the same transaction. */
    static final String MARK_DONE = """
            UPDATE outbox_event SET status = 'DONE', processed_at = ? WHERE id = ? AND status = 'PENDING'""";

    static final String RECORD_FAILURE = """
            UPDATE outbox_event SET attempts = attempts + 1, available_at = ?, status = ?, last_error = ?
            WHERE id = ? AND status = 'PENDING'""";

    static final String COUNT_BY_STATUS = "SELECT status, COUNT(*) FROM outbox_event GROUP BY status";

    static final String PURGE_DONE = "DELETE FROM outbox_event WHERE status = 'DONE' AND processed_at < ?";
}
