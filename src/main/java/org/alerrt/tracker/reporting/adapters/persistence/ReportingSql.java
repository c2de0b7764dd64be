package org.alerrt.tracker.reporting.adapters.persistence;

/** Every SQL statement on {@code report_entry} and {@code roster} (portable: H2 2.2 and PostgreSQL 17). */
final class ReportingSql {

    /** {@code nextval('...')} is accepted by both H2 and PostgreSQL; {@code NEXT VALUE FOR} is not. */
    static final String NEXT_ENTRY_ID = "SELECT nextval('report_entry_seq')";
    static final String NEXT_ROSTER_ID = "SELECT nextval('roster_seq')";

    /**
     * Checked before the insert: the outbox row lock already serialises redeliveries of one event, and the unique
     * completion_id is the backstop (the failed delivery is retried and then finds the row).
     */
    static final String ENTRY_EXISTS = "SELECT 1 FROM report_entry WHERE completion_id = ?";

    static final String INSERT_ENTRY = """
            INSERT INTO report_entry (id, completion_id, learner_id, pid, first_name, last_name, agency,
                tcole_number, course_title, delivery, completed_on, credit_hours, status, roster_id, queued_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String ENTRY_COLUMNS = """
            SELECT id, completion_id, learner_id, pid, first_name, last_name, agency, tcole_number, course_title,
                delivery, completed_on, credit_hours, status, roster_id, queued_at
            FROM report_entry""";

    /** Keyset page on (completed_on, id), served by report_entry_status_ix. */
    static final String ENTRIES_BY_STATUS = ENTRY_COLUMNS
            + " WHERE status = ? ORDER BY completed_on, id FETCH FIRST ? ROWS ONLY";
    static final String ENTRIES_BY_STATUS_AFTER = ENTRY_COLUMNS
            + " WHERE status = ? AND (completed_on > ? OR (completed_on = ? AND id > ?))"
            + " ORDER BY completed_on, id FETCH FIRST ? ROWS ONLY";

    static final String ENTRIES_OF_ROSTER = ENTRY_COLUMNS
            + " WHERE roster_id = ? ORDER BY last_name, first_name, completed_on, id";

    static final String INSERT_ROSTER = """
            INSERT INTO roster (id, created_at, created_by, entry_count, reported_at, reported_by)
            VALUES (?, ?, ?, 0, NULL, NULL)""";

    /**
     * The export itself. Under READ COMMITTED a concurrent export blocks on the rows this one locked, re-checks
     * the WHERE clause after the commit and skips them: the row count is what this roster really got.
     */
    static final String TAKE_QUEUED = """
            UPDATE report_entry SET status = 'EXPORTED', roster_id = ? WHERE status = 'QUEUED'""";

    static final String SET_ENTRY_COUNT = "UPDATE roster SET entry_count = ? WHERE id = ?";

    private static final String ROSTER_COLUMNS =
            "SELECT id, created_at, created_by, entry_count, reported_at, reported_by FROM roster";
    static final String ROSTER_BY_ID = ROSTER_COLUMNS + " WHERE id = ?";
    static final String ROSTERS = ROSTER_COLUMNS + " WHERE id < ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY";

    /** Only the first confirmation is recorded: a second call matches no row. */
    static final String MARK_ROSTER_REPORTED = """
            UPDATE roster SET reported_at = ?, reported_by = ? WHERE id = ? AND reported_at IS NULL""";
    static final String MARK_ENTRIES_REPORTED = """
            UPDATE report_entry SET status = 'REPORTED' WHERE roster_id = ? AND status = 'EXPORTED'""";

    private ReportingSql() {
    }
}
