package org.alerrt.tracker.upstream.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.upstream.domain.DeadLetter;
import org.alerrt.tracker.upstream.domain.ForwardPosition;
import org.alerrt.tracker.upstream.domain.ForwardRepository;
import org.alerrt.tracker.upstream.domain.ForwardRule;
import org.alerrt.tracker.upstream.domain.ForwardSettings;

/** Forwarding positions and dead letters over plain JDBC, in the caller's JTA transaction. */
@ApplicationScoped
public class JdbcForwardRepository extends JdbcRepository implements ForwardRepository {

    private static final String CANNOT_READ = "Cannot read forwarding state";
    private static final String CANNOT_WRITE = "Cannot write forwarding state";
    private static final RunLogSql RUNS = RunLogSql.of("upstream_forward");

    public JdbcForwardRepository() {}

    /** For tests without a container. */
    public JdbcForwardRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public Optional<ForwardPosition> find(long upstreamId) {
        return queryOne(
                CANNOT_READ,
                ForwardSql.FIND,
                ps -> ps.setLong(1, upstreamId),
                rs -> new ForwardPosition(
                        rs.getLong(1),
                        new ForwardSettings(rs.getBoolean(2), rules(rs.getString(3))),
                        rs.getLong(4),
                        rs.getLong(5),
                        Jdbc.instant(rs, 6),
                        rs.getBoolean(7),
                        Jdbc.instant(rs, 8),
                        Jdbc.instant(rs, 9),
                        rs.getString(10),
                        Jdbc.instant(rs, 11),
                        rs.getLong(12)));
    }

    @Override
    public void configure(long upstreamId, ForwardSettings settings, Long position, Instant now) {
        String rules = json(settings.rules());
        if (find(upstreamId).isEmpty()) {
            update(CANNOT_WRITE, ForwardSql.INSERT, ps -> {
                ps.setLong(1, upstreamId);
                ps.setBoolean(2, settings.enabled());
                ps.setString(3, rules);
                ps.setLong(4, position == null ? 0 : position);
                Jdbc.setInstant(ps, 5, now);
            });
            return;
        }
        update(CANNOT_WRITE, ForwardSql.CONFIGURE, ps -> {
            ps.setBoolean(1, settings.enabled());
            ps.setString(2, rules);
            Jdbc.setInstant(ps, 3, now);
            ps.setLong(4, upstreamId);
        });
        if (position != null) {
            update(CANNOT_WRITE, ForwardSql.MOVE, ps -> {
                ps.setLong(1, position);
                Jdbc.setInstant(ps, 2, now);
                ps.setLong(3, upstreamId);
            });
        }
    }

    @Override
    public boolean advance(
            long upstreamId,
            long expectedPosition,
            long newPosition,
            Instant lastStored,
            int forwarded,
            boolean caughtUp,
            List<DeadLetter> deadLetters,
            Instant now) {
        int moved = update(CANNOT_WRITE, ForwardSql.ADVANCE, ps -> {
            ps.setLong(1, newPosition);
            Jdbc.setInstant(ps, 2, lastStored);
            ps.setInt(3, forwarded);
            ps.setBoolean(4, caughtUp);
            Jdbc.setInstant(ps, 5, now);
            ps.setLong(6, upstreamId);
            ps.setLong(7, expectedPosition);
        });
        if (moved != 1) {
            return false;
        }
        for (DeadLetter d : deadLetters) {
            add(d);
        }
        return true;
    }

    /** A statement dead-lettered before (retried, refused, then sent again from a reset position) keeps one row. */
    private void add(DeadLetter d) {
        int replaced = update(CANNOT_WRITE, ForwardSql.REPLACE_DEAD_LETTER, ps -> {
            ps.setLong(1, d.position());
            ps.setString(2, d.document());
            setInteger(ps, 3, d.httpStatus());
            ps.setString(4, d.error());
            Jdbc.setInstant(ps, 5, d.createdAt());
            ps.setLong(6, d.upstreamId());
            ps.setString(7, d.statementId());
        });
        if (replaced == 1) {
            return;
        }
        try (Connection c = dataSource().getConnection()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement(ForwardSql.NEXT_DEAD_LETTER_ID);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement(ForwardSql.INSERT_DEAD_LETTER)) {
                ps.setLong(1, id);
                ps.setLong(2, d.upstreamId());
                ps.setString(3, d.statementId());
                ps.setLong(4, d.position());
                ps.setString(5, d.document());
                setInteger(ps, 6, d.httpStatus());
                ps.setString(7, d.error());
                Jdbc.setInstant(ps, 8, d.createdAt());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure(CANNOT_WRITE, e);
        }
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

    @Override
    public List<DeadLetter> deadLetters(long upstreamId) {
        return query(
                CANNOT_READ,
                ForwardSql.DEAD_LETTERS,
                ps -> ps.setLong(1, upstreamId),
                JdbcForwardRepository::deadLetter);
    }

    @Override
    public Optional<DeadLetter> deadLetter(long upstreamId, long id) {
        return queryOne(
                CANNOT_READ,
                ForwardSql.DEAD_LETTER,
                ps -> {
                    ps.setLong(1, upstreamId);
                    ps.setLong(2, id);
                },
                JdbcForwardRepository::deadLetter);
    }

    @Override
    public void deadLetterRetried(long id, String document, Integer httpStatus, String error, Instant now) {
        update(CANNOT_WRITE, ForwardSql.RETRIED, ps -> {
            ps.setString(1, document);
            setInteger(ps, 2, httpStatus);
            ps.setString(3, error);
            Jdbc.setInstant(ps, 4, now);
            ps.setLong(5, id);
        });
    }

    @Override
    public boolean deleteDeadLetter(long upstreamId, long id) {
        return update(CANNOT_WRITE, ForwardSql.DELETE_DEAD_LETTER, ps -> {
                    ps.setLong(1, upstreamId);
                    ps.setLong(2, id);
                })
                == 1;
    }

    private static DeadLetter deadLetter(ResultSet rs) throws SQLException {
        int status = rs.getInt(6);
        return new DeadLetter(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.wasNull() ? null : status,
                rs.getString(7),
                Jdbc.instant(rs, 8),
                Jdbc.instant(rs, 9));
    }

    /** The rules as the column keeps them: a JSON array of {activity, verb}. */
    static String json(List<ForwardRule> rules) {
        JsonArrayBuilder a = CachedJson.arrayBuilder();
        for (ForwardRule r : rules) {
            var o = CachedJson.objectBuilder();
            if (r.activity() != null) {
                o.add("activity", r.activity());
            }
            if (r.verb() != null) {
                o.add("verb", r.verb());
            }
            a.add(o);
        }
        return a.build().toString();
    }

    static List<ForwardRule> rules(String json) {
        List<ForwardRule> rules = new ArrayList<>();
        try (JsonReader r = CachedJson.reader(new StringReader(json))) {
            JsonArray a = r.readArray();
            for (JsonValue v : a) {
                JsonObject o = v.asJsonObject();
                rules.add(new ForwardRule(o.getString("activity", null), o.getString("verb", null)));
            }
        }
        return rules;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
