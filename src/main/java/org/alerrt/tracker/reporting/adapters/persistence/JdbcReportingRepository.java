package org.alerrt.tracker.reporting.adapters.persistence;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.platform.persistence.PersistenceException;
import org.alerrt.tracker.reporting.domain.CompletionTrack;
import org.alerrt.tracker.reporting.domain.Delivery;
import org.alerrt.tracker.reporting.domain.EntryKind;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.RecordSnapshot;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.ReportingRepository;
import org.alerrt.tracker.reporting.domain.Roster;
import org.alerrt.tracker.reporting.domain.RosterFormat;

/** Entries, rosters and completion tracking over plain JDBC; connections from the JTA datasource join the caller's transaction. */
@ApplicationScoped
public class JdbcReportingRepository extends JdbcRepository implements ReportingRepository {

    /** Rows of a roster read per round trip while it is streamed. */
    private static final int ROWS_PER_FETCH = 1_000;

    public JdbcReportingRepository() {}

    /** For tests without a container. */
    public JdbcReportingRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public CompletionTrack lockCompletion(long completionId) {
        String failure = "Cannot lock the report state of completion " + completionId;
        Optional<CompletionTrack> found = lockTrack(failure, completionId);
        if (found.isPresent()) {
            return found.get();
        }
        update(failure, ReportingSql.INSERT_TRACK, ps -> ps.setLong(1, completionId));
        return lockTrack(failure, completionId).orElseThrow();
    }

    private Optional<CompletionTrack> lockTrack(String failure, long completionId) {
        return queryOne(failure, ReportingSql.LOCK_TRACK, ps -> ps.setLong(1, completionId), rs -> {
            Timestamp withdrawn = rs.getTimestamp(2);
            return new CompletionTrack(
                    completionId, rs.getInt(1), withdrawn == null ? null : withdrawn.toInstant(), rs.getString(3));
        });
    }

    @Override
    public void saveTrack(CompletionTrack t) {
        update("Cannot save the report state of completion " + t.completionId(), ReportingSql.SAVE_TRACK, ps -> {
            ps.setInt(1, t.revision());
            ps.setTimestamp(2, t.withdrawnAt() == null ? null : Timestamp.from(t.withdrawnAt()));
            ps.setString(3, t.withdrawnWhy());
            ps.setLong(4, t.completionId());
        });
    }

    @Override
    public ReportEntry insert(ReportEntry e) {
        try (Connection c = dataSource().getConnection()) {
            long id = nextId(c, ReportingSql.NEXT_ENTRY_ID);
            try (PreparedStatement ps = c.prepareStatement(ReportingSql.INSERT_ENTRY)) {
                RecordSnapshot r = e.record();
                ps.setLong(1, id);
                ps.setLong(2, e.completionId());
                ps.setLong(3, e.learnerId());
                int i = bindRecord(ps, 4, r);
                ps.setString(i++, e.status().name());
                setLong(ps, i++, e.rosterId());
                ps.setTimestamp(i++, Timestamp.from(e.queuedAt()));
                ps.setString(i++, e.kind().name());
                ps.setString(i++, e.origin());
                setLong(ps, i++, e.correctsEntryId());
                ps.setInt(i++, e.revision());
                ps.setDate(i++, r.startedOn() == null ? null : Date.valueOf(r.startedOn()));
                ps.setString(i++, instructors(r));
                ps.setString(i++, e.notes());
                ps.setDate(i++, Date.valueOf(e.dueFrom()));
                ps.setString(i++, e.statusReason());
                ps.setTimestamp(i, Timestamp.from(e.statusChangedAt()));
                ps.executeUpdate();
            }
            return new ReportEntry(
                    id,
                    e.completionId(),
                    e.learnerId(),
                    e.kind(),
                    e.record(),
                    e.revision(),
                    e.status(),
                    e.rosterId(),
                    e.correctsEntryId(),
                    e.dueFrom(),
                    e.notes(),
                    e.statusReason(),
                    e.queuedAt(),
                    e.statusChangedAt(),
                    e.origin());
        } catch (SQLException ex) {
            throw new PersistenceException("Cannot queue a report of completion " + e.completionId(), ex);
        }
    }

