package org.alerrt.tracker.lrs.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKey;
import org.alerrt.tracker.lrs.api.StoredDocument;
import org.alerrt.tracker.lrs.domain.documents.ConcurrentWriteException;
import org.alerrt.tracker.lrs.domain.documents.DocumentId;
import org.alerrt.tracker.lrs.domain.documents.DocumentStore;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.platform.persistence.PersistenceException;

/** State, Activity Profile and Agent Profile documents in one table (V6). Runs inside the caller's transaction. */
@ApplicationScoped
public class JdbcDocumentStore extends JdbcRepository implements DocumentStore {

    public JdbcDocumentStore() {}

    /** For tests: a store on the given datasource. */
    public JdbcDocumentStore(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public Optional<StoredDocument> lock(DocumentKey key) {
        return read(DocumentSql.LOCK, key);
    }

    @Override
    public Optional<StoredDocument> find(DocumentKey key) {
        return read(DocumentSql.FIND, key);
    }

    private Optional<StoredDocument> read(String sql, DocumentKey key) {
        return queryOne(
                "Cannot read document",
                sql,
                ps -> ps.setString(1, key.hash()),
                rs -> new StoredDocument(
                        rs.getString(1),
                        rs.getBytes(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()));
    }

    @Override
    public void insert(DocumentKey key, StoredDocument document) {
        DocumentContext context = key.context();
        update("Cannot store document", DocumentSql.INSERT, ps -> {
            ps.setString(1, key.hash());
            ps.setString(2, context.hash());
            ps.setString(3, context.kind().name());
            ps.setString(4, context.activityId());
            ps.setString(5, context.agentIfi());
            ps.setString(6, context.registration());
            ps.setString(7, key.documentId());
            ps.setString(8, document.contentType());
            ps.setBytes(9, document.content());
            ps.setString(10, document.etag());
            ps.setTimestamp(11, Timestamp.from(document.updated()));
        });
    }

    @Override
    public void update(DocumentKey key, StoredDocument document) {
        update("Cannot store document", DocumentSql.UPDATE, ps -> {
            ps.setString(1, document.contentType());
            ps.setBytes(2, document.content());
            ps.setString(3, document.etag());
            ps.setTimestamp(4, Timestamp.from(document.updated()));
            ps.setString(5, key.hash());
        });
    }

    @Override
    public void delete(DocumentKey key) {
        update("Cannot delete documents", DocumentSql.DELETE, ps -> ps.setString(1, key.hash()));
    }

    @Override
    public void deleteAll(DocumentContext context) {
        update("Cannot delete documents", DocumentSql.DELETE_CONTEXT, ps -> ps.setString(1, context.hash()));
    }

    @Override
    public List<DocumentId> ids(DocumentContext context, Instant since) {
        String sql = DocumentSql.IDS + (since != null ? DocumentSql.AND_UPDATED_AFTER : "") + DocumentSql.ORDER_BY_ID;
        try {
            return Jdbc.query(
                    dataSource(),
                    sql,
                    ps -> {
                        ps.setString(1, context.hash());
                        if (since != null) {
                            ps.setTimestamp(2, Timestamp.from(since));
                        }
                    },
                    rs -> new DocumentId(rs.getString(1), rs.getTimestamp(2).toInstant()));
        } catch (SQLException e) {
            throw new PersistenceException("Cannot list documents", e);
        }
    }

    /**
     * SQLStates that mean "another transaction got there first", worth running the whole transaction again:
     * 23505 unique violation (H2, PostgreSQL), 40001 serialization failure / H2 deadlock, 40P01 PostgreSQL deadlock,
     * 55P03 PostgreSQL lock not available, HYT00 H2 lock timeout.
     */
    private static final Set<String> CONTENTION = Set.of("23505", "40001", "40P01", "55P03", "HYT00");

    @Override
    protected RuntimeException failure(String message, SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException x = s; x != null; x = x.getNextException()) {
                    if (x.getSQLState() != null && CONTENTION.contains(x.getSQLState())) {
                        return new ConcurrentWriteException(e);
                    }
                }
            }
        }
        return new PersistenceException(message, e);
    }
}
