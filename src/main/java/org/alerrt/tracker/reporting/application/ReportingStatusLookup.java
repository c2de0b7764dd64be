package org.alerrt.tracker.reporting.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.PersistenceException;
import org.alerrt.tracker.platform.persistence.TrackerDataSource;

/**
 * Reporting's published read model: the report state of one completion, empty when ALERRT does not report it
 * (indirect delivery, not credited, or not queued yet), and the entries of officers that need an administrator.
 * The only way other contexts learn about reporting.
 */
@ApplicationScoped
public class ReportingStatusLookup {

    private static final String OF_COMPLETION = """
            SELECT e.status, e.kind, r.reported_at FROM report_entry e LEFT JOIN roster r ON r.id = e.roster_id
            WHERE e.completion_id = ? ORDER BY e.id DESC""";

    /** Entries still with ALERRT whose clock started before {@code ?} are past the deadline. */
    private static final String ATTENTION = """
            SELECT learner_id,
                SUM(CASE WHEN due_from < ? THEN 1 ELSE 0 END),
                SUM(CASE WHEN status = 'REJECTED' THEN 1 ELSE 0 END)
            FROM report_entry WHERE status IN ('QUEUED', 'EXPORTED', 'REJECTED') AND learner_id IN (%s)
            GROUP BY learner_id""";

    @Resource(lookup = TrackerDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ReportingSettings settings;

    public ReportingStatusLookup() {}

    public ReportingStatusLookup(DataSource dataSource, ReportingSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** The latest entry's state, with the submission date of the newest record TCOLE holds. */
    public Optional<ReportingStatus> ofCompletion(long completionId) {
        record Row(String status, String kind, Timestamp submitted) {}
        try {
            List<Row> rows = Jdbc.query(
                    dataSource,
                    OF_COMPLETION,
                    ps -> ps.setLong(1, completionId),
                    rs -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3)));
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Timestamp reported = rows.stream()
                    .filter(r -> !"WITHDRAW".equals(r.kind())
                            && ("SUBMITTED".equals(r.status()) || "ACCEPTED".equals(r.status())))
                    .map(Row::submitted)
                    .findFirst()
                    .orElse(null);
            return Optional.of(new ReportingStatus(
                    completionId, rows.get(0).status(), reported == null ? null : reported.toInstant()));
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the report state of completion " + completionId, e);
        }
    }

    /** Officers among {@code learnerIds} with overdue or rejected entries; absent when none. */
    public Map<Long, ReportingAttention> attentionOf(Collection<Long> learnerIds, LocalDate today) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(learnerIds);
        String sql = ATTENTION.formatted(ids.stream().map(i -> "?").collect(Collectors.joining(",")));
        LocalDate lateIfFrom = today.minusDays(settings.deadline().deadlineDays());
        try {
            Map<Long, ReportingAttention> result = new HashMap<>();
            Jdbc.query(
                            dataSource,
                            sql,
                            ps -> {
                                ps.setDate(1, Date.valueOf(lateIfFrom));
                                for (int i = 0; i < ids.size(); i++) {
                                    ps.setLong(i + 2, ids.get(i));
                                }
                            },
                            rs -> new ReportingAttention(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                    .stream()
                    .filter(a -> a.overdue() > 0 || a.rejected() > 0)
                    .forEach(a -> result.put(a.learnerId(), a));
            return result;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the report entries that need action", e);
        }
    }
}
