package org.alerrt.tracker.lrs.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.alerrt.tracker.lrs.api.LoggedStatement;
import org.alerrt.tracker.lrs.domain.ActivityDefinitions;
import org.alerrt.tracker.lrs.domain.DuplicateStatementIdException;
import org.alerrt.tracker.lrs.domain.ExistingStatement;
import org.alerrt.tracker.lrs.domain.FoundStatement;
import org.alerrt.tracker.lrs.domain.KnownStatementIds;
import org.alerrt.tracker.lrs.domain.StatementLinks;
import org.alerrt.tracker.lrs.domain.StatementPage;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.alerrt.tracker.lrs.domain.StatementStore;
import org.alerrt.tracker.lrs.domain.StoredStatement;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.platform.persistence.PersistenceException;

/**
 * Statements in one table with a JSON document and indexed filter columns (plain JDBC: batch inserts on the hot
 * path). Runs inside the caller's JTA transaction.
 */
@ApplicationScoped
public class JdbcStatementStore extends JdbcRepository implements StatementStore {

    public JdbcStatementStore() {}

    /** Without a container: the benchmark's write path with no server in between. */
    public JdbcStatementStore(DataSource dataSource) {
        super(dataSource);
    }

    /**
     * Inserts the statements with their agent, activity and StatementRef links, marks voided targets and updates
     * canonical Activity definitions: a fixed number of round trips per request (JDBC batches and set-based
     * look-ups), never one per statement.
     */
    @Override
    public void insert(List<StoredStatement> statements, Long credentialId, Set<String> voidedByStored) {
        try (Connection c = dataSource().getConnection()) {
            Map<String, Long> seqs = new HashMap<>();
            // seq is given (StoredOrder: the stored order), not generated: rows stored before it have identity values
            try (PreparedStatement ps = c.prepareStatement(StatementSql.INSERT)) {
                for (StoredStatement s : statements) {
                    ps.setString(1, s.id());
                    ps.setTimestamp(2, Timestamp.from(s.stored()));
                    ps.setString(3, s.actorIfi());
                    ps.setString(4, s.objectAgentIfi());
                    ps.setString(5, s.verbIri());
                    ps.setString(6, s.activityIri());
                    ps.setString(7, s.registration());
                    ps.setString(8, s.voidingTarget());
                    ps.setBoolean(9, !s.isVoiding() && voidedByStored.contains(s.id()));
                    if (credentialId == null) {
                        ps.setNull(10, Types.BIGINT);
                    } else {
                        ps.setLong(10, credentialId);
                    }
                    ps.setString(11, s.document().toString());
                    ps.setLong(12, s.seq());
                    ps.addBatch();
                    seqs.put(s.id(), s.seq());
                }
                ps.executeBatch();
            }
            insertLinks(c, statements, seqs);
            try (PreparedStatement ps = c.prepareStatement(StatementSql.MARK_VOIDED)) {
                int n = 0;
                for (StoredStatement s : statements) {
                    if (s.isVoiding()) {
                        ps.setString(1, s.voidingTarget());
                        ps.addBatch();
                        n++;
                    }
                }
                if (n > 0) {
                    ps.executeBatch();
                }
            }
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateStatementIdException(e);
            }
            throw new PersistenceException("Cannot store statements", e);
        }
    }

    private void insertLinks(Connection c, List<StoredStatement> statements, Map<String, Long> seqs)
            throws SQLException {
        Map<String, StatementLinks> links = new LinkedHashMap<>();
        for (StoredStatement s : statements) {
            links.put(s.id(), StatementLinks.of(s.document()));
        }
        Map<String, Set<String>> targets = refTargets(c, links);
        Map<String, JsonObject> definitions = new TreeMap<>(); // sorted: same lock order in every request
        try (PreparedStatement agents = c.prepareStatement(StatementSql.INSERT_AGENT);
                PreparedStatement activities = c.prepareStatement(StatementSql.INSERT_ACTIVITY);
                PreparedStatement refs = c.prepareStatement(StatementSql.INSERT_REF)) {
            int na = 0;
            int nb = 0;
            int nr = 0;
            for (var e : links.entrySet()) {
                long seq = seqs.get(e.getKey());
                StatementLinks l = e.getValue();
                for (StatementLinks.AgentLink a : l.agents()) {
                    agents.setLong(1, seq);
                    agents.setString(2, a.ifi());
                    agents.setString(3, a.usage());
                    agents.setString(4, a.name());
                    agents.addBatch();
                    na++;
                }
                for (StatementLinks.ActivityLink a : l.activities()) {
                    activities.setLong(1, seq);
                    activities.setString(2, a.iri());
                    activities.setString(3, a.usage());
                    activities.addBatch();
                    nb++;
                }
                for (String target : targets.getOrDefault(e.getKey(), Set.of())) {
                    refs.setLong(1, seq);
                    refs.setString(2, target);
                    refs.addBatch();
                    nr++;
                }
                l.definitions().forEach((id, d) -> definitions.merge(id, d, ActivityDefinitions::merge));
            }
            if (na > 0) {
                agents.executeBatch();
            }
            if (nb > 0) {
                activities.executeBatch();
            }
            if (nr > 0) {
                refs.executeBatch();
            }
        }
        mergeDefinitions(c, definitions);
    }

    /**
     * Each StatementRef statement's targets, flattened: its direct target plus everything that target targets
     * (stored earlier, or earlier in this request), so the §2.1.3.s3 recursion needs no recursive query.
     * A target stored after the statement that references it counts directly, not through its own targets.
     */
    private Map<String, Set<String>> refTargets(Connection c, Map<String, StatementLinks> links) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        Set<String> direct = new HashSet<>();
        links.values().forEach(l -> {
            if (l.refTarget() != null) {
                direct.add(l.refTarget());
            }
        });
        if (direct.isEmpty()) {
            return out;
        }
        Map<String, Set<String>> storedTargets = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(direct))) {
            try (PreparedStatement ps =
                    c.prepareStatement(StatementSql.inList(StatementSql.REF_TARGETS_PREFIX, chunk.size()))) {
                Jdbc.strings(chunk).bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        storedTargets
                                .computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                                .add(rs.getString(2));
                    }
                }
            }
        }
        for (var e : links.entrySet()) {
            String target = e.getValue().refTarget();
            if (target == null) {
                continue;
            }
            Set<String> all = new LinkedHashSet<>();
            all.add(target);
            all.addAll(storedTargets.getOrDefault(target, Set.of()));
            all.addAll(out.getOrDefault(target, Set.of())); // a target earlier in this request
            all.remove(e.getKey());
            out.put(e.getKey(), all);
        }
        return out;
    }

    /**
     * Writes only the definitions that are new or change the canonical one ({@link ActivityDefinitions#merge}: later
     * properties win, language maps add up). The upsert locks every row it meets, changed or not (PostgreSQL's ON
     * CONFLICT DO UPDATE), so upserting unchanged course activities made concurrent batches about the same courses
     * wait for each other's commit; a plain read first leaves them lock-free. The same definition sent again is
     * recognised by its text, without parsing. Two requests adding different languages to one activity at the same
     * moment both merge into what they read: the later commit wins that race.
     */
    private static void mergeDefinitions(Connection c, Map<String, JsonObject> definitions) throws SQLException {
        Map<String, JsonObject> incoming = new TreeMap<>(); // sorted: same lock order in every request
        for (var e : definitions.entrySet()) {
            if (e.getKey().length() <= 2000 && e.getValue().toString().length() <= 1_000_000) {
                incoming.put(e.getKey(), e.getValue()); // larger ones are not kept canonical: statements keep their own
            }
        }
        Map<String, String> changed = new TreeMap<>();
        Map<String, String> current = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(incoming.keySet()))) {
            try (PreparedStatement ps =
                    c.prepareStatement(StatementSql.inList(StatementSql.ACTIVITY_DEFINITIONS_PREFIX, chunk.size()))) {
                Jdbc.strings(chunk).bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        current.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        for (var e : incoming.entrySet()) {
            String json = e.getValue().toString();
            String stored = current.get(e.getKey());
            if (json.equals(stored)) {
                continue;
            }
            JsonObject merged = stored == null ? e.getValue() : ActivityDefinitions.merge(parse(stored), e.getValue());
            String mergedJson = merged.toString();
            if (!mergedJson.equals(stored) && mergedJson.length() <= 1_000_000) {
                changed.put(e.getKey(), mergedJson);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        boolean postgresql = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        try (PreparedStatement ps = c.prepareStatement(
                postgresql ? StatementSql.UPSERT_ACTIVITY_POSTGRESQL : StatementSql.MERGE_ACTIVITY)) {
            for (var e : changed.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.setTimestamp(3, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public Map<String, JsonObject> activityDefinitions(Collection<String> activityIds) {
        Map<String, JsonObject> found = new HashMap<>();
        if (activityIds.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource().getConnection()) {
            for (List<String> chunk : chunks(new ArrayList<>(activityIds))) {
                try (PreparedStatement ps = c.prepareStatement(
                        StatementSql.inList(StatementSql.ACTIVITY_DEFINITIONS_PREFIX, chunk.size()))) {
                    Jdbc.strings(chunk).bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), parse(rs.getString(2)));
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read activity definitions", e);
        }
    }

    @Override
    public List<String> agentNames(String ifi) {
        return query(
                "Cannot read agent names", StatementSql.AGENT_NAMES, ps -> ps.setString(1, ifi), rs -> rs.getString(1));
    }

    private static List<List<String>> chunks(List<String> list) {
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < list.size(); from += 500) {
            out.add(list.subList(from, Math.min(list.size(), from + 500)));
        }
        return out;
    }

    @Override
    public Map<String, ExistingStatement> findByIds(Collection<String> ids) {
        Map<String, ExistingStatement> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (List<String> chunk : chunks(new ArrayList<>(ids))) {
            String sql = StatementSql.inList(StatementSql.DOCUMENTS_BY_IDS_PREFIX, chunk.size());
            query(
                            "Cannot read statements",
                            sql,
                            Jdbc.strings(chunk),
                            rs -> Map.entry(
                                    rs.getString(1),
                                    new ExistingStatement(parse(rs.getString(2)), rs.getString(3) != null)))
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
        }
        return found;
    }

    @Override
    public KnownStatementIds lookUp(Collection<String> ids) {
        /* a row of StatementSql.knownIds: a stored statement (with its document), or an id a stored one voids */
        record Known(String id, String document, boolean voiding) {}
        Map<String, ExistingStatement> stored = new HashMap<>();
        Set<String> voided = new HashSet<>();
        for (List<String> chunk : chunks(new ArrayList<>(ids))) {
            List<Known> rows = query(
                    "Cannot read statements",
                    StatementSql.knownIds(chunk.size()),
                    Jdbc.strings(Stream.concat(chunk.stream(), chunk.stream()).toList()), // both branches
                    rs -> new Known(rs.getString(1), rs.getString(2), rs.getString(3) != null));
            for (Known k : rows) {
                if (k.document() == null) {
                    voided.add(k.id());
                } else {
                    stored.put(k.id(), new ExistingStatement(parse(k.document()), k.voiding()));
                }
            }
        }
        return new KnownStatementIds(stored, voided);
    }

    @Override
    public Optional<FoundStatement> findById(String id, Long credentialId) {
        return queryOne(
                "Cannot read statement " + id,
                credentialId == null ? StatementSql.BY_ID : StatementSql.BY_ID + StatementSql.AND_CREDENTIAL,
                ps -> {
                    ps.setString(1, id);
                    if (credentialId != null) {
                        ps.setLong(2, credentialId);
                    }
                },
                rs -> new FoundStatement(parse(rs.getString(1)), rs.getBoolean(2)));
    }

    @Override
    public List<LoggedStatement> after(long afterSeq, long beforeSeq, int limit) {
        return query(
                "Cannot read the statement log",
                StatementSql.AFTER,
                ps -> {
                    ps.setLong(1, afterSeq);
                    ps.setLong(2, beforeSeq);
                    ps.setInt(3, limit);
                },
                rs -> new LoggedStatement(rs.getLong(1), parse(rs.getString(2))));
    }

    @Override
    public StatementPage query(StatementQuery q) {
        StatementSql.Built built = StatementSql.query(q);
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(built.sql())) {
            for (int i = 0; i < built.params().size(); i++) {
                ps.setObject(i + 1, built.params().get(i));
            }
            List<JsonObject> docs = new ArrayList<>();
            long last = 0;
            boolean more = false;
            Instant newest = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (docs.size() == q.limit()) {
                        more = true;
                        break;
                    }
                    last = rs.getLong(1);
                    docs.add(parse(rs.getString(2)));
                    Instant stored = rs.getTimestamp(3).toInstant();
                    newest = newest == null || stored.isAfter(newest) ? stored : newest;
                }
            }
            return new StatementPage(docs, more, last, newest);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot query statements", e);
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader r = CachedJson.reader(new StringReader(json))) {
            return r.readObject();
        }
    }

    /** SQLState class 23505: unique_violation in PostgreSQL and H2. */
    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && "23505".equals(cause.getSQLState());
    }
}