    /** pid .. credit_hours, in INSERT_ENTRY's order. @return the next parameter index */
    private static int bindRecord(PreparedStatement ps, int from, RecordSnapshot r) throws SQLException {
        int i = from;
        ps.setString(i++, r.pid());
        ps.setString(i++, r.firstName());
        ps.setString(i++, r.lastName());
        ps.setString(i++, r.agency());
        ps.setString(i++, r.tcoleNumber());
        ps.setString(i++, r.courseTitle());
        ps.setString(i++, r.delivery().name());
        ps.setDate(i++, Date.valueOf(r.completedOn()));
        ps.setInt(i++, r.creditHours());
        return i;
    }

    @Override
    public List<ReportEntry> entriesOfCompletion(long completionId) {
        return query(
                "Cannot read the reports of completion " + completionId,
                ReportingSql.ENTRIES_OF_COMPLETION,
                ps -> ps.setLong(1, completionId),
                JdbcReportingRepository::mapEntry);
    }

    @Override
    public Optional<ReportEntry> entry(long id) {
        return query(
                        "Cannot read report entry " + id,
                        ReportingSql.ENTRY_BY_ID,
                        ps -> ps.setLong(1, id),
                        JdbcReportingRepository::mapEntry)
                .stream()
                .findFirst();
    }

    @Override
    public boolean updateQueued(long entryId, RecordSnapshot r, int revision, String notes) {
        return update("Cannot update report entry " + entryId, ReportingSql.UPDATE_QUEUED, ps -> {
                    int i = bindRecord(ps, 1, r);
                    ps.setDate(i++, r.startedOn() == null ? null : Date.valueOf(r.startedOn()));
                    ps.setString(i++, instructors(r));
                    ps.setString(i++, notes);
                    ps.setInt(i++, revision);
                    ps.setLong(i, entryId);
                })
                == 1;
    }

    @Override
    public boolean changeStatus(long entryId, EntryStatus from, EntryStatus to, String reason, Instant at) {
        if (!from.canBecome(to)) {
            throw new IllegalArgumentException("A " + from + " entry cannot become " + to);
        }
        return update("Cannot change report entry " + entryId, ReportingSql.CHANGE_STATUS, ps -> {
                    ps.setString(1, to.name());
                    ps.setString(2, reason);
                    ps.setTimestamp(3, Timestamp.from(at));
                    ps.setLong(4, entryId);
                    ps.setString(5, from.name());
                })
                == 1;
    }

    @Override
    public List<ReportEntry> entries(EntryStatus status, LocalDate afterDate, Long afterId, int limit) {
        boolean after = afterDate != null && afterId != null;
        return query(
                "Cannot read the report queue",
                after ? ReportingSql.ENTRIES_BY_STATUS_AFTER : ReportingSql.ENTRIES_BY_STATUS,
                ps -> {
                    int i = 1;
                    ps.setString(i++, status.name());
                    if (after) {
                        ps.setDate(i++, Date.valueOf(afterDate));
                        ps.setDate(i++, Date.valueOf(afterDate));
                        ps.setLong(i++, afterId);
                    }
                    ps.setInt(i, limit);
                },
                JdbcReportingRepository::mapEntry);
    }

    @Override
    public Roster createRoster(Instant createdAt, String createdBy, RosterFormat format) {
        try (Connection c = dataSource().getConnection()) {
            long id = nextId(c, ReportingSql.NEXT_ROSTER_ID);
            try (PreparedStatement ps = c.prepareStatement(ReportingSql.INSERT_ROSTER)) {
                ps.setLong(1, id);
                ps.setTimestamp(2, Timestamp.from(createdAt));
                ps.setString(3, createdBy);
                ps.setString(4, format.columnsSpec());
                ps.setString(5, format.headersSpec());
                ps.executeUpdate();
            }
            return new Roster(
                    id,
                    createdAt,
                    createdBy,
                    0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    format.columnsSpec(),
                    format.headersSpec(),
                    null);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot create a roster", e);
        }
    }

    @Override
    public int takeQueued(long rosterId, Instant at) {
        return update("Cannot export the report queue", ReportingSql.TAKE_QUEUED, values(rosterId, Timestamp.from(at)));
    }

    @Override
    public void completeExport(long rosterId, int entryCount, String csvSha256) {
        update(
                "Cannot update roster " + rosterId,
                ReportingSql.COMPLETE_EXPORT,
                values(entryCount, csvSha256, rosterId));
    }

    @Override
    public Optional<Roster> roster(long id) {
        return query(
                        "Cannot read roster " + id,
                        ReportingSql.ROSTER_BY_ID,
                        ps -> ps.setLong(1, id),
                        JdbcReportingRepository::mapRoster)
                .stream()
                .findFirst();
    }

