package org.alerrt.tracker.bench;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.lrs.domain.StatementLinks;
import org.alerrt.tracker.lrs.domain.StoredStatement;
import org.alerrt.tracker.platform.json.CachedJson;
import org.postgresql.PGConnection;

/**
 * What PostgreSQL would spend per statement on other storage layouts of the same statements, and what their filtered
 * queries would cost (issue 15's "link tables vs arrays with GIN" and "binary COPY" leads; COPY in its text format
 * here). Each layout is built in
 * the schema {@code bench_alt} from the application's own tables ({@code LIKE … INCLUDING ALL}: the same columns and
 * indexes), filled with the same prepared rows (the application's {@code StoredStatement} and {@code StatementLinks})
 * in transactions of one batch, from as many connections as the API run had clients. Only the rows are written: the
 * look-ups before them (ids already stored, voided targets, activity definitions) are the same in every layout.
 */
public final class SchemaAlternatives {

    public enum Layout {
        LINKS("today's: the statement row, agent and activity link rows (JDBC batches)", false),
        LINKS_COPY("today's tables, every row sent with COPY FROM STDIN", true),
        ARRAYS("the statement row with agent and activity arrays, GIN-indexed; no link rows", false),
        ARRAYS_COPY("arrays with GIN, the rows sent with COPY FROM STDIN", true),
        ARRAYS_NAMES(
                "arrays with GIN, and the agents' names (for the Agents resource) as distinct (IFI, name) rows"
                        + " inserted unless there",
                false),
        STATEMENT_ONLY("the statement row and its own indexes only: the floor of any link layout", false);

        final String description;
        final boolean copy;

        Layout(String description, boolean copy) {
            this.description = description;
            this.copy = copy;
        }

        boolean links() {
            return this == LINKS || this == LINKS_COPY;
        }

        boolean arrays() {
            return this == ARRAYS || this == ARRAYS_COPY || this == ARRAYS_NAMES;
        }
    }

    /**
     * A statement as the store would write it (the columns of {@code StoredStatement}, the document as text, so a
     * million fit in the heap), its links, and the arrays the ARRAYS layouts keep instead of link rows.
     */
    public record Row(
            StoredStatement columns,
            String document,
            List<StatementLinks.AgentLink> agentLinks,
            List<StatementLinks.ActivityLink> activityLinks,
            String[] agents,
            String[] activities) {}

    /** The values the queries ask for: a usage ("ACTOR", "PARENT", …) to the distinct identifiers seen with it. */
    public record Prepared(List<Row> rows, Map<String, List<String>> valuesByUsage) {}

    private static final String SCHEMA = "bench_alt";

    private SchemaAlternatives() {}

    public static Prepared prepare(StatementFactory factory, int statements, JsonObject authority) {
        List<Row> rows = new ArrayList<>(statements);
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < statements; i++) {
            StatementFactory.Generated g = factory.next();
            JsonObject doc;
            try (var r = CachedJson.reader(new StringReader(g.json()))) {
                doc = r.readObject();
            }
            StoredStatement s = StoredStatement.prepare(doc, g.id(), i + 1L, authority, XapiVersion.V1_0_3);
            StatementLinks l = StatementLinks.of(s.document());
            Set<String> agents = new LinkedHashSet<>();
            for (StatementLinks.AgentLink a : l.agents()) {
                agents.add(a.ifi()); // related_agents: any usage
                if (StatementLinks.AGENT_USAGES.contains(a.usage())) {
                    agents.add("=" + a.ifi()); // the plain agent filter: actor or object
                }
                values.computeIfAbsent(a.usage(), k -> new LinkedHashSet<>()).add(a.ifi());
            }
            Set<String> activities = new LinkedHashSet<>();
            for (StatementLinks.ActivityLink a : l.activities()) {
                activities.add(a.iri());
                values.computeIfAbsent(a.usage(), k -> new LinkedHashSet<>()).add(a.iri());
            }
            StoredStatement columns = new StoredStatement(
                    s.id(),
                    s.seq(),
                    s.stored(),
                    null,
                    s.actorIfi(),
                    s.objectAgentIfi(),
                    s.verbIri(),
                    s.activityIri(),
                    s.registration(),
                    s.voidingTarget());
            rows.add(new Row(
                    columns,
                    s.document().toString(),
                    l.agents(),
                    l.activities(),
                    agents.toArray(String[]::new),
                    activities.toArray(String[]::new)));
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        values.forEach((k, v) -> lists.put(k, new ArrayList<>(v)));
        return new Prepared(rows, lists);
    }

