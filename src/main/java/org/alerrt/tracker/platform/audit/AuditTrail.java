package org.alerrt.tracker.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.persistence.JdbcRepository;

/**
 * The append-only audit log of completions, certificates and report entries. {@link #record} joins the caller's
 * transaction (MANDATORY), so the change and its audit row commit or roll back together.
 */
@ApplicationScoped
public class AuditTrail extends JdbcRepository {

    public static final String SYSTEM = "system";
    static final int MAX_ACTOR = 200;
    static final int MAX_REASON = 1000;
    static final int MAX_DETAIL = 2000;

    private static final String INSERT = "INSERT INTO audit_entry (id, at, actor, subject_type, subject_id, action,"
            + " reason, detail) VALUES (nextval('audit_entry_seq'), ?, ?, ?, ?, ?, ?, ?)";
    private static final String OF_SUBJECT = "SELECT id, at, actor, subject_type, subject_id, action, reason, detail"
            + " FROM audit_entry WHERE subject_type = ? AND subject_id = ? ORDER BY id";
    private static final String RECENT = "SELECT id, at, actor, subject_type, subject_id, action, reason, detail"
            + " FROM audit_entry WHERE id < ? ORDER BY id DESC LIMIT ?";

    Clock clock = Clock.systemUTC();

    public AuditTrail() {}

    /** For tests without a container. */
    public AuditTrail(DataSource dataSource, Clock clock) {
        super(dataSource);
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String subjectType, long subjectId, String action, String reason, String detail) {
        recordAll(actor, subjectType, List.of(subjectId), action, reason, detail);
    }

    /** The same entry for each of many subjects (a roster export names every record it took), as one batch. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(
            String actor,
            String subjectType,
            Collection<Long> subjectIds,
            String action,
            String reason,
            String detail) {
        if (subjectType == null || subjectType.isBlank() || action == null || action.isBlank()) {
            throw new IllegalArgumentException("subject type and action are required");
        }
        Timestamp at = Timestamp.from(clock.instant());
        String who = clip(actor == null || actor.isBlank() ? SYSTEM : actor, MAX_ACTOR);
        String why = clip(reason, MAX_REASON);
        String what = clip(detail, MAX_DETAIL);
        batch(
                "Cannot write the audit entries for " + subjectIds.size() + " " + subjectType + " subjects",
                INSERT,
                subjectIds,
                (ps, subjectId) -> {
                    ps.setTimestamp(1, at);
                    ps.setString(2, who);
                    ps.setString(3, subjectType);
                    ps.setLong(4, subjectId);
                    ps.setString(5, action);
                    ps.setString(6, why);
                    ps.setString(7, what);
                });
    }

    /** One subject's history, oldest first. */
    public List<AuditEntry> of(String subjectType, long subjectId) {
        return query(
                "Cannot read the audit log of " + subjectType + " " + subjectId,
                OF_SUBJECT,
                ps -> {
                    ps.setString(1, subjectType);
                    ps.setLong(2, subjectId);
                },
                AuditTrail::entry);
    }

    /** Newest first, before {@code beforeId} (Long.MAX_VALUE for the first page). */
    public List<AuditEntry> recent(long beforeId, int limit) {
        return query(
                "Cannot read the audit log",
                RECENT,
                ps -> {
                    ps.setLong(1, beforeId);
                    ps.setInt(2, limit);
                },
                AuditTrail::entry);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
