package org.alerrt.tracker.upstream.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.upstream.domain.PullCheckpoint;
import org.alerrt.tracker.upstream.domain.PullFilters;
import org.alerrt.tracker.upstream.domain.PulledPage;
import org.alerrt.tracker.upstream.domain.Upstream;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;
import org.alerrt.tracker.upstream.domain.UpstreamRepository;

/** Upstreams and their checkpoints over plain JDBC, in the caller's JTA transaction. */
@ApplicationScoped
public class JdbcUpstreamRepository extends JdbcRepository implements UpstreamRepository {

    private static final String CANNOT_READ = "Cannot read upstreams";
    private static final String CANNOT_WRITE = "Cannot write upstreams";
    private static final RunLogSql RUNS = RunLogSql.of("upstream_pull_checkpoint");

    public JdbcUpstreamRepository() {}

    /** For tests without a container. */
    public JdbcUpstreamRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public long insert(UpstreamDefinition d, String sealedSecret, Instant now) {
        try (Connection c = dataSource().getConnection()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement(UpstreamSql.NEXT_ID);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement(UpstreamSql.INSERT)) {
                ps.setLong(1, id);
                int next = bindDefinition(ps, 2, d, sealedSecret);
                Jdbc.setInstant(ps, next, now);
                Jdbc.setInstant(ps, next + 1, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(UpstreamSql.INSERT_CHECKPOINT)) {
                ps.setLong(1, id);
                Jdbc.setInstant(ps, 2, now);
                ps.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw failure(CANNOT_WRITE, e);
        }
    }

    @Override
    public boolean update(long id, UpstreamDefinition d, String sealedSecret, Instant now) {
        return update(CANNOT_WRITE, UpstreamSql.UPDATE, ps -> {
                    int next = bindDefinition(ps, 1, d, sealedSecret);
                    Jdbc.setInstant(ps, next, now);
                    ps.setLong(next + 1, id);
                })
                == 1;
    }

    @Override
    public void fromFile(long id, boolean fromFile) {
        update(CANNOT_WRITE, UpstreamSql.SET_FROM_FILE, ps -> {
            ps.setBoolean(1, fromFile);
            ps.setLong(2, id);
        });
    }

    @Override
    public boolean delete(long id) {
        return update(CANNOT_WRITE, UpstreamSql.DELETE, ps -> ps.setLong(1, id)) == 1;
    }

    @Override
    public Optional<Upstream> find(long id) {
        return queryOne(CANNOT_READ, UpstreamSql.BY_ID, ps -> ps.setLong(1, id), JdbcUpstreamRepository::map);
    }

    @Override
    public Optional<Upstream> findByName(String name) {
        return queryOne(CANNOT_READ, UpstreamSql.BY_NAME, ps -> ps.setString(1, name), JdbcUpstreamRepository::map);
    }

    @Override
    public List<Upstream> list() {
        return query(CANNOT_READ, UpstreamSql.ALL, ps -> {}, JdbcUpstreamRepository::map);
    }

    @Override
    public Optional<PullCheckpoint> checkpoint(long upstreamId) {
        return queryOne(
                CANNOT_READ,
                UpstreamSql.CHECKPOINT,
                ps -> ps.setLong(1, upstreamId),
                rs -> new PullCheckpoint(
                        rs.getLong(1),
                        Jdbc.instant(rs, 2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        Jdbc.instant(rs, 7),
                        Jdbc.instant(rs, 8),
                        rs.getString(9),
                        Jdbc.instant(rs, 10)));
    }

    @Override
    public boolean advance(long upstreamId, long expectedPageSeq, PulledPage page, int stored, Instant now) {
        return update(CANNOT_WRITE, UpstreamSql.ADVANCE, ps -> {
                    Jdbc.setInstant(ps, 1, page.lastStored());
                    ps.setString(2, page.lastStatementId());
                    ps.setString(3, page.more());
                    ps.setLong(4, stored);
                    Jdbc.setInstant(ps, 5, now);
                    ps.setLong(6, upstreamId);
                    ps.setLong(7, expectedPageSeq);
                })
                == 1;
    }

    @Override
    public void runStarted(long upstreamId, Instant now) {
        update(CANNOT_WRITE, RUNS.started(), RunLogSql.at(now, upstreamId));
    }

    @Override
    public void runSucceeded(long upstreamId, Instant now) {
        update(CANNOT_WRITE, RUNS.succeeded(), RunLogSql.at(now, upstreamId));
    }

    @Override
    public void runFailed(long upstreamId, String error, Instant now) {
        update(CANNOT_WRITE, RUNS.failed(), RunLogSql.failure(error, now, upstreamId));
    }

    /** The definition's columns from {@code index} on, in INSERT/UPDATE order; the next free index. */
    private static int bindDefinition(PreparedStatement ps, int index, UpstreamDefinition d, String sealedSecret)
            throws SQLException {
        PullFilters f = d.filters();
        ps.setString(index, d.name());
        ps.setString(index + 1, d.endpoint().toString());
        ps.setString(index + 2, d.key());
        ps.setString(index + 3, sealedSecret);
        ps.setString(index + 4, d.version().header());
        ps.setBoolean(index + 5, d.pullEnabled());
        ps.setString(index + 6, f.activity());
        ps.setBoolean(index + 7, f.relatedActivities());
        ps.setString(index + 8, f.verb());
        Jdbc.setInstant(ps, index + 9, f.since());
        ps.setInt(index + 10, d.pollSeconds());
        return index + 11;
    }

    private static Upstream map(ResultSet rs) throws SQLException {
        UpstreamDefinition d = new UpstreamDefinition(
                rs.getString(2),
                URI.create(rs.getString(3)),
                rs.getString(4),
                UpstreamDefinition.version(rs.getString(6)),
                rs.getBoolean(7),
                new PullFilters(rs.getString(8), rs.getBoolean(9), rs.getString(10), Jdbc.instant(rs, 11)),
                rs.getInt(12));
        return new Upstream(rs.getLong(1), d, rs.getString(5), Jdbc.instant(rs, 13), rs.getBoolean(14));
    }
}
