package org.alerrt.tracker.cmi5.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.cmi5.domain.LaunchCredential;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRepository;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRules.Kind;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.JdbcRepository;

/** JDBC on cmi5_session and tincan_launch for launch credentials ({@link LaunchCredentialSql}). */
@ApplicationScoped
public class JdbcLaunchCredentialRepository extends JdbcRepository implements LaunchCredentialRepository {

    private static final String QUERY_FAILED = "launch credential query failed";

    @Override
    public Optional<LaunchCredential> find(Kind kind, String credentialKey) {
        String sql = kind == Kind.CMI5_SESSION ? LaunchCredentialSql.SESSION : LaunchCredentialSql.LAUNCH;
        return query(QUERY_FAILED, sql, ps -> ps.setString(1, credentialKey), rs -> row(kind, rs)).stream()
                .findFirst();
    }

    @Override
    public void recordUse(LaunchCredential c, OffsetDateTime at, OffsetDateTime olderThan) {
        update(
                "launch credential update failed",
                c.kind() == Kind.CMI5_SESSION ? LaunchCredentialSql.SESSION_USED : LaunchCredentialSql.LAUNCH_USED,
                ps -> {
                    ps.setObject(1, at);
                    ps.setString(2, c.launchId());
                    ps.setObject(3, olderThan);
                });
    }

    @Override
    public List<LaunchCredential> idle(OffsetDateTime cutoff, int max) {
        List<LaunchCredential> out = new ArrayList<>(query(
                QUERY_FAILED,
                LaunchCredentialSql.IDLE_SESSIONS,
                ps -> {
                    ps.setObject(1, cutoff);
                    ps.setInt(2, max);
                },
                rs -> row(Kind.CMI5_SESSION, rs)));
        out.addAll(query(
                QUERY_FAILED,
                LaunchCredentialSql.IDLE_LAUNCHES,
                ps -> {
                    ps.setObject(1, cutoff);
                    ps.setInt(2, max);
                },
                rs -> row(Kind.TINCAN_LAUNCH, rs)));
        return out;
    }

    @Override
    public boolean lockIfIdle(LaunchCredential c, OffsetDateTime cutoff) {
        return !query(
                        QUERY_FAILED,
                        c.kind() == Kind.CMI5_SESSION
                                ? LaunchCredentialSql.LOCK_IDLE_SESSION
                                : LaunchCredentialSql.LOCK_IDLE_LAUNCH,
                        ps -> {
                            ps.setString(1, c.launchId());
                            ps.setObject(2, cutoff);
                        },
                        rs -> rs.getString(1))
                .isEmpty();
    }

    @Override
    public List<String> credentialsOfCourse(long courseId) {
        return query(
                QUERY_FAILED,
                LaunchCredentialSql.CREDENTIALS_OF_COURSE,
                ps -> {
                    ps.setLong(1, courseId);
                    ps.setLong(2, courseId);
                },
                rs -> rs.getString(1));
    }

    private static LaunchCredential row(Kind kind, ResultSet rs) throws SQLException {
        return new LaunchCredential(
                kind,
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getBoolean(4),
                Jdbc.utc(rs, 5),
                Jdbc.utc(rs, 6),
                kind == Kind.TINCAN_LAUNCH ? Jdbc.utc(rs, 7) : null);
    }
}
