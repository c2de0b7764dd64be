package org.alerrt.tracker.platform.persistence;

import jakarta.annotation.Resource;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The one way to write a plain-JDBC repository: the JTA datasource is injected here, and {@link #query},
 * {@link #queryOne} and {@link #update} run {@link Jdbc} in the caller's transaction, turning a failure into
 * {@link #failure} with the caller's message (what could not be read or written).
 */
public abstract class JdbcRepository {

    @Resource(lookup = TrackerDataSource.JNDI_NAME)
    private DataSource dataSource;

    protected JdbcRepository() {}

    /** For tests without a container. */
    protected JdbcRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For methods that hold one connection over several statements. */
    protected DataSource dataSource() {
        return dataSource;
    }

    protected <T> List<T> query(String failure, String sql, Jdbc.Binder binder, Jdbc.RowMapper<T> mapper) {
        try {
            return Jdbc.query(dataSource, sql, binder, mapper);
        } catch (SQLException e) {
            throw failure(failure, e);
        }
    }

    protected <T> Optional<T> queryOne(String failure, String sql, Jdbc.Binder binder, Jdbc.RowMapper<T> mapper) {
        try {
            return Jdbc.queryOne(dataSource, sql, binder, mapper);
        } catch (SQLException e) {
            throw failure(failure, e);
        }
    }

    /** Streams the rows to {@code action}, {@code fetchSize} at a time (see {@link Jdbc#forEach}). */
    protected <T> void forEach(
            String failure,
            String sql,
            Jdbc.Binder binder,
            int fetchSize,
            Jdbc.RowMapper<T> mapper,
            Consumer<T> action) {
        try {
            Jdbc.forEach(dataSource, sql, binder, fetchSize, mapper, action);
        } catch (SQLException e) {
            throw failure(failure, e);
        }
    }

    /** One batch of {@code sql}, once per item. */
    protected <T> void batch(String failure, String sql, Collection<T> items, Jdbc.ItemBinder<T> binder) {
        try {
            Jdbc.batch(dataSource, sql, items, binder);
        } catch (SQLException e) {
            throw failure(failure, e);
        }
    }

    /** @return the number of rows changed */
    protected int update(String failure, String sql, Jdbc.Binder binder) {
        try {
            return Jdbc.update(dataSource, sql, binder);
        } catch (SQLException e) {
            throw failure(failure, e);
        }
    }

    /** What a failed statement becomes; a repository that can tell a lost race from a fault says so here. */
    protected RuntimeException failure(String message, SQLException e) {
        return new PersistenceException(message, e);
    }
}
