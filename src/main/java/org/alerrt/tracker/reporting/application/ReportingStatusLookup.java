package org.alerrt.tracker.reporting.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.PersistenceException;
import org.alerrt.tracker.platform.persistence.TrackerDataSource;

/**
 * Reporting's published read model: the report state of one completion, empty when ALERRT does not report it
 * (indirect delivery, not credited, or not queued yet). The only way other contexts learn about reporting.
 */
@ApplicationScoped
public class ReportingStatusLookup {

    private static final String OF_COMPLETION = """
            SELECT e.status, r.reported_at FROM report_entry e LEFT JOIN roster r ON r.id = e.roster_id
            WHERE e.completion_id = ? ORDER BY e.id DESC""";

    @Resource(lookup = TrackerDataSource.JNDI_NAME)
    DataSource dataSource;

    public ReportingStatusLookup() {
    }

    public ReportingStatusLookup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The latest entry of the completion (a correction comes after its original). */
    public Optional<ReportingStatus> ofCompletion(long completionId) {
        try {
            List<ReportingStatus> found = Jdbc.query(dataSource, OF_COMPLETION, ps -> ps.setLong(1, completionId),
                    rs -> {
                        Timestamp reported = rs.getTimestamp(2);
                        return new ReportingStatus(completionId, rs.getString(1),
                                reported == null ? null : reported.toInstant());
                    });
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the report state of completion " + completionId, e);
        }
    }
}