    @Override
    public List<Roster> rosters(Long beforeId, int limit) {
        return query(
                "Cannot read rosters",
                ReportingSql.ROSTERS,
                ps -> {
                    ps.setLong(1, beforeId == null ? Long.MAX_VALUE : beforeId);
                    ps.setInt(2, limit);
                },
                JdbcReportingRepository::mapRoster);
    }

    @Override
    public List<ReportEntry> entriesOf(long rosterId) {
        return query(
                "Cannot read roster " + rosterId,
                ReportingSql.ENTRIES_OF_ROSTER,
                ps -> ps.setLong(1, rosterId),
                JdbcReportingRepository::mapEntry);
    }

    @Override
    public void forEachEntryOf(long rosterId, Consumer<ReportEntry> action) {
        forEach(
                "Cannot read roster " + rosterId,
                ReportingSql.ENTRIES_OF_ROSTER,
                ps -> ps.setLong(1, rosterId),
                ROWS_PER_FETCH,
                JdbcReportingRepository::mapEntry,
                action);
    }

    @Override
    public boolean markSubmitted(long rosterId, Instant at, String by, String tcoleReference) {
        String failure = "Cannot mark roster " + rosterId + " submitted";
        if (update(
                        failure,
                        ReportingSql.MARK_ROSTER_SUBMITTED,
                        values(Timestamp.from(at), by, tcoleReference, rosterId))
                == 0) {
            return false;
        }
        update(failure, ReportingSql.MARK_ENTRIES_SUBMITTED, values(Timestamp.from(at), rosterId));
        return true;
    }

    @Override
    public boolean markAccepted(long rosterId, Instant at, String by) {
        String failure = "Cannot mark roster " + rosterId + " accepted";
        if (update(failure, ReportingSql.MARK_ROSTER_ACCEPTED, values(Timestamp.from(at), by, rosterId)) == 0) {
            return false;
        }
        update(failure, ReportingSql.MARK_ENTRIES_ACCEPTED, values(Timestamp.from(at), rosterId));
        return true;
    }

    /** Binds {@code params} to parameters 1, 2, ... in order. */
    private static Jdbc.Binder values(Object... params) {
        return ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
        };
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String instructors(RecordSnapshot r) {
        return r.instructors().isEmpty() ? null : String.join(",", r.instructors());
    }

    private static long nextId(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static ReportEntry mapEntry(ResultSet rs) throws SQLException {
        Date started = rs.getDate("started_on");
        String instructors = rs.getString("instructors");
        RecordSnapshot record = new RecordSnapshot(
                rs.getString("pid"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("agency"),
                rs.getString("tcole_number"),
                rs.getString("course_title"),
                Delivery.valueOf(rs.getString("delivery")),
                rs.getDate("completed_on").toLocalDate(),
                started == null ? null : started.toLocalDate(),
                rs.getInt("credit_hours"),
                instructors == null || instructors.isBlank() ? List.of() : Arrays.asList(instructors.split(",")),
                moduleOf(rs));
        return new ReportEntry(
                rs.getLong("id"),
                rs.getLong("completion_id"),
                rs.getLong("learner_id"),
                EntryKind.valueOf(rs.getString("kind")),
                record,
                rs.getInt("revision"),
                EntryStatus.valueOf(rs.getString("status")),
                nullableLong(rs, "roster_id"),
                nullableLong(rs, "corrects_entry_id"),
                rs.getDate("due_from").toLocalDate(),
                rs.getString("notes"),
                rs.getString("status_reason"),
                rs.getTimestamp("queued_at").toInstant(),
                rs.getTimestamp("status_changed_at").toInstant(),
                rs.getString("origin"));
    }

    /** An original's notes are its 3312 module description; a correction's notes say what it corrects. */
    private static String moduleOf(ResultSet rs) throws SQLException {
        String notes = rs.getString("notes");
        return notes != null && EntryKind.ORIGINAL.name().equals(rs.getString("kind")) ? notes : "";
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Roster mapRoster(ResultSet rs) throws SQLException {
        Timestamp submitted = rs.getTimestamp("reported_at");
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new Roster(
                rs.getLong("id"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getInt("entry_count"),
                submitted == null ? null : submitted.toInstant(),
                rs.getString("reported_by"),
                rs.getString("tcole_reference"),
                accepted == null ? null : accepted.toInstant(),
                rs.getString("accepted_by"),
                rs.getString("columns_spec"),
                rs.getString("headers_spec"),
                rs.getString("csv_sha256"));
    }
}
