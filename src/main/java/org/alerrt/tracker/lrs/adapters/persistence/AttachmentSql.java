package org.alerrt.tracker.lrs.adapters.persistence;

/** Every SQL statement of the attachment store, in one place. Portable between H2 2.x and PostgreSQL. */
final class AttachmentSql {

    private AttachmentSql() {}

    /** Data is stored once per hash: the insert is skipped when the hash is known (dedupe, V8 migration). */
    static final String CONTENT_EXISTS = "SELECT 1 FROM xapi_attachment_content WHERE sha2 = ?";

    static final String INSERT_CONTENT = """
            INSERT INTO xapi_attachment_content (sha2, content_type, length, content, stored)
            VALUES (?, ?, ?, ?, ?)""";

    static final String LINK_EXISTS = "SELECT 1 FROM xapi_statement_attachment WHERE statement_id = ? AND sha2 = ?";

    static final String INSERT_LINK = "INSERT INTO xapi_statement_attachment (statement_id, sha2) VALUES (?, ?)";

    /** Metadata of the hashes we hold data for; the IN list is filled with one ? per hash. */
    static final String INFO_BY_SHA2_PREFIX = """
            SELECT sha2, content_type, length FROM xapi_attachment_content WHERE sha2 IN (""";

    static final String CONTENT_BY_SHA2 = "SELECT content FROM xapi_attachment_content WHERE sha2 = ?";
}
