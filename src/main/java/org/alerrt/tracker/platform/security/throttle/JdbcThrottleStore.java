package org.alerrt.tracker.platform.security.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.platform.persistence.PersistenceException;

/** The counters in table {@code sign_in_throttle} (V19), shared by every instance over the one database. */
@ApplicationScoped
public class JdbcThrottleStore extends JdbcRepository implements ThrottleStore {

    @Override
    public List<ThrottleCounter> find(ThrottleKind nameKind, String name, String address) {
        return query(
                "Cannot read the sign-in throttle",
                ThrottleSql.FIND,
                ps -> {
                    ps.setString(1, nameKind.name());
                    ps.setString(2, ThrottleCounter.storedKey(name));
                    ps.setString(3, ThrottleCounter.storedKey(address));
                },
                JdbcThrottleStore::counter);
    }

    /** Its own transaction: a failure is counted even though the sign-in it belongs to is refused. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ThrottleCounter update(ThrottleKind kind, String key, UnaryOperator<ThrottleCounter> next) {
        String stored = ThrottleCounter.storedKey(key);
        try (Connection c = dataSource().getConnection()) {
            insertIfAbsent(c, kind, stored);
            ThrottleCounter current;
            try (PreparedStatement ps = c.prepareStatement(ThrottleSql.LOCK)) {
                ps.setString(1, kind.name());
                ps.setString(2, stored);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no sign-in throttle row after inserting one");
                    }
                    current = counter(rs);
                }
            }
            // the row inserted just now stands for "no counter yet"
            ThrottleCounter updated = next.apply(current.failures() == 0 ? null : current);
            try (PreparedStatement ps = c.prepareStatement(ThrottleSql.UPDATE)) {
                ps.setInt(1, updated.failures());
                ps.setTimestamp(2, Timestamp.from(updated.lastFailure()));
                ps.setTimestamp(3, updated.lockedUntil() == null ? null : Timestamp.from(updated.lockedUntil()));
                ps.setString(4, kind.name());
                ps.setString(5, stored);
                ps.executeUpdate();
            }
            return updated;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot count a failed sign-in", e);
        }
    }

    private static void insertIfAbsent(Connection c, ThrottleKind kind, String key) throws SQLException {
        boolean postgresql = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        try (PreparedStatement ps =
                c.prepareStatement(postgresql ? ThrottleSql.INSERT_IF_ABSENT_POSTGRESQL : ThrottleSql.INSERT)) {
            ps.setString(1, kind.name());
            ps.setString(2, key);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) { // unique_violation: the row is there already
                throw e;
            }
        }
    }

    @Override
    public boolean delete(ThrottleKind kind, String key) {
        return update("Cannot clear a sign-in throttle", ThrottleSql.DELETE, ps -> {
                    ps.setString(1, kind.name());
                    ps.setString(2, ThrottleCounter.storedKey(key));
                })
                > 0;
    }

    @Override
    public List<ThrottleCounter> list(int limit) {
        return query(
                "Cannot list the sign-in throttles",
                ThrottleSql.LIST,
                ps -> ps.setInt(1, limit),
                JdbcThrottleStore::counter);
    }

    @Override
    public int purge(Instant quietSince, Instant now) {
        return update("Cannot purge the sign-in throttles", ThrottleSql.PURGE, ps -> {
            ps.setTimestamp(1, Timestamp.from(quietSince));
            ps.setTimestamp(2, Timestamp.from(now));
        });
    }

    private static ThrottleCounter counter(ResultSet rs) throws SQLException {
        Timestamp locked = rs.getTimestamp(5);
        return new ThrottleCounter(
                ThrottleKind.valueOf(rs.getString(1)),
                rs.getString(2),
                rs.getInt(3),
                rs.getTimestamp(4).toInstant(),
                locked == null ? null : locked.toInstant());
    }
}
