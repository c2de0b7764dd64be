package org.alerrt.tracker.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The one loop of a plain-JDBC repository: borrow a connection (enlisted in the caller's JTA transaction), bind,
 * run, map rows. SQLException is left to the repository, which knows what a failure means for its context.
 */
public final class Jdbc {

    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Binds one item of a batch. */
    @FunctionalInterface
    public interface ItemBinder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    private Jdbc() {}

    /** Binds {@code values} to parameters 1, 2, ... in order (an IN list). */
    public static Binder strings(List<String> values) {
        return ps -> {
            for (int i = 0; i < values.size(); i++) {
                ps.setString(i + 1, values.get(i));
            }
        };
    }

    public static <T> List<T> query(DataSource dataSource, String sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        }
    }

    /**
     * Hands each row's mapping to {@code action} as it is read, {@code fetchSize} rows per round trip, so a result of
     * any size takes constant memory (PostgreSQL streams only inside a transaction: call it from one).
     */
    public static <T> void forEach(
            DataSource dataSource, String sql, Binder binder, int fetchSize, RowMapper<T> mapper, Consumer<T> action)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(fetchSize);
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(mapper.map(rs));
                }
            }
        }
    }

    /** Runs {@code sql} once per item as one JDBC batch; {@code binder} binds an item's parameters. */
    public static <T> void batch(DataSource dataSource, String sql, Collection<T> items, ItemBinder<T> binder)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(ps, item);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The first row's mapping, if the query returns any row. */
    public static <T> Optional<T> queryOne(DataSource dataSource, String sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
            }
        }
    }

    public static int update(DataSource dataSource, String sql, Binder binder) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    /** A timestamp column read in UTC, or null. */
    public static OffsetDateTime utc(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A timestamp column as an instant, or null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = utc(rs, column);
        return t == null ? null : t.toInstant();
    }

    /**
     * Binds an instant, or SQL NULL. Both databases keep microseconds: the value is truncated here, not rounded up
     * by the database past a later instant.
     */
    public static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setTimestamp(index, Timestamp.from(value.truncatedTo(ChronoUnit.MICROS)));
        }
    }
}
