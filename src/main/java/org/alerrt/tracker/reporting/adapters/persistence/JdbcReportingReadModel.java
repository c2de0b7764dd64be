package org.alerrt.tracker.reporting.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.reporting.api.ReportingAttention;
import org.alerrt.tracker.reporting.application.ReportingReadModel;
import org.alerrt.tracker.reporting.domain.EntryKind;
import org.alerrt.tracker.reporting.domain.EntryStatus;

@ApplicationScoped
public class JdbcReportingReadModel extends JdbcRepository implements ReportingReadModel {

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

    public JdbcReportingReadModel() {}

    /** For tests without a container. */
    public JdbcReportingReadModel(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public List<EntryState> entriesOfCompletion(long completionId) {
        return query(
                "Cannot read the report state of completion " + completionId,
                OF_COMPLETION,
                ps -> ps.setLong(1, completionId),
                rs -> new EntryState(
                        EntryStatus.valueOf(rs.getString(1)),
                        EntryKind.valueOf(rs.getString(2)),
                        instant(rs.getTimestamp(3))));
    }

    @Override
    public List<ReportingAttention> attention(List<Long> learnerIds, LocalDate lateIfFrom) {
        String sql = ATTENTION.formatted(learnerIds.stream().map(i -> "?").collect(Collectors.joining(",")));
        return query(
                "Cannot read the report entries that need action",
                sql,
                ps -> {
                    ps.setDate(1, Date.valueOf(lateIfFrom));
                    for (int i = 0; i < learnerIds.size(); i++) {
                        ps.setLong(i + 2, learnerIds.get(i));
                    }
                },
                rs -> new ReportingAttention(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
