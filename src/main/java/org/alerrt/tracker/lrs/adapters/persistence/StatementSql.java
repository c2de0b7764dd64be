package org.alerrt.tracker.lrs.adapters.persistence;

/** Every SQL statement of the statement store, in one place. Portable between H2 2.x and PostgreSQL. */
final class StatementSql {

    private StatementSql() {
    }

    static final String INSERT = """
            INSERT INTO xapi_statement (statement_id, stored, actor_ifi, object_agent_ifi, verb_iri, activity_iri,
                                        registration, voiding_target, voided, credential_id, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Marks the targets of voiding statements; a voiding statement itself is never voided (Data §2.3.2). */
    static final String MARK_VOIDED = """
            UPDATE xapi_statement SET voided = TRUE
            WHERE statement_id = ? AND voiding_target IS NULL""";

    static final String DOCUMENTS_BY_IDS_PREFIX = """
            SELECT statement_id, document, voiding_target FROM xapi_statement WHERE statement_id IN (""";

    static final String BY_ID = "SELECT document, voided FROM xapi_statement WHERE statement_id = ?";

    /** A statement is voided as soon as a voiding statement for it exists, even one stored before it. */
    static final String VOIDED_BY_EXISTING = "SELECT 1 FROM xapi_statement WHERE voiding_target = ?";

    /**
     * Filtered page: the WHERE clause is built from fixed fragments below; ORDER BY seq with FETCH FIRST limit + 1
     * tells whether a "more" link is needed without COUNT or OFFSET.
     */
    static final String QUERY_SELECT = "SELECT seq, document FROM xapi_statement WHERE voided = FALSE";
    static final String AND_AGENT = " AND (actor_ifi = ? OR object_agent_ifi = ?)";
    static final String AND_VERB = " AND verb_iri = ?";
    static final String AND_ACTIVITY = " AND activity_iri = ?";
    static final String AND_REGISTRATION = " AND registration = ?";
    static final String AND_SINCE = " AND stored > ?";
    static final String AND_UNTIL = " AND stored <= ?";
    /** Scope statements/read/mine: only what the caller's credential stored (index xapi_statement_credential_ix). */
    static final String AND_CREDENTIAL = " AND credential_id = ?";
    static final String AND_AFTER_SEQ = " AND seq > ?";
    static final String AND_BEFORE_SEQ = " AND seq < ?";
    static final String ORDER_ASC = " ORDER BY seq ASC FETCH FIRST ? ROWS ONLY";
    static final String ORDER_DESC = " ORDER BY seq DESC FETCH FIRST ? ROWS ONLY";

    static final String LAST_STORED = "SELECT MAX(stored) FROM xapi_statement";
}
