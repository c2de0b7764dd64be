package org.alerrt.tracker.cmi5.adapters.persistence;

/** Every SQL statement on the cmi5 registration and session tables (portable: H2 2.2 and PostgreSQL 17). */
final class RegistrationSql {

    static final String INSERT_REGISTRATION = """
            INSERT INTO cmi5_registration (registration, course_id, version, learner_id, actor, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    static final String EXISTS = "SELECT 1 FROM cmi5_registration WHERE registration = ?";
    private static final String REGISTRATION_COLUMNS =
            "SELECT registration, course_id, version, learner_id, actor, created_at FROM cmi5_registration";
    static final String REGISTRATION = REGISTRATION_COLUMNS + " WHERE registration = ?";
    static final String REGISTRATION_FOR_UPDATE = REGISTRATION + " FOR UPDATE";
    /** A learner's registrations, oldest first (the learner portal uses the first per course). */
    static final String OF_LEARNER = REGISTRATION_COLUMNS + " WHERE learner_id = ? ORDER BY created_at, registration";

    static final String PROGRESS =
            "SELECT au_id, completed, passed, failed, waived FROM cmi5_au_progress WHERE registration = ?";
    static final String UPDATE_PROGRESS = """
            UPDATE cmi5_au_progress SET completed = ?, passed = ?, failed = ?, waived = ?
            WHERE registration = ? AND au_key = ?""";
    static final String INSERT_PROGRESS = """
            INSERT INTO cmi5_au_progress (completed, passed, failed, waived, registration, au_key, au_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    static final String SATISFIED = "SELECT node_id FROM cmi5_satisfied WHERE registration = ?";
    static final String INSERT_SATISFIED =
            "INSERT INTO cmi5_satisfied (registration, node_key, node_id, statement_id) VALUES (?, ?, ?, ?)";

    static final String INSERT_SESSION = """
            INSERT INTO cmi5_session (session_id, registration, au_key, au_id, launch_mode, state, token_hash,
                token_expires, fetched, credential_key, launched_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, NULL, ?)""";
    private static final String SESSION_COLUMNS = """
            SELECT session_id, registration, au_id, launch_mode, state, fetched, credential_key, launched_at,
                token_expires FROM cmi5_session""";
    static final String SESSION = SESSION_COLUMNS + " WHERE session_id = ?";
    static final String SESSION_BY_CREDENTIAL = SESSION_COLUMNS + " WHERE credential_key = ?";
    static final String SESSION_BY_TOKEN = SESSION_COLUMNS + " WHERE token_hash = ?";
    static final String ACTIVE_SESSIONS =
            SESSION_COLUMNS + " WHERE registration = ? AND au_key = ? AND state = 'ACTIVE' ORDER BY launched_at";
    /** Only one request can flip fetched: the one-time fetch URL (cmi5 §8.2.3.1). */
    static final String MARK_FETCHED = """
            UPDATE cmi5_session SET fetched = TRUE, credential_key = ?
            WHERE session_id = ? AND fetched = FALSE AND state = 'ACTIVE'""";
    /** Only an active session ends, once: concurrent launches never both abandon it (§9.3 LMS ordering rules). */
    static final String END_SESSION =
            "UPDATE cmi5_session SET state = ?, ended_at = ? WHERE session_id = ? AND state = 'ACTIVE'";

    /** The AU credential's session, locked: statements of one session are judged one request at a time (§9.3). */
    static final String SESSION_FACTS_FOR_UPDATE = """
            SELECT session_id, registration, au_id, launch_mode, state, fetched, credential_key, launched_at,
                token_expires, au_activity_id, mastery_score, verbs_used, preferences_read
            FROM cmi5_session WHERE session_id = ? FOR UPDATE""";

    static final String RECORD_LAUNCH =
            "UPDATE cmi5_session SET au_activity_id = ?, mastery_score = ? WHERE session_id = ?";
    static final String RECORD_VERBS = "UPDATE cmi5_session SET verbs_used = ? WHERE session_id = ?";
    static final String MARK_PREFERENCES_READ =
            "UPDATE cmi5_session SET preferences_read = TRUE WHERE session_id = ? AND preferences_read = FALSE";

    private RegistrationSql() {}
}
