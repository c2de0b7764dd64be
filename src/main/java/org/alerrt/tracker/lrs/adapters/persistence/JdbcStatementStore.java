package org.alerrt.tracker.lrs.adapters.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.alerrt.tracker.lrs.domain.StoredStatement;
import org.alerrt.tracker.platform.persistence.PersistenceException;
import org.alerrt.tracker.platform.persistence.TrackerDataSource;

/**
 * Statements in one table with a JSON document and indexed filter columns (plain JDBC: batch inserts on the hot
 * path). Runs inside the caller's JTA transaction.
 */
@ApplicationScoped
public class JdbcStatementStore {

    /** A page of documents and the seq of the last one, for the next cursor. */
    public record Page(List<JsonObject> statements, boolean more, long lastSeq) {
    }

    /** A stored statement found by id, with whether it is voided. */
    public record Found(JsonObject document, boolean voided) {
    }

    @Resource(lookup = TrackerDataSource.JNDI_NAME)
    DataSource dataSource;

    public void insert(List<StoredStatement> statements, Long credentialId) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(StatementSql.INSERT)) {
                for (StoredStatement s : statements) {
                    ps.setString(1, s.id());
                    ps.setTimestamp(2, Timestamp.from(s.stored()));
                    ps.setString(3, s.actorIfi());
                    ps.setString(4, s.objectAgentIfi());
                    ps.setString(5, s.verbIri());
                    ps.setString(6, s.activityIri());
                    ps.setString(7, s.registration());
                    ps.setString(8, s.voidingTarget());
                    ps.setBoolean(9, !s.isVoiding() && voidedByExisting(c, s.id()));
                    if (credentialId == null) {
                        ps.setNull(10, Types.BIGINT);
                    } else {
                        ps.setLong(10, credentialId);
                    }
                    ps.setString(11, s.document().toString());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(StatementSql.MARK_VOIDED)) {
                int n = 0;
                for (StoredStatement s : statements) {
                    if (s.isVoiding()) {
                        ps.setString(1, s.voidingTarget());
                        ps.addBatch();
                        n++;
                    }
                }
                if (n > 0) {
                    ps.executeBatch();
                }
            }
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateStatementIdException(e);
            }
            throw new PersistenceException("Cannot store statements", e);
        }
    }

    private static boolean voidedByExisting(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(StatementSql.VOIDED_BY_EXISTING)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Documents of the given ids that are already stored, by id, with their voiding target if they void. */
    public Map<String, StoredRef> findByIds(Collection<String> ids) {
        Map<String, StoredRef> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 500) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
            String sql = StatementSql.DOCUMENTS_BY_IDS_PREFIX + "?,".repeat(chunk.size() - 1) + "?)";
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new StoredRef(parse(rs.getString(2)), rs.getString(3) != null));
                    }
                }
            } catch (SQLException e) {
                throw new PersistenceException("Cannot read statements", e);
            }
        }
        return found;
    }

    /** An already stored statement, and whether it is itself a voiding statement. */
    public record StoredRef(JsonObject document, boolean voiding) {
    }

    public Optional<Found> findById(String id) {
        return findById(id, null);
    }

    /** By id; when {@code credentialId} is set, only a statement stored with that credential (statements/read/mine). */
    public Optional<Found> findById(String id, Long credentialId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                credentialId == null ? StatementSql.BY_ID : StatementSql.BY_ID + StatementSql.AND_CREDENTIAL)) {
            ps.setString(1, id);
            if (credentialId != null) {
                ps.setLong(2, credentialId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Found(parse(rs.getString(1)), rs.getBoolean(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read statement " + id, e);
        }
    }

    public Page query(StatementQuery q) {
        StringBuilder sql = new StringBuilder(StatementSql.QUERY_SELECT);
        List<Object> params = new ArrayList<>();
        if (q.agentIfi() != null) {
            sql.append(StatementSql.AND_AGENT);
            params.add(q.agentIfi());
            params.add(q.agentIfi());
        }
        if (q.verb() != null) {
            sql.append(StatementSql.AND_VERB);
            params.add(q.verb());
        }
        if (q.activity() != null) {
            sql.append(StatementSql.AND_ACTIVITY);
            params.add(q.activity());
        }
        if (q.registration() != null) {
            sql.append(StatementSql.AND_REGISTRATION);
            params.add(q.registration());
        }
        if (q.since() != null) {
            sql.append(StatementSql.AND_SINCE);
            params.add(Timestamp.from(q.since()));
        }
        if (q.until() != null) {
            sql.append(StatementSql.AND_UNTIL);
            params.add(Timestamp.from(q.until()));
        }
        if (q.restrictToCredential() != null) {
            sql.append(StatementSql.AND_CREDENTIAL);
            params.add(q.restrictToCredential());
        }
        if (q.cursor() != null) {
            sql.append(q.ascending() ? StatementSql.AND_AFTER_SEQ : StatementSql.AND_BEFORE_SEQ);
            params.add(q.cursor());
        }
        sql.append(q.ascending() ? StatementSql.ORDER_ASC : StatementSql.ORDER_DESC);
        params.add(q.limit() + 1);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<JsonObject> docs = new ArrayList<>();
            long last = 0;
            boolean more = false;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (docs.size() == q.limit()) {
                        more = true;
                        break;
                    }
                    last = rs.getLong(1);
                    docs.add(parse(rs.getString(2)));
                }
            }
            return new Page(docs, more, last);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot query statements", e);
        }
    }

    public Optional<Instant> lastStored() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(StatementSql.LAST_STORED);
             ResultSet rs = ps.executeQuery()) {
            Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
            return Optional.ofNullable(t).map(Timestamp::toInstant);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the statement store", e);
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    /** SQLState class 23505: unique_violation in PostgreSQL and H2. */
    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && "23505".equals(cause.getSQLState());
    }

    /** Another request stored the same statement id first; the caller retries to compare contents. */
    public static class DuplicateStatementIdException extends RuntimeException {
        DuplicateStatementIdException(Throwable cause) {
            super(cause);
        }
    }
}
