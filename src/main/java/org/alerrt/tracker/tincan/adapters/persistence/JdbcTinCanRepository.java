package org.alerrt.tracker.tincan.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.platform.persistence.PersistenceException;
import org.alerrt.tracker.tincan.domain.TinCanActivity;
import org.alerrt.tracker.tincan.domain.TinCanLaunch;
import org.alerrt.tracker.tincan.domain.TinCanRepository;
import org.alerrt.tracker.tincan.domain.TinCanStructure;

/** Tin Can activities and launches over plain JDBC, joining the caller's JTA transaction. */
@ApplicationScoped
public class JdbcTinCanRepository extends JdbcRepository implements TinCanRepository {

    private static final String CANNOT_READ = "Cannot read Tin Can data";
    private static final String CANNOT_UPDATE = "Cannot update Tin Can data";

    public JdbcTinCanRepository() {}

    /** For tests without a container. */
    public JdbcTinCanRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void insertActivities(long versionId, TinCanStructure structure) {
        TinCanActivity launched = structure.launched().orElse(null);
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(TinCanSql.INSERT_ACTIVITY)) {
            int seq = 0;
            for (TinCanActivity a : structure.activities()) {
                ps.setLong(1, versionId);
                ps.setInt(2, seq++);
                ps.setString(3, a.id());
                ps.setString(4, a.type());
                ps.setString(5, a.name().toJson().toString());
                ps.setString(6, a.description().toJson().toString());
                ps.setString(7, a.launch());
                ps.setString(8, a.launchLang());
                ps.setBoolean(9, a == launched);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot store the Tin Can activities", e);
        }
    }

    @Override
    public TinCanStructure structure(long versionId) {
        return new TinCanStructure(query(
                CANNOT_READ,
                TinCanSql.ACTIVITIES,
                ps -> ps.setLong(1, versionId),
                rs -> new TinCanActivity(
                        rs.getString(1),
                        rs.getString(2),
                        LangString.fromJson(rs.getString(3)),
                        LangString.fromJson(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6))));
    }

    @Override
    public void insertLaunch(TinCanLaunch l) {
        update(CANNOT_UPDATE, TinCanSql.INSERT_LAUNCH, ps -> {
            ps.setString(1, l.launchId());
            ps.setString(2, l.registration());
            ps.setString(3, l.credentialKey());
            ps.setObject(4, l.launchedAt());
            ps.setObject(5, l.expiresAt());
        });
    }

    @Override
    public List<TinCanLaunch> openLaunchesForUpdate(String registration) {
        return query(
                CANNOT_READ,
                TinCanSql.OPEN_LAUNCHES_FOR_UPDATE,
                ps -> ps.setString(1, registration),
                JdbcTinCanRepository::launch);
    }

    @Override
    public boolean endLaunch(String launchId, OffsetDateTime at) {
        return update(CANNOT_UPDATE, TinCanSql.END_LAUNCH, ps -> {
                    ps.setObject(1, at);
                    ps.setString(2, launchId);
                })
                > 0;
    }

    @Override
    public Optional<TinCanLaunch> launchByCredential(String credentialKey) {
        return query(
                        CANNOT_READ,
                        TinCanSql.LAUNCH_BY_CREDENTIAL,
                        ps -> ps.setString(1, credentialKey),
                        JdbcTinCanRepository::launch)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<String> latestRegistration(long courseId, long learnerId) {
        return query(
                        CANNOT_READ,
                        TinCanSql.LATEST_REGISTRATION,
                        ps -> {
                            ps.setLong(1, courseId);
                            ps.setLong(2, learnerId);
                        },
                        rs -> rs.getString(1))
                .stream()
                .findFirst();
    }

    private static TinCanLaunch launch(ResultSet rs) throws SQLException {
        return new TinCanLaunch(
                rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.utc(rs, 4), Jdbc.utc(rs, 5), Jdbc.utc(rs, 6));
    }
}
