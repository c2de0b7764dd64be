package org.alerrt.tracker.reporting.adapters.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.persistence.PersistenceException;
import org.alerrt.tracker.platform.persistence.TrackerDataSource;
import org.alerrt.tracker.reporting.domain.Delivery;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.ReportingRepository;
import org.alerrt.tracker.reporting.domain.Roster;

/** The queue and rosters over plain JDBC; connections from the JTA datasource join the caller's transaction. */
@ApplicationScoped
public class JdbcReportingRepository implements ReportingRepository {

    @Resource(lookup = TrackerDataSource.JNDI_NAME)
    DataSource dataSource;

    public JdbcReportingRepository() {
    }

    /** For tests without a container. */
    public JdbcReportingRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean addIfAbsent(ReportEntry e) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(ReportingSql.ENTRY_EXISTS)) {
                ps.setLong(1, e.completionId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            long id = nextId(c, ReportingSql.NEXT_ENTRY_ID);
            try (PreparedStatement ps = c.prepareStatement(ReportingSql.INSERT_ENTRY)) {
                ps.setLong(1, id);
                ps.setLong(2, e.completionId());
                ps.setLong(3, e.learnerId());
                ps.setString(4, e.pid());
                ps.setString(5, e.firstName());
                ps.setString(6, e.lastName());
                ps.setString(7, e.agency());
                ps.setString(8, e.tcoleNumber());
                ps.setString(9, e.courseTitle());
                ps.setString(10, e.delivery().name());
                ps.setDate(11, Date.valueOf(e.completedOn()));
                ps.setInt(12, e.creditHours());
                ps.setString(13, e.status().name());
                if (e.rosterId() == null) {
                    ps.setNull(14, Types.BIGINT);
                } else {
                    ps.setLong(14, e.rosterId());
                }
                ps.setTimestamp(15, Timestamp.from(e.queuedAt()));
                ps.executeUpdate();
            }
            return true;
        } catch (SQLException ex) {
            throw new PersistenceException("Cannot queue completion " + e.completionId(), ex);
        }
    }

    @Override
    public List<ReportEntry> entries(EntryStatus status, LocalDate afterDate, Long afterId, int limit) {
        boolean after = afterDate != null && afterId != null;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(after
                     ? ReportingSql.ENTRIES_BY_STATUS_AFTER : ReportingSql.ENTRIES_BY_STATUS)) {
            int i = 1;
            ps.setString(i++, status.name());
            if (after) {
                ps.setDate(i++, Date.valueOf(afterDate));
                ps.setDate(i++, Date.valueOf(afterDate));
                ps.setLong(i++, afterId);
            }
            ps.setInt(i, limit);
            return readEntries(ps);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the report queue", e);
        }
    }

    @Override
    public Roster createRoster(Instant createdAt, String createdBy) {
        try (Connection c = dataSource.getConnection()) {
            long id = nextId(c, ReportingSql.NEXT_ROSTER_ID);
            try (PreparedStatement ps = c.prepareStatement(ReportingSql.INSERT_ROSTER)) {
                ps.setLong(1, id);
                ps.setTimestamp(2, Timestamp.from(createdAt));
                ps.setString(3, createdBy);
                ps.executeUpdate();
            }
            return new Roster(id, createdAt, createdBy, 0, null, null);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot create a roster", e);
        }
    }

    @Override
    public int takeQueued(long rosterId) {
        return update(ReportingSql.TAKE_QUEUED, "Cannot export the report queue", rosterId);
    }

    @Override
    public void setEntryCount(long rosterId, int count) {
        update(ReportingSql.SET_ENTRY_COUNT, "Cannot update roster " + rosterId, count, rosterId);
    }

    @Override
    public Optional<Roster> roster(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(ReportingSql.ROSTER_BY_ID)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapRoster(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read roster " + id, e);
        }
    }

    @Override
    public List<Roster> rosters(Long beforeId, int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(ReportingSql.ROSTERS)) {
            ps.setLong(1, beforeId == null ? Long.MAX_VALUE : beforeId);
            ps.setInt(2, limit);
            List<Roster> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(mapRoster(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read rosters", e);
        }
    }

    @Override
    public List<ReportEntry> entriesOf(long rosterId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(ReportingSql.ENTRIES_OF_ROSTER)) {
            ps.setLong(1, rosterId);
            return readEntries(ps);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read roster " + rosterId, e);
        }
    }

    @Override
    public boolean markReported(long rosterId, Instant at, String by) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(ReportingSql.MARK_ROSTER_REPORTED)) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, by);
                ps.setLong(3, rosterId);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(ReportingSql.MARK_ENTRIES_REPORTED)) {
                ps.setLong(1, rosterId);
                ps.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot mark roster " + rosterId + " reported", e);
        }
    }

    private int update(String sql, String failure, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException(failure, e);
        }
    }

    private static long nextId(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<ReportEntry> readEntries(PreparedStatement ps) throws SQLException {
        List<ReportEntry> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long roster = rs.getLong("roster_id");
                Long rosterId = rs.wasNull() ? null : roster;
                result.add(new ReportEntry(rs.getLong("id"), rs.getLong("completion_id"), rs.getLong("learner_id"),
                        rs.getString("pid"), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getString("agency"), rs.getString("tcole_number"), rs.getString("course_title"),
                        Delivery.valueOf(rs.getString("delivery")), rs.getDate("completed_on").toLocalDate(),
                        rs.getInt("credit_hours"), EntryStatus.valueOf(rs.getString("status")), rosterId,
                        rs.getTimestamp("queued_at").toInstant()));
            }
        }
        return result;
    }

    private static Roster mapRoster(ResultSet rs) throws SQLException {
        Timestamp reported = rs.getTimestamp("reported_at");
        return new Roster(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getInt("entry_count"), reported == null ? null : reported.toInstant(), rs.getString("reported_by"));
    }
}
