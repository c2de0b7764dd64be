package org.alerrt.tracker.lrs.adapters.persistence;

/** Every SQL statement of the document store, in one place. Portable between H2 2.x and PostgreSQL. */
final class DocumentSql {

    private DocumentSql() {}

    /**
     * The one read every write starts with: the row lock makes a concurrent write of the same document wait, so the
     * precondition check and the merge see the last committed version (no lost update).
     */
    static final String LOCK = """
            SELECT document_id, content, content_type, etag, updated FROM xapi_document
            WHERE doc_key = ? FOR UPDATE""";

    static final String FIND = """
            SELECT document_id, content, content_type, etag, updated FROM xapi_document WHERE doc_key = ?""";

    /** Fails with 23505 when another transaction inserted the same document first; the writer then retries. */
    static final String INSERT = """
            INSERT INTO xapi_document (doc_key, context_hash, kind, activity_iri, agent_ifi, registration, document_id,
                                       content_type, content, etag, updated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    static final String UPDATE = """
            UPDATE xapi_document SET content_type = ?, content = ?, etag = ?, updated = ? WHERE doc_key = ?""";

    static final String DELETE = "DELETE FROM xapi_document WHERE doc_key = ?";

    /** State DELETE without stateId (Communication §2.3.s5). */
    static final String DELETE_CONTEXT = "DELETE FROM xapi_document WHERE context_hash = ?";

    /** Ids GET (§2.3.s4, §2.6.s4, §2.7.s4): served by xapi_document_context_ix (context_hash, updated). */
    static final String IDS = "SELECT document_id, updated FROM xapi_document WHERE context_hash = ?";

    static final String AND_UPDATED_AFTER = " AND updated > ?";
    static final String ORDER_BY_ID = " ORDER BY document_id";
}
