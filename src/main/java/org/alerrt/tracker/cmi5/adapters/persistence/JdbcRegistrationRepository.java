package org.alerrt.tracker.cmi5.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.LaunchMode;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.LmsActivityIds;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.SessionFacts;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.JdbcRepository;

/** Registrations and sessions over plain JDBC on the JTA datasource (joins the caller's transaction). */
@ApplicationScoped
public class JdbcRegistrationRepository extends JdbcRepository implements RegistrationRepository {

    private static final String QUERY_FAILED = "cmi5 registration query failed";
    private static final String UPDATE_FAILED = "cmi5 registration update failed";

    @Override
    public boolean insert(Registration r, String createdBy) {
        if (!query(QUERY_FAILED, RegistrationSql.EXISTS, ps -> ps.setString(1, r.registration()), rs -> 1)
                .isEmpty()) {
            return false;
        }
        update(UPDATE_FAILED, RegistrationSql.INSERT_REGISTRATION, ps -> {
            ps.setString(1, r.registration());
            ps.setLong(2, r.courseId());
            ps.setInt(3, r.version());
            ps.setLong(4, r.learnerId());
            ps.setString(5, r.actor());
            ps.setObject(6, r.createdAt());
            ps.setString(7, createdBy);
        });
        return true;
    }

    @Override
    public Optional<Registration> find(String registration) {
        return queryOne(
                QUERY_FAILED, RegistrationSql.REGISTRATION, ps -> ps.setString(1, registration), this::registration);
    }

    @Override
    public Optional<Registration> findForUpdate(String registration) {
        return queryOne(
                QUERY_FAILED,
                RegistrationSql.REGISTRATION_FOR_UPDATE,
                ps -> ps.setString(1, registration),
                this::registration);
    }

    @Override
    public List<Registration> ofLearner(long learnerId) {
        return query(QUERY_FAILED, RegistrationSql.OF_LEARNER, ps -> ps.setLong(1, learnerId), this::registration);
    }

    private Registration registration(ResultSet rs) throws SQLException {
        return new Registration(
                rs.getString(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class));
    }

