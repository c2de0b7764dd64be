package org.alerrt.tracker.reporting.adapters.persistence;

/**
 * Every SQL statement on {@code report_entry}, {@code roster} and {@code report_completion} (portable: H2 2.2 and
 * PostgreSQL 17).
 */
final class ReportingSql {

    /** {@code nextval('...')} is accepted by both H2 and PostgreSQL; {@code NEXT VALUE FOR} is not. */
    static final String NEXT_ENTRY_ID = "SELECT nextval('report_entry_seq')";

    static final String NEXT_ROSTER_ID = "SELECT nextval('roster_seq')";

    /**
     * Inserted when the lock finds no row. Two first events of one completion at once: the second insert waits on the
     * first one's key and then fails, and its outbox row is retried later and finds the row.
     */
    static final String INSERT_TRACK = "INSERT INTO report_completion (completion_id, revision) VALUES (?, 0)";

    static final String LOCK_TRACK = """
            SELECT revision, withdrawn_at, withdrawn_why FROM report_completion WHERE completion_id = ? FOR UPDATE""";
    static final String SAVE_TRACK = """
            UPDATE report_completion SET revision = ?, withdrawn_at = ?, withdrawn_why = ? WHERE completion_id = ?""";

    static final String INSERT_ENTRY = """
            INSERT INTO report_entry (id, completion_id, learner_id, pid, first_name, last_name, agency,
                tcole_number, course_title, delivery, completed_on, credit_hours, status, roster_id, queued_at,
                kind, origin, corrects_entry_id, revision, started_on, instructors, notes, due_from, status_reason,
                status_changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String ENTRY_COLUMNS = """
            SELECT e.id, e.completion_id, e.learner_id, e.pid, e.first_name, e.last_name, e.agency, e.tcole_number,
                e.course_title, e.delivery, e.completed_on, e.credit_hours, e.status, e.roster_id, e.queued_at,
                e.kind, e.origin, e.corrects_entry_id, e.revision, e.started_on, e.instructors, e.notes, e.due_from,
                e.status_reason, e.status_changed_at
            FROM report_entry e""";

    static final String ENTRIES_OF_COMPLETION = ENTRY_COLUMNS + " WHERE e.completion_id = ? ORDER BY e.id";
    static final String ENTRY_BY_ID = ENTRY_COLUMNS + " WHERE e.id = ?";

    /** Keyset page on (due_from, id), served by report_entry_status_ix. */
    static final String ENTRIES_BY_STATUS =
            ENTRY_COLUMNS + " WHERE e.status = ? ORDER BY e.due_from, e.id FETCH FIRST ? ROWS ONLY";

    static final String ENTRIES_BY_STATUS_AFTER = ENTRY_COLUMNS
            + " WHERE e.status = ? AND (e.due_from > ? OR (e.due_from = ? AND e.id > ?))"
            + " ORDER BY e.due_from, e.id FETCH FIRST ? ROWS ONLY";

    static final String ENTRIES_OF_ROSTER =
            ENTRY_COLUMNS + " WHERE e.roster_id = ? ORDER BY e.last_name, e.first_name, e.completed_on, e.id";

    static final String UPDATE_QUEUED = """
            UPDATE report_entry SET pid = ?, first_name = ?, last_name = ?, agency = ?, tcole_number = ?,
                course_title = ?, delivery = ?, completed_on = ?, credit_hours = ?, started_on = ?, instructors = ?,
                notes = ?, revision = ?
            WHERE id = ? AND status = 'QUEUED'""";

    static final String CHANGE_STATUS = """
            UPDATE report_entry SET status = ?, status_reason = ?, status_changed_at = ? WHERE id = ? AND status = ?""";

    static final String INSERT_ROSTER = """
            INSERT INTO roster (id, created_at, created_by, entry_count, columns_spec, headers_spec)
            VALUES (?, ?, ?, 0, ?, ?)""";

    /**
     * The export itself. Under READ COMMITTED a concurrent export blocks on the rows this one locked, re-checks
     * the WHERE clause after the commit and skips them: the row count is what this roster really got.
     */
    static final String TAKE_QUEUED = """
            UPDATE report_entry SET status = 'EXPORTED', roster_id = ?, status_changed_at = ?
            WHERE status = 'QUEUED'""";

    static final String COMPLETE_EXPORT = "UPDATE roster SET entry_count = ?, csv_sha256 = ? WHERE id = ?";

    private static final String ROSTER_COLUMNS = """
            SELECT id, created_at, created_by, entry_count, reported_at, reported_by, tcole_reference, accepted_at,
                accepted_by, columns_spec, headers_spec, csv_sha256
            FROM roster""";
    static final String ROSTER_BY_ID = ROSTER_COLUMNS + " WHERE id = ?";
    static final String ROSTERS = ROSTER_COLUMNS + " WHERE id < ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY";

    /** Only the first submission is recorded: a second call matches no row. */
    static final String MARK_ROSTER_SUBMITTED = """
            UPDATE roster SET reported_at = ?, reported_by = ?, tcole_reference = ? WHERE id = ? AND reported_at IS NULL""";

    static final String MARK_ENTRIES_SUBMITTED = """
            UPDATE report_entry SET status = 'SUBMITTED', status_changed_at = ? WHERE roster_id = ? AND status = 'EXPORTED'""";

    static final String MARK_ROSTER_ACCEPTED = """
            UPDATE roster SET accepted_at = ?, accepted_by = ?
            WHERE id = ? AND reported_at IS NOT NULL AND accepted_at IS NULL""";
    static final String MARK_ENTRIES_ACCEPTED = """
            UPDATE report_entry SET status = 'ACCEPTED', status_changed_at = ? WHERE roster_id = ? AND status = 'SUBMITTED'""";

    private ReportingSql() {}
}
