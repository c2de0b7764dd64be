package org.alerrt.tracker.platform.security.throttle;

/** Every SQL statement of the sign-in throttle (V19), in one place. */
final class ThrottleSql {

    private ThrottleSql() {}

    static final String COLUMNS = "kind, throttle_key, failures, last_failure, locked_until";

    /** One round trip per sign-in attempt: the name's counter and the address's, by primary key. */
    static final String FIND = "SELECT " + COLUMNS + " FROM sign_in_throttle"
            + " WHERE (kind = ? AND throttle_key = ?) OR (kind = 'ADDRESS' AND throttle_key = ?)";

    /** PostgreSQL: a row inserted by another instance first (committed or not) makes this a no-op, not an error. */
    static final String INSERT_IF_ABSENT_POSTGRESQL = """
            INSERT INTO sign_in_throttle (kind, throttle_key, failures, last_failure) VALUES (?, ?, 0, ?)
            ON CONFLICT (kind, throttle_key) DO NOTHING""";

    /** H2: fails with 23505 when the row exists, which the store ignores. */
    static final String INSERT =
            "INSERT INTO sign_in_throttle (kind, throttle_key, failures, last_failure) VALUES (?, ?, 0, ?)";

    /** The row lock serializes the failures of one name or address across instances until the update commits. */
    static final String LOCK =
            "SELECT " + COLUMNS + " FROM sign_in_throttle WHERE kind = ? AND throttle_key = ? FOR UPDATE";

    static final String UPDATE = """
            UPDATE sign_in_throttle SET failures = ?, last_failure = ?, locked_until = ?
            WHERE kind = ? AND throttle_key = ?""";

    static final String DELETE = "DELETE FROM sign_in_throttle WHERE kind = ? AND throttle_key = ?";

    static final String LIST =
            "SELECT " + COLUMNS + " FROM sign_in_throttle ORDER BY last_failure DESC" + " FETCH FIRST ? ROWS ONLY";

    static final String PURGE = """
            DELETE FROM sign_in_throttle
            WHERE last_failure < ? AND (locked_until IS NULL OR locked_until <= ?)""";
}