    @Override
    public Map<String, AuProgress> progress(String registration) {
        Map<String, AuProgress> out = new HashMap<>();
        query(
                QUERY_FAILED,
                RegistrationSql.PROGRESS,
                ps -> ps.setString(1, registration),
                rs -> out.put(
                        rs.getString(1),
                        new AuProgress(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5))));
        return out;
    }

    @Override
    public void saveProgress(String registration, String auId, AuProgress p) {
        Jdbc.Binder bind = ps -> {
            ps.setBoolean(1, p.completed());
            ps.setBoolean(2, p.passed());
            ps.setBoolean(3, p.failed());
            ps.setBoolean(4, p.waived());
            ps.setString(5, registration);
            ps.setString(6, LmsActivityIds.key(auId));
        };
        if (update(UPDATE_FAILED, RegistrationSql.UPDATE_PROGRESS, bind) == 0) {
            update(UPDATE_FAILED, RegistrationSql.INSERT_PROGRESS, ps -> {
                bind.bind(ps);
                ps.setString(7, auId);
            });
        }
    }

    @Override
    public Set<String> satisfied(String registration) {
        return new HashSet<>(query(
                QUERY_FAILED, RegistrationSql.SATISFIED, ps -> ps.setString(1, registration), rs -> rs.getString(1)));
    }

    @Override
    public void markSatisfied(String registration, String nodeId, String statementId) {
        update(UPDATE_FAILED, RegistrationSql.INSERT_SATISFIED, ps -> {
            ps.setString(1, registration);
            ps.setString(2, LmsActivityIds.key(nodeId));
            ps.setString(3, nodeId);
            ps.setString(4, statementId);
        });
    }

    @Override
    public void insertSession(AuSession s, String tokenHash) {
        update(UPDATE_FAILED, RegistrationSql.INSERT_SESSION, ps -> {
            ps.setString(1, s.sessionId());
            ps.setString(2, s.registration());
            ps.setString(3, LmsActivityIds.key(s.auId()));
            ps.setString(4, s.auId());
            ps.setString(5, s.launchMode().name());
            ps.setString(6, s.state().name());
            ps.setString(7, tokenHash);
            ps.setObject(8, s.tokenExpires());
            ps.setObject(9, s.launchedAt());
        });
    }

    @Override
    public Optional<AuSession> session(String sessionId) {
        return queryOne(QUERY_FAILED, RegistrationSql.SESSION, ps -> ps.setString(1, sessionId), this::session);
    }

    @Override
    public List<AuSession> activeSessions(String registration, String auId) {
        return query(
                QUERY_FAILED,
                RegistrationSql.ACTIVE_SESSIONS,
                ps -> {
                    ps.setString(1, registration);
                    ps.setString(2, LmsActivityIds.key(auId));
                },
                this::session);
    }

    @Override
    public Optional<AuSession> sessionByCredential(String credentialKey) {
        return queryOne(
                QUERY_FAILED,
                RegistrationSql.SESSION_BY_CREDENTIAL,
                ps -> ps.setString(1, credentialKey),
                this::session);
    }

    @Override
    public Optional<AuSession> sessionByToken(String tokenHash) {
        return queryOne(
                QUERY_FAILED, RegistrationSql.SESSION_BY_TOKEN, ps -> ps.setString(1, tokenHash), this::session);
    }

    private AuSession session(ResultSet rs) throws SQLException {
        return new AuSession(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                LaunchMode.valueOf(rs.getString(4)),
                AuSession.State.valueOf(rs.getString(5)),
                rs.getBoolean(6),
                rs.getString(7),
                Jdbc.utc(rs, 8),
                Jdbc.utc(rs, 9));
    }

    @Override
    public boolean markFetched(String sessionId, String credentialKey) {
        return update(UPDATE_FAILED, RegistrationSql.MARK_FETCHED, ps -> {
                    ps.setString(1, credentialKey);
                    ps.setString(2, sessionId);
                })
                == 1;
    }

    @Override
    public boolean endSession(String sessionId, AuSession.State state, OffsetDateTime at) {
        return 1
                == update(UPDATE_FAILED, RegistrationSql.END_SESSION, ps -> {
                    ps.setString(1, state.name());
                    ps.setObject(2, at);
                    ps.setString(3, sessionId);
                });
    }

    @Override
    public Optional<SessionFacts> sessionFactsForUpdate(String sessionId) {
        return queryOne(
                        QUERY_FAILED,
                        RegistrationSql.SESSION_FACTS_FOR_UPDATE,
                        ps -> ps.setString(1, sessionId),
                        rs -> {
                            AuSession s = session(rs);
                            Set<String> verbs = new HashSet<>();
                            for (String name : rs.getString(12).split(" ")) {
                                SessionFacts.AU_VERBS.stream()
                                        .filter(v -> !name.isEmpty() && v.endsWith("/" + name))
                                        .forEach(verbs::add);
                            }
                            return new SessionFacts(
                                    s, null, rs.getString(10), rs.getBigDecimal(11), verbs, rs.getBoolean(13), null);
                        })
                .map(f -> {
                    Registration r = find(f.session().registration()).orElseThrow();
                    AuProgress p =
                            progress(r.registration()).getOrDefault(f.session().auId(), AuProgress.NONE);
                    return new SessionFacts(
                            f.session(),
                            r.actorJson(),
                            f.auActivityId(),
                            f.masteryScore(),
                            f.verbsUsed(),
                            f.preferencesRead(),
                            p);
                });
    }

    @Override
    public void recordLaunch(String sessionId, String auActivityId, BigDecimal masteryScore) {
        update(UPDATE_FAILED, RegistrationSql.RECORD_LAUNCH, ps -> {
            ps.setString(1, auActivityId);
            ps.setBigDecimal(2, masteryScore);
            ps.setString(3, sessionId);
        });
    }

    @Override
    public void recordVerbs(String sessionId, Set<String> verbs) {
        String names = verbs.stream()
                .map(v -> v.substring(v.lastIndexOf('/') + 1))
                .sorted()
                .collect(Collectors.joining(" "));
        update(UPDATE_FAILED, RegistrationSql.RECORD_VERBS, ps -> {
            ps.setString(1, names);
            ps.setString(2, sessionId);
        });
    }

    @Override
    public void markPreferencesRead(String sessionId) {
        update(UPDATE_FAILED, RegistrationSql.MARK_PREFERENCES_READ, ps -> ps.setString(1, sessionId));
    }
}
