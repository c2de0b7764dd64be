package org.alerrt.tracker.cmi5.adapters.persistence;

/** Every SQL statement on launch credentials' use (portable: H2 2.2 and PostgreSQL 17). */
final class LaunchCredentialSql {

    static final String SESSION = """
            SELECT session_id, registration, credential_key, state = 'ACTIVE', launched_at,
                COALESCE(last_used_at, launched_at) FROM cmi5_session WHERE credential_key = ?""";
    static final String LAUNCH = """
            SELECT launch_id, registration, credential_key, ended_at IS NULL, launched_at,
                COALESCE(last_used_at, launched_at), expires_at FROM tincan_launch WHERE credential_key = ?""";

    /** Conditional: of the requests in the same minute, one writes. */
    static final String SESSION_USED = """
            UPDATE cmi5_session SET last_used_at = ?
            WHERE session_id = ? AND (last_used_at IS NULL OR last_used_at < ?)""";

    static final String LAUNCH_USED = """
            UPDATE tincan_launch SET last_used_at = ?
            WHERE launch_id = ? AND (last_used_at IS NULL OR last_used_at < ?)""";

    /** Candidates only; each is then re-checked under a row lock ({@link #LOCK_IDLE_SESSION}). */
    static final String IDLE_SESSIONS = """
            SELECT session_id, registration, credential_key, TRUE, launched_at, COALESCE(last_used_at, launched_at)
            FROM cmi5_session WHERE state = 'ACTIVE' AND COALESCE(last_used_at, launched_at) < ?
            ORDER BY launched_at FETCH FIRST ? ROWS ONLY""";

    static final String IDLE_LAUNCHES = """
            SELECT launch_id, registration, credential_key, TRUE, launched_at, COALESCE(last_used_at, launched_at),
                expires_at
            FROM tincan_launch WHERE ended_at IS NULL AND COALESCE(last_used_at, launched_at) < ?
            ORDER BY launched_at FETCH FIRST ? ROWS ONLY""";

    /**
     * SKIP LOCKED: a session another instance is expiring, or whose statements are being judged right now (the
     * statement policy locks the row), is passed over instead of waited for.
     */
    static final String LOCK_IDLE_SESSION = """
            SELECT session_id FROM cmi5_session
            WHERE session_id = ? AND state = 'ACTIVE' AND COALESCE(last_used_at, launched_at) < ?
            FOR UPDATE SKIP LOCKED""";

    static final String LOCK_IDLE_LAUNCH = """
            SELECT launch_id FROM tincan_launch
            WHERE launch_id = ? AND ended_at IS NULL AND COALESCE(last_used_at, launched_at) < ?
            FOR UPDATE SKIP LOCKED""";

    static final String CREDENTIALS_OF_COURSE = """
            SELECT s.credential_key FROM cmi5_session s
            JOIN cmi5_registration r ON r.registration = s.registration
            WHERE r.course_id = ? AND s.credential_key IS NOT NULL
            UNION
            SELECT l.credential_key FROM tincan_launch l
            JOIN cmi5_registration r ON r.registration = l.registration
            WHERE r.course_id = ?""";

    private LaunchCredentialSql() {}
}
