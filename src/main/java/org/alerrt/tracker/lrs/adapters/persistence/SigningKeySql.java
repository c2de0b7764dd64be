package org.alerrt.tracker.lrs.adapters.persistence;

/** Every SQL statement of the signing key store (V18), in one place. */
final class SigningKeySql {

    private SigningKeySql() {}

    /** PostgreSQL: a key inserted by another instance first (committed or not) makes this a no-op, not an error. */
    static final String INSERT_IF_ABSENT_POSTGRESQL = """
            INSERT INTO lrs_signing_key (purpose, secret, created_at) VALUES (?, ?, ?)
            ON CONFLICT (purpose) DO NOTHING""";

    /** H2 (one instance per database file): fails with 23505 when the key exists, which the store ignores. */
    static final String INSERT = "INSERT INTO lrs_signing_key (purpose, secret, created_at) VALUES (?, ?, ?)";

    static final String FIND = "SELECT secret FROM lrs_signing_key WHERE purpose = ?";
}