    /** (Re)creates the layout's tables in {@code bench_alt}, empty. */
    public static void create(Connection c, Layout layout) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
            st.execute("CREATE TABLE " + SCHEMA + ".statement (LIKE public.xapi_statement INCLUDING ALL)");
            if (layout.links()) {
                st.execute("CREATE TABLE " + SCHEMA + ".agent (LIKE public.xapi_statement_agent INCLUDING ALL)");
                st.execute("CREATE TABLE " + SCHEMA + ".activity (LIKE public.xapi_statement_activity INCLUDING ALL)");
            }
            if (layout.arrays()) {
                st.execute("ALTER TABLE " + SCHEMA + ".statement ADD COLUMN agents text[] NOT NULL,"
                        + " ADD COLUMN activities text[] NOT NULL");
                st.execute("CREATE INDEX statement_agents_gin ON " + SCHEMA + ".statement USING gin (agents)");
                st.execute("CREATE INDEX statement_activities_gin ON " + SCHEMA + ".statement USING gin (activities)");
            }
            if (layout == Layout.ARRAYS_NAMES) {
                st.execute("CREATE TABLE " + SCHEMA + ".agent_name (agent_ifi VARCHAR(600) NOT NULL,"
                        + " agent_name VARCHAR(400) NOT NULL, PRIMARY KEY (agent_ifi, agent_name))");
            }
            // vacuum is measured on its own (vacuum()), not whenever autovacuum happens to start during a fill
            for (String t : layout.links()
                    ? List.of("statement", "agent", "activity")
                    : layout == Layout.ARRAYS_NAMES ? List.of("statement", "agent_name") : List.of("statement")) {
                st.execute("ALTER TABLE " + SCHEMA + "." + t + " SET (autovacuum_enabled = false)");
            }
        }
    }

    public static void drop(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    /** Writes every row in transactions of {@code batch} statements from {@code clients} connections. */
    public static LrsClient.IngestResult fill(
            String jdbcUrl,
            String user,
            String password,
            Layout layout,
            List<Row> rows,
            int batch,
            int clients,
            Runnable atStart,
            Runnable atEnd)
            throws Exception {
        List<Connection> connections = ConnectionWorkers.open(jdbcUrl, user, password, clients, false);
        Connection first = connections.get(0);
        return ConnectionWorkers.run(
                connections,
                (rows.size() + batch - 1) / batch,
                rows.size(),
                batch,
                (c, r) -> {
                    List<Row> part = rows.subList(r * batch, Math.min(rows.size(), (r + 1) * batch));
                    if (layout.copy) {
                        copy(c, layout, part);
                    } else {
                        insert(c, layout, part);
                    }
                    c.commit();
                },
                atStart,
                () -> {
                    if (layout.arrays()) {
                        mergePendingGinEntries(first);
                    }
                    atEnd.run();
                });
    }

    /**
     * GIN's fast update only defers the index work to a pending list, which every query then scans until it is
     * merged: the merge is part of the write's CPU (not of its rate).
     */
    private static void mergePendingGinEntries(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT gin_clean_pending_list('" + SCHEMA + ".statement_agents_gin'),"
                    + " gin_clean_pending_list('" + SCHEMA + ".statement_activities_gin')");
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String STATEMENT_COLUMNS = "statement_id, stored, actor_ifi, object_agent_ifi, verb_iri,"
            + " activity_iri, registration, voiding_target, voided, credential_id, document, seq";

    private static void insert(Connection c, Layout layout, List<Row> rows) throws SQLException {
        boolean arrays = layout.arrays();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SCHEMA + ".statement (" + STATEMENT_COLUMNS
                + (arrays
                        ? ", agents, activities) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        : ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            for (Row row : rows) {
                StoredStatement s = row.columns();
                ps.setString(1, s.id());
                ps.setTimestamp(2, Timestamp.from(s.stored()));
                ps.setString(3, s.actorIfi());
                ps.setString(4, s.objectAgentIfi());
                ps.setString(5, s.verbIri());
                ps.setString(6, s.activityIri());
                ps.setString(7, s.registration());
                ps.setString(8, s.voidingTarget());
                ps.setBoolean(9, false);
                ps.setNull(10, Types.BIGINT);
                ps.setString(11, row.document());
                ps.setLong(12, s.seq());
                if (arrays) {
                    Array agents = c.createArrayOf("text", row.agents());
                    Array activities = c.createArrayOf("text", row.activities());
                    ps.setArray(13, agents);
                    ps.setArray(14, activities);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (layout == Layout.ARRAYS_NAMES) {
            // sorted: every transaction meets the keys in one order, or two deadlock on each other's new keys
            Map<String, String[]> names = new TreeMap<>();
            for (Row row : rows) {
                for (StatementLinks.AgentLink a : row.agentLinks()) {
                    if (a.name() != null) {
                        names.putIfAbsent(a.ifi() + "\n" + a.name(), new String[] {a.ifi(), a.name()});
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SCHEMA
                    + ".agent_name (agent_ifi, agent_name) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (String[] name : names.values()) {
                    ps.setString(1, name[0]);
                    ps.setString(2, name[1]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!layout.links()) {
            return;
        }
        try (PreparedStatement agents = c.prepareStatement("INSERT INTO " + SCHEMA
                        + ".agent (statement_seq, agent_ifi, link_usage, agent_name) VALUES (?, ?, ?, ?)");
                PreparedStatement activities = c.prepareStatement("INSERT INTO " + SCHEMA
                        + ".activity (statement_seq, activity_iri, link_usage) VALUES (?, ?, ?)")) {
            for (Row row : rows) {
                long seq = row.columns().seq();
                for (StatementLinks.AgentLink a : row.agentLinks()) {
                    agents.setLong(1, seq);
                    agents.setString(2, a.ifi());
                    agents.setString(3, a.usage());
                    agents.setString(4, a.name());
                    agents.addBatch();
                }
                for (StatementLinks.ActivityLink a : row.activityLinks()) {
                    activities.setLong(1, seq);
                    activities.setString(2, a.iri());
                    activities.setString(3, a.usage());
                    activities.addBatch();
                }
            }
            agents.executeBatch();
            activities.executeBatch();
        }
    }

    /** The same rows in PostgreSQL's COPY text format, one COPY per table. */
    private static void copy(Connection c, Layout layout, List<Row> rows) throws Exception {
        StringBuilder statements = new StringBuilder(rows.size() * 1600);
        StringBuilder agents = new StringBuilder();
        StringBuilder activities = new StringBuilder();
        for (Row row : rows) {
            StoredStatement s = row.columns();
            field(statements, s.id());
            field(statements, s.stored().toString());
            field(statements, s.actorIfi());
            field(statements, s.objectAgentIfi());
            field(statements, s.verbIri());
            field(statements, s.activityIri());
            field(statements, s.registration());
            field(statements, s.voidingTarget());
            field(statements, "f");
            field(statements, null);
            field(statements, row.document());
            statements.append(s.seq());
            if (layout.arrays()) {
                statements.append('\t');
                field(statements, arrayLiteral(row.agents()));
                escape(statements, arrayLiteral(row.activities()));
            }
            statements.append('\n');
            if (!layout.links()) {
                continue;
            }
            for (StatementLinks.AgentLink a : row.agentLinks()) {
                agents.append(s.seq()).append('\t');
                field(agents, a.ifi());
                field(agents, a.usage());
                escape(agents, a.name());
                agents.append('\n');
            }
            for (StatementLinks.ActivityLink a : row.activityLinks()) {
                activities.append(s.seq()).append('\t');
                field(activities, a.iri());
                escape(activities, a.usage());
                activities.append('\n');
            }
        }
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn(
                "COPY " + SCHEMA + ".statement (" + STATEMENT_COLUMNS + (layout.arrays() ? ", agents, activities" : "")
                        + ") FROM STDIN",
                new StringReader(statements.toString()));
        if (!layout.links()) {
            return;
        }
        copy.copyIn(
                "COPY " + SCHEMA + ".agent (statement_seq, agent_ifi, link_usage, agent_name) FROM STDIN",
                new StringReader(agents.toString()));
        copy.copyIn(
                "COPY " + SCHEMA + ".activity (statement_seq, activity_iri, link_usage) FROM STDIN",
                new StringReader(activities.toString()));
    }

    /** A text[] literal: every element double-quoted, its quotes and backslashes escaped. */
    private static String arrayLiteral(String[] elements) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < elements.length; i++) {
            sb.append(i == 0 ? "\"" : ",\"")
                    .append(elements[i].replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return sb.append('}').toString();
    }

    private static void field(StringBuilder sb, String value) {
        escape(sb, value);
        sb.append('\t');
    }

    /** COPY text format: backslash escapes, \N for NULL. */
    private static void escape(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
    }

    /** What autovacuum would do after the fill (an insert-only table is vacuumed too, PostgreSQL 13 and later). */
    static void vacuum(String jdbcUrl, String user, String password, Layout layout) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement st = c.createStatement()) {
            st.execute("VACUUM " + SCHEMA + ".statement");
            if (layout == Layout.ARRAYS_NAMES) {
                st.execute("VACUUM " + SCHEMA + ".agent_name");
            }
            if (layout.links()) {
                st.execute("VACUUM " + SCHEMA + ".agent");
                st.execute("VACUUM " + SCHEMA + ".activity");
            }
        }
    }

    /** Table and index bytes of the layout, after its fill. */
    static long bytes(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '" + SCHEMA
                        + "' AND c.relkind = 'r'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A filter of GET /statements as the layout answers it: the newest page of 10 (11 rows: "more"). */
    public record QueryKind(String name, String usage, boolean plainAgent, boolean agent) {}

    public static final List<QueryKind> QUERIES = List.of(
            new QueryKind("agent (actor or object): one learner", "ACTOR", true, true),
            new QueryKind("related_agents: one instructor", "INSTRUCTOR", false, true),
            new QueryKind("related_activities: one module (object)", "OBJECT", false, false),
            new QueryKind("related_activities: one course (parent)", "PARENT", false, false),
            new QueryKind("related_activities: the category every statement has", "CATEGORY", false, false));

    private static String sql(Layout layout, QueryKind kind) {
        String page = "SELECT s.seq, s.document, s.stored FROM " + SCHEMA + ".statement s WHERE s.voided = FALSE AND ";
        String order = " ORDER BY s.seq DESC FETCH FIRST 11 ROWS ONLY";
        if (layout.arrays()) {
            return page + (kind.agent() ? "s.agents" : "s.activities") + " @> ARRAY[?]::text[]" + order;
        }
        if (kind.agent()) {
            return page + "s.seq IN (SELECT a.statement_seq FROM " + SCHEMA + ".agent a WHERE a.agent_ifi = ?"
                    + (kind.plainAgent() ? " AND a.link_usage IN ('ACTOR', 'OBJECT')" : "") + ")" + order;
        }
        return page + "s.seq IN (SELECT l.statement_seq FROM " + SCHEMA + ".activity l WHERE l.activity_iri = ?)"
                + order;
    }

    /** The seqs of the newest page (11 rows) the layout answers for {@code value}. */
    public static List<Long> page(Connection c, Layout layout, QueryKind kind, String value) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql(layout, kind))) {
            ps.setString(1, parameter(layout, kind, value));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
        }
        return seqs;
    }

    private static String parameter(Layout layout, QueryKind kind, String value) {
        return layout.arrays() && kind.plainAgent() ? "=" + value : value;
    }

    /** p50 and p95 (ms) of each query kind, values drawn at random from those the rows hold. */
    static String queries(
            String jdbcUrl, String user, String password, Layout layout, Prepared prepared, int perKind, long seed)
            throws SQLException {
        StringBuilder sb = new StringBuilder();
        SplittableRandom random = new SplittableRandom(seed);
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE " + SCHEMA + ".statement");
                if (layout.links()) {
                    st.execute("ANALYZE " + SCHEMA + ".agent");
                    st.execute("ANALYZE " + SCHEMA + ".activity");
                }
            }
            for (QueryKind kind : QUERIES) {
                List<String> values = prepared.valuesByUsage().getOrDefault(kind.usage(), List.of());
                if (values.isEmpty()) {
                    continue;
                }
                Latencies l = new Latencies();
                try (PreparedStatement ps = c.prepareStatement(sql(layout, kind))) {
                    for (int i = 0; i < perKind + 5; i++) {
                        ps.setString(1, parameter(layout, kind, values.get(random.nextInt(values.size()))));
                        long t0 = System.nanoTime();
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rs.getString(2);
                            }
                        }
                        if (i >= 5) { // the first ones warm the plan and the cache
                            l.add(System.nanoTime() - t0);
                        }
                    }
                }
                sb.append(String.format(
                        "| %s | %s | %d | %.2f | %.2f | %.2f |%n",
                        layout,
                        kind.name(),
                        values.size(),
                        l.percentileMillis(50),
                        l.percentileMillis(95),
                        l.maxMillis()));
            }
        }
        return sb.toString();
    }
}
