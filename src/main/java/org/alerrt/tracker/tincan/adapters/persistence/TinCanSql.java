package org.alerrt.tracker.tincan.adapters.persistence;

/** Every SQL statement on the Tin Can tables (portable: H2 2.2 and PostgreSQL 17). */
final class TinCanSql {

    static final String INSERT_ACTIVITY = """
            INSERT INTO tincan_activity (version_id, seq, activity_iri, activity_type, name, description, launch,
                launch_lang, launched)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String ACTIVITIES = """
            SELECT activity_iri, activity_type, name, description, launch, launch_lang FROM tincan_activity
            WHERE version_id = ? ORDER BY seq""";

    static final String INSERT_LAUNCH = """
            INSERT INTO tincan_launch (launch_id, registration, credential_key, launched_at, expires_at)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String LAUNCH_COLUMNS = """
            SELECT launch_id, registration, credential_key, launched_at, expires_at, ended_at FROM tincan_launch""";
    /** Row locks: two launches of one registration at once end each other's predecessor only once. */
    static final String OPEN_LAUNCHES_FOR_UPDATE =
            LAUNCH_COLUMNS + " WHERE registration = ? AND ended_at IS NULL ORDER BY launched_at FOR UPDATE";

    static final String LAUNCH_BY_CREDENTIAL = LAUNCH_COLUMNS + " WHERE credential_key = ?";
    /** Conditional: only the request that ends it sees a row changed. */
    static final String END_LAUNCH = "UPDATE tincan_launch SET ended_at = ? WHERE launch_id = ? AND ended_at IS NULL";

    static final String LATEST_REGISTRATION = """
            SELECT registration FROM cmi5_registration WHERE course_id = ? AND learner_id = ?
            ORDER BY created_at DESC, registration FETCH FIRST 1 ROWS ONLY""";

    private TinCanSql() {}
}
