package org.alerrt.tracker.certificates.adapters.persistence;

/** Every SQL statement on the {@code certificate} table (portable: H2 2.2 and PostgreSQL 17). */
final class CertificateSql {

    /** {@code nextval('...')} is accepted by both H2 and PostgreSQL; {@code NEXT VALUE FOR} is not. */
    static final String NEXT_ID = "SELECT nextval('certificate_seq')";

    static final String INSERT = """
            INSERT INTO certificate (id, completion_id, learner_id, verification_code, first_name, last_name, pid,
                agency, tcole_number, course_title, delivery, credit_hours, counts_toward_mandate, completed_on,
                issuer, issued_at, status, status_reason, status_changed_at, status_changed_by, revision,
                superseded_by, instructors, started_on, module_description, partial_credit)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String COLUMNS = """
            SELECT id, completion_id, learner_id, verification_code, first_name, last_name, pid, agency,
                tcole_number, course_title, delivery, credit_hours, counts_toward_mandate, completed_on, issuer,
                issued_at, status, status_reason, status_changed_at, status_changed_by, revision, superseded_by,
                instructors, started_on, module_description, partial_credit
            FROM certificate""";

    static final String BY_CODE = COLUMNS + " WHERE verification_code = ?";

    /** The unique (completion_id, revision) index serves it. */
    static final String LATEST_OF_COMPLETION =
            COLUMNS + " WHERE completion_id = ? ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY";

    /** Keyset page, newest first; the (learner_id, id DESC) index serves the learner filter. */
    static final String LIST_ALL = COLUMNS + " WHERE id < ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY";

    static final String LIST_BY_LEARNER =
            COLUMNS + " WHERE learner_id = ? AND id < ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY";

    /** Conditional on the status read, so two concurrent revocations cannot both succeed. */
    static final String UPDATE_STATUS = """
            UPDATE certificate SET status = ?, status_reason = ?, status_changed_at = ?, status_changed_by = ?,
                superseded_by = ?
            WHERE id = ? AND status = ?""";

    private CertificateSql() {}
}
