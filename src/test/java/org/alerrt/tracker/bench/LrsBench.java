package org.alerrt.tracker.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.xapiclient.RefusedException;
import org.alerrt.tracker.platform.xapiclient.RetryPolicy;
import org.alerrt.tracker.platform.xapiclient.StatementPage;
import org.alerrt.tracker.platform.xapiclient.StatementQuery;
import org.alerrt.tracker.platform.xapiclient.XapiClient;
import org.alerrt.tracker.platform.xapiclient.XapiEndpoint;
import org.alerrt.tracker.platform.xapiclient.XapiVersion;
import org.alerrt.tracker.testsupport.TrackerProcess;

/**
 * The LRS benchmark in one invocation: times start-ups of the uber-jar on an embedded H2 database, starts an embedded
 * PostgreSQL and the application uber-jar (or targets a running server), then (a) ingests N statements in batches of
 * B from each client count C, (b) single-statement POSTs, (c) inserts the same documents with raw JDBC into a plain
 * table as the physical baseline, (d) public certificate verification, (e) fills the store to M and times filtered
 * queries and "more" paging. Prints a Markdown summary. Options: see {@link #USAGE}.
 */
public final class LrsBench {

    static final String USAGE = """
            options (all optional):
              --quick               small numbers for every phase, a run of about a minute: the values of QUICK,
                                    each overridden by an option given with it
              --startup-runs 3      start to ready on embedded H2: N first starts (empty database) and N restarts on
                                    the same database, medians (0 skips; the bench's own PostgreSQL start is reported
                                    too); then Payara Micro alone, with no application, one first start and N
                                    restarts started the same way: the floor of a start
              --n 100000            statements per batched ingest run
              --batch 100           statements per POST
              --clients 4,8         concurrent clients, one run each
              --single-n 20000      single-statement POSTs (0 skips)
              --single-clients 16
              --speed-probes true   before each phase, the CPU time of one bench thread walking 10,000,000 steps
                                    through 4 MiB, median of 3: the machine's user-space CPU and memory speed at
                                    that moment (not its kernel's: docs/PERFORMANCE.md)
              --post-floor true     after the single POSTs, as many again with a version this LRS refuses: answered
                                    400 after authentication, before the body is parsed (the floor of any POST)
              --fill 1000000        store size before the query phase (0 skips the query phase)
              --fill-batch 500  --fill-clients 4
              --queries 200         timed queries per kind
              --query-limit 100     limit of each query page
              --query-warmup 20     untimed queries of each kind before its timed ones
              --pages 20            pages walked through "more" per paging query
              --warmup 5000         statements posted (batched) per warm-up round before the batched ingest
              --single-warmup 2000  single-statement POSTs per warm-up round before the single POSTs, and refused
                                    ones before the floor of a POST
              --jit-rounds 100      warm-up rounds before the batched ingest, the single POSTs, the floor of a POST,
                                    verification and each admin list run until the server's JIT compilers take at
                                    most 5 % of its CPU in a round, at most this many (1: one round)
              --raw true            run the raw JDBC baseline
              --direct true         run the application's write path with no server (the floor of its work)
              --schema-alternatives 0
                                    embedded PostgreSQL: write N statements into each other storage layout
                                    (SchemaAlternatives: today's link tables, the same with COPY, arrays with GIN,
                                    the statement row alone) and time their filtered queries (0 skips)
              --alternative-queries 50
                                    timed queries per kind and layout
              --pg-statements false embedded PostgreSQL: load pg_stat_statements and report its time per SQL statement
                                    during the last direct-store run
              --verify-n 20000      public certificate verification: requests per kind, JSON and page (0 skips)
              --verify-clients 16
              --verify-warmup 2000  untimed requests of each kind per warm-up round (--jit-rounds)
              --admin-scale 1000000 completions written straight into the bench's PostgreSQL (with their learners and
                                    --admin-queued 100000 of them queued for TCOLE), then the admin list pages
                                    (--admin-n 50 requests each) and the export of the queue as one roster (0 skips;
                                    embedded PostgreSQL only, after every other phase: the data stays)
              --analyze true        ANALYZE the database after the warm-up (as autovacuum would have by then)
              --credential issued   the xAPI credential of every phase: issued = one the admin API issues (a
                                    generated secret, as content's); bootstrap = the bootstrap one (an operator's
                                    secret, PBKDF2) or --key/--secret
              --pg-port 54345       embedded PostgreSQL port
              --durability durable  embedded PostgreSQL: durable = fsync=on, synchronous_commit=on,
                                    full_page_writes=on (what a production database runs with); fast = fsync=off,
                                    synchronous_commit=off (zonky's defaults, the setting of runs 1 and 3-19)
              --pg-config k=v,k=v   further PostgreSQL settings, applied after --durability
              --pg-data DIR         embedded PostgreSQL: its data directory, kept after the run (e.g. to compare
                                    query plans on the filled database); by default a temporary one, removed
              --db-url-suffix S     appended to the server's TRACKER_DB_URL, e.g. ?reWriteBatchedInserts=true
              --server-heap 1g
              --server-jvm OPTS     further JVM options of every server the bench starts, comma-separated
                                    (e.g. -XX:+UseParallelGC,-Xlog:gc:file=target/bench/gc.log)
              --url URL --key K --secret S [--jdbc-url U --jdbc-user U --jdbc-password P]
                                    target a running server instead (the baseline needs its database)
              --admin-user admin --admin-password P
                                    an administrator of the targeted server (the verify phase creates learners;
                                    without a password it is skipped); the bench's own server has its bootstrap one
              --jstack 0            jstack samples of the server during the last ingest run (embedded only)
              --jfr none            Flight Recorder CPU profile of the server (embedded only): batch = during the last
                                    batched ingest run, single = during the single-statement POSTs, verify = during
                                    public verification (JSON and page); floor = during the floor of a POST
                                    (--post-floor); direct = the generator JVM itself during
                                    the last direct-store run (--direct)
                                    (target/bench/<run>.jfr and a summary in the report)
              --explain-slow-ms N   log the plan (EXPLAIN ANALYZE without timing, BUFFERS) of every SQL statement slower
                                    than N ms into target/bench/pglog/ (auto_explain; embedded PostgreSQL only)
              --markdown FILE       also write the summary there
            """;

    /** An xAPI version no LRS supports (Communication §3.3): refused with 400 once the caller is authenticated. */
    static final String REFUSED_VERSION = "0.9";

    private static final String INGEST_HEADER = """
            | run | statements | batch | clients | statements/s | requests | p50 ms | p95 ms | p99 ms | max ms | load avg |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
            """;

    /**
     * The PostgreSQL settings of each {@code --durability}: durable commits unless asked otherwise, so figures are
     * those of a database that keeps every acknowledged statement across a crash.
     */
    static final Map<String, Map<String, String>> DURABILITY = Map.of(
            "durable", Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"),
            "fast", Map.of("fsync", "off", "synchronous_commit", "off"));

    /** What {@code --quick} sets: every phase runs, briefly (figures for trying the bench, not for the record). */
    static final Map<String, String> QUICK = Map.ofEntries(
            Map.entry("n", "2000"),
            Map.entry("single-n", "300"),
            Map.entry("warmup", "500"),
            Map.entry("single-warmup", "100"),
            Map.entry("jit-rounds", "1"),
            Map.entry("fill", "0"),
            Map.entry("startup-runs", "1"),
            Map.entry("verify-n", "2000"),
            Map.entry("verify-warmup", "500"),
            Map.entry("admin-scale", "20000"),
            Map.entry("admin-queued", "2000"),
            Map.entry("admin-n", "10"));

    private static final String ADMIN_PASSWORD = "bench-admin-password";

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();
    private final Map<String, String> sections = new LinkedHashMap<>();
    /** Rows of "Machine speed during the run", one per {@link #probeSpeed}. */
    private final StringBuilder speed = new StringBuilder();

    private MachineSpeed speedProbe;
    /** Which xAPI credential the phases use, for the report. */
    private String credentialUsed = "";

    private LrsBench(Map<String, String> given) {
        this.options = new LinkedHashMap<>(given);
        if (given.containsKey("quick")) {
            QUICK.forEach(options::putIfAbsent);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].contains(" ")) {
            args = args[0].trim().split("\\s+"); // -Dbench.args="--n 1000 --clients 4"
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].isBlank()) {
                continue;
            }
            if (args[i].equals("--quick")) {
                options.put("quick", "true");
                continue;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println(USAGE);
                throw new IllegalArgumentException("bad option " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        new LrsBench(options).run();
    }

    private String opt(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int intOpt(String name, int fallback) {
        return Integer.parseInt(opt(name, String.valueOf(fallback)).replace("_", ""));
    }

    private void run() throws Exception {
        int n = intOpt("n", 100_000);
        int batch = intOpt("batch", 100);
        List<Integer> clients = new ArrayList<>();
        for (String c : opt("clients", "4,8").split(",")) {
            clients.add(Integer.parseInt(c.trim()));
        }
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        // the credentials of every server the bench starts; a targeted server has its own
        Map<String, String> bootstrap = new LinkedHashMap<>();
        bootstrap.put("TRACKER_BOOTSTRAP_WRITE_FILE", "false");
        bootstrap.put("TRACKER_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        bootstrap.put("TRACKER_BOOTSTRAP_LRS_KEY", "bench-lrs-key");
        bootstrap.put("TRACKER_BOOTSTRAP_LRS_SECRET", "bench-lrs-secret-0123456789");
        boolean targeted = options.containsKey("url");
        String key = targeted ? opt("key", null) : bootstrap.get("TRACKER_BOOTSTRAP_LRS_KEY");
        String secret = targeted ? opt("secret", null) : bootstrap.get("TRACKER_BOOTSTRAP_LRS_SECRET");
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + opt("server-heap", "1g")));
        String serverJvmOptions = opt("server-jvm", "").strip();
        if (!serverJvmOptions.isEmpty()) {
            jvm.addAll(List.of(serverJvmOptions.split(",")));
        }
        Map<String, List<StartToReady.Started>> starts = new LinkedHashMap<>();
        if (Boolean.parseBoolean(opt("speed-probes", "true"))) {
            speedProbe = new MachineSpeed();
        }
        int startupRuns = intOpt("startup-runs", 3);
        probeSpeed("before the start-ups", null, null, null);
        if (startupRuns > 0) {
            // first, alone on the machine: nothing else of the bench runs yet
            starts.putAll(StartToReady.h2(startupRuns, Path.of("lrs-config"), bootstrap, jvm, out));
            starts.putAll(StartToReady.payaraAlone(
                    startupRuns, Path.of(System.getProperty("tracker.payaraMicro", "")), jvm, out));
        }

        EmbeddedPostgres postgres = null;
        TrackerProcess server = null;
        String base;
        String jdbcUrl = opt("jdbc-url", null);
        String jdbcUser = opt("jdbc-user", "postgres");
        String jdbcPassword = opt("jdbc-password", "postgres");
        try {
            if (targeted) {
                base = opt("url", null);
                log("PostgreSQL durability: "
                        + (jdbcUrl == null
                                ? "unknown (a targeted server without --jdbc-url)"
                                : durability(jdbcUrl, jdbcUser, jdbcPassword) + " (the targeted server's database)"));
            } else {
                int port = intOpt("pg-port", 54345);
                log("starting embedded PostgreSQL on port " + port);
                EmbeddedPostgres.Builder pg = EmbeddedPostgres.builder().setPort(port);
                if (options.containsKey("pg-data")) {
                    pg.setDataDirectory(Path.of(opt("pg-data", null))).setCleanDataDirectory(false);
                }
                Map<String, String> durability = DURABILITY.get(opt("durability", "durable"));
                if (durability == null) {
                    System.err.println(USAGE);
                    throw new IllegalArgumentException("--durability must be durable or fast");
                }
                durability.forEach(pg::setServerConfig); // zonky starts PostgreSQL with fsync off (-F) otherwise
                for (String setting : opt("pg-config", "").split(",")) {
                    if (setting.contains("=")) {
                        pg.setServerConfig(
                                setting.substring(0, setting.indexOf('=')),
                                setting.substring(setting.indexOf('=') + 1));
                    }
                }
                List<String> preload = new ArrayList<>();
                if (pgStatements()) {
                    preload.add("pg_stat_statements");
                }
                if (options.containsKey("explain-slow-ms")) {
                    preload.add("auto_explain");
                }
                if (!preload.isEmpty()) {
                    pg.setServerConfig("shared_preload_libraries", String.join(",", preload));
                }
                if (options.containsKey("explain-slow-ms")) {
                    pg.setServerConfig("auto_explain.log_min_duration", opt("explain-slow-ms", "100"));
                    pg.setServerConfig("auto_explain.log_analyze", "on");
                    pg.setServerConfig("auto_explain.log_timing", "off"); // row counts only: less overhead
                    pg.setServerConfig("auto_explain.log_buffers", "on");
                    pg.setServerConfig("logging_collector", "on");
                    pg.setServerConfig(
                            "log_directory",
                            out.resolve("pglog").toAbsolutePath().toString());
                    pg.setServerConfig("log_filename", "postgresql.log");
                }
                postgres = pg.start();
                jdbcUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
                if (pgStatements()) {
                    sql(jdbcUrl, jdbcUser, jdbcPassword, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                }
                log("PostgreSQL durability: " + durability(jdbcUrl, jdbcUser, jdbcPassword) + " (--durability "
                        + opt("durability", "durable")
                        + (options.containsKey("pg-config") ? ", --pg-config " + opt("pg-config", "") : "") + ")");
                Map<String, String> env = new LinkedHashMap<>();
                env.put("TRACKER_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource");
                env.put("TRACKER_DB_URL", jdbcUrl + opt("db-url-suffix", ""));
                env.put("TRACKER_DB_USER", "postgres");
                env.put("TRACKER_DB_PASSWORD", "postgres");
                env.put(
                        "TRACKER_CONFIG_DIR",
                        Path.of("lrs-config").toAbsolutePath().toString());
                env.putAll(bootstrap);
                // the content listener on a free port too, not 8081, which a test server may hold
                env.put("TRACKER_CONTENT_PORT", String.valueOf(TrackerProcess.freePort()));
                Path serverLog = out.resolve("server.log");
                Files.deleteIfExists(serverLog);
                log("starting the application (log: " + serverLog + ")");
                List<String> serverJvm = new ArrayList<>(jvm);
                if (!opt("jfr", "none").equals("none")) {
                    serverJvm.add("-XX:FlightRecorderOptions:stackdepth=256"); // Payara's request stacks are deep
                }
                StartToReady.Started started = StartToReady.start(env, serverLog, serverJvm);
                server = started.server();
                base = server.base().toString();
                log(String.format(
                        "  ready after %.1f s, server CPU %.1f s", started.wallSeconds(), started.cpuSeconds()));
                if (startupRuns > 0) {
                    starts.put(
                            "PostgreSQL (embedded), first start (empty database: Flyway migrates)", List.of(started));
                }
            }
            measure(base, key, secret, jdbcUrl, jdbcUser, jdbcPassword, n, batch, clients, server, out, starts);
        } finally {
            if (server != null) {
                server.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
        String text = report.toString();
        System.out.println();
        System.out.println(text);
        if (options.containsKey("markdown")) {
            Files.writeString(Path.of(opt("markdown", null)), text);
            log("summary written to " + opt("markdown", null));
        }
    }

    private void measure(
            String base,
            String key,
            String secret,
            String jdbcUrl,
            String jdbcUser,
            String jdbcPassword,
            int n,
            int batch,
            List<Integer> clients,
            TrackerProcess server,
            Path out,
            Map<String, List<StartToReady.Started>> starts)
            throws Exception {
        String credential = "the bootstrap credential (an operator's secret: PBKDF2, re-derived once per"
                + " tracker.security.credential-cache-seconds)";
        if (opt("credential", "issued").equals("issued")
                && (!options.containsKey("url") || options.containsKey("admin-password"))) {
            // as content gets its credential: issued by the server, a generated secret (one salted SHA-256)
            LrsClient.Answer issued = new LrsClient(base, key, secret)
                    .admin(
                            "POST",
                            "lrs/credentials",
                            "{\"name\": \"bench content\", \"scopes\": [\"all\"]}",
                            opt("admin-user", "admin"),
                            opt("admin-password", ADMIN_PASSWORD));
            if (issued.status() != 201) {
                throw new IllegalStateException(
                        "cannot issue the bench's credential: " + issued.status() + " " + issued.body());
            }
            JsonObject created = parse(issued.body());
            key = created.getString("key");
            secret = created.getString("secret");
            credential = "an issued credential (a generated secret: one salted SHA-256), as content's";
        }
        credentialUsed = credential;
        LrsClient lrs = new LrsClient(base, key, secret);
        TimedHttpClient timed = TimedHttpClient.http11();
        XapiClient xapi = xapiClient(base, key, secret, timed);
        String tag = "b" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        StatementFactory factory = StatementFactory.standard(42, tag);
        machine(jdbcUrl, jdbcUser, jdbcPassword, base);
        if (!starts.isEmpty()) {
            sections.put("Start to ready (`GET /health/ready` answers 200)", StartToReady.table(starts));
        }

        int warmup = intOpt("warmup", 5_000);
        int jitRounds = intOpt("jit-rounds", 100);
        long posted = 0;
        long serverPid = server == null ? -1 : server.pid();
        if (warmup > 0) {
            int rounds = CpuAccounting.warmUntilJitSettles(
                    "batched ingest (" + warmup + " statements, batch " + batch + ", per round)",
                    "the server's",
                    serverPid,
                    jitRounds,
                    () -> lrs.ingest(factory, warmup, batch, clients.get(0), null));
            posted += (long) warmup * rounds;
        }
        if (analyzes(jdbcUrl)) {
            analyze(jdbcUrl, jdbcUser, jdbcPassword);
        }
        probeSpeed("before the batched ingest", jdbcUrl, jdbcUser, jdbcPassword);
        StringBuilder ingest = new StringBuilder(INGEST_HEADER);
        Map<Integer, Double> apiRates = new LinkedHashMap<>();
        List<StatementFactory.Generated> documents = Collections.synchronizedList(new ArrayList<>());
        int jstack = intOpt("jstack", 0);
        Map<String, Integer> waits = new ConcurrentHashMap<>();
        StringBuilder cpuTables = new StringBuilder();
        StringBuilder profileSummary = new StringBuilder();
        for (int i = 0; i < clients.size(); i++) {
            int c = clients.get(i);
            log("ingest: " + n + " statements, batch " + batch + ", " + c + " clients");
            boolean last = i == clients.size() - 1;
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler =
                    last ? sampler(running, server, jstack, jdbcUrl, jdbcUser, jdbcPassword, waits, out) : null;
            JfrProfile profile = last ? serverProfile("batch", server, out) : null;
            CpuAccounting cpu = server == null ? null : new CpuAccounting(server.pid());
            // the CPU window is the timed window: body generation before it is not load
            Map<String, Double> cpuBefore = new HashMap<>();
            LrsClient.IngestResult r = lrs.ingest(
                    factory,
                    n,
                    batch,
                    c,
                    i == 0 ? documents::addAll : null,
                    () -> cpuBefore.putAll(cpu == null ? Map.of() : cpu.sample()));
            double wall = r.wallNanos() / 1e9;
            Map<String, Double> cpuAfter = cpu == null ? Map.of() : cpu.sample();
            running.set(false);
            if (sampler != null) {
                sampler.join();
            }
            if (cpu != null) {
                section(
                        cpuTables,
                        "Batch " + batch + ", C=" + c,
                        CpuAccounting.table(cpuBefore, cpuAfter, n, "statements", wall));
            }
            if (profile != null) {
                profile.stop();
                profileSummary
                        .append("Last batched ingest run (C=")
                        .append(c)
                        .append("). ")
                        .append(profile.summary(20));
            }
            posted += n;
            apiRates.put(c, r.rate());
            ingest.append(row("API POST batch", r));
            log(String.format("  %.0f statements/s, %s", r.rate(), r.latencies().summary()));
        }
        int singleN = intOpt("single-n", 20_000);
        if (singleN > 0) {
            int sc = intOpt("single-clients", 16);
            int singleWarmup = intOpt("single-warmup", 2_000);
            if (singleWarmup > 0) {
                int rounds = CpuAccounting.warmUntilJitSettles(
                        "single-statement POSTs (" + singleWarmup + " per round)",
                        "the server's",
                        serverPid,
                        jitRounds,
                        () -> lrs.ingest(factory, singleWarmup, 1, sc, null));
                posted += (long) singleWarmup * rounds;
                if (jdbcUrl != null) {
                    awaitOutboxDrained(jdbcUrl, jdbcUser, jdbcPassword); // the warm-up's events: not this phase's work
                }
            }
            probeSpeed("before the single POSTs", jdbcUrl, jdbcUser, jdbcPassword);
            log("single-statement POSTs: " + singleN + ", " + sc + " clients");
            JfrProfile profile = serverProfile("single", server, out);
            CpuAccounting cpu = server == null ? null : new CpuAccounting(server.pid());
            Map<String, Double> cpuBefore = new HashMap<>();
            LrsClient.IngestResult r = lrs.ingest(
                    factory, singleN, 1, sc, null, () -> cpuBefore.putAll(cpu == null ? Map.of() : cpu.sample()));
            double wall = r.wallNanos() / 1e9;
            if (cpu != null) {
                section(
                        cpuTables,
                        "Single-statement POSTs, C=" + sc,
                        CpuAccounting.table(cpuBefore, cpu.sample(), singleN, "statements", wall));
            }
            if (profile != null) {
                profile.stop();
                profileSummary
                        .append("Single-statement POSTs (C=")
                        .append(sc)
                        .append("). ")
                        .append(profile.summary(20));
            }
            posted += singleN;
            ingest.append(row("API POST single", r));
            log(String.format("  %.0f statements/s, %s", r.rate(), r.latencies().summary()));
        }
        if (singleN > 0 && Boolean.parseBoolean(opt("post-floor", "true"))) {
            int sc = intOpt("single-clients", 16);
            log("authenticated POSTs refused before they are read (the floor of a POST): " + singleN + ", " + sc
                    + " clients");
            List<String> bodies = factory.batch(singleN).stream()
                    .map(StatementFactory.Generated::json)
                    .toList();
            if (jdbcUrl != null) {
                awaitOutboxDrained(jdbcUrl, jdbcUser, jdbcPassword); // the single POSTs' events: not this phase's work
            }
            int floorWarmup = Math.min(bodies.size(), intOpt("single-warmup", 2_000));
            if (floorWarmup > 0) {
                CpuAccounting.warmUntilJitSettles(
                        "the floor of a POST (" + floorWarmup + " per round)",
                        "the server's",
                        serverPid,
                        jitRounds,
                        () -> LrsClient.concurrently(floorWarmup, sc, () -> {}, i -> refused(lrs, bodies.get(i))));
            }
            JfrProfile profile = serverProfile("floor", server, out);
            CpuAccounting cpu = server == null ? null : new CpuAccounting(server.pid());
            Map<String, Double> cpuBefore = new HashMap<>();
            LrsClient.Run r = LrsClient.concurrently(
                    singleN,
                    sc,
                    () -> cpuBefore.putAll(cpu == null ? Map.of() : cpu.sample()),
                    i -> refused(lrs, bodies.get(i)));
            if (cpu != null) {
                section(
                        cpuTables,
                        "The floor of a POST: the same single statements refused for their version header, C=" + sc,
                        CpuAccounting.table(cpuBefore, cpu.sample(), singleN, "requests", r.wallNanos() / 1e9));
            }
            if (profile != null) {
                profile.stop();
                profileSummary.append("The floor of a POST. ").append(profile.summary(20));
            }
            probeSpeed("after the floor of a POST", jdbcUrl, jdbcUser, jdbcPassword);
            log(String.format("  %.0f requests/s, %s", r.rate(), r.latencies().summary()));
        }

        Map<Integer, Double> rawRates = new LinkedHashMap<>();
        if (Boolean.parseBoolean(opt("raw", "true")) && jdbcUrl != null) {
            for (int c : clients) {
                log("raw JDBC baseline: " + documents.size() + " documents, batch " + batch + ", " + c
                        + " connections");
                awaitOutboxDrained(jdbcUrl, jdbcUser, jdbcPassword);
                CpuAccounting cpu = server == null ? null : new CpuAccounting(server.pid());
                Map<String, Double> cpuBefore = new HashMap<>();
                Map<String, Double> cpuAfter = new HashMap<>();
                LrsClient.IngestResult r = RawBaseline.run(
                        jdbcUrl,
                        jdbcUser,
                        jdbcPassword,
                        documents,
                        batch,
                        c,
                        () -> cpuBefore.putAll(cpu == null ? Map.of() : cpu.sample()),
                        () -> cpuAfter.putAll(cpu == null ? Map.of() : cpu.sample()));
                if (cpu != null) {
                    section(
                            cpuTables,
                            "Raw JDBC baseline (primary key only), batch " + batch + ", C=" + c
                                    + ", per row; the load generator is the inserting client",
                            CpuAccounting.table(cpuBefore, cpuAfter, documents.size(), "rows", r.wallNanos() / 1e9));
                }
                rawRates.put(c, r.rate());
                ingest.append(row("raw JDBC multi-row INSERT", r));
                log(String.format("  %.0f rows/s, %s", r.rate(), r.latencies().summary()));
            }
            RawBaseline.drop(jdbcUrl, jdbcUser, jdbcPassword);
        }
        if (Boolean.parseBoolean(opt("direct", "true")) && jdbcUrl != null) {
            // the batched runs, then single statements as the single POSTs sent them (one transaction each)
            record DirectRun(int statements, int batch, int clients) {}
            List<DirectRun> runs = new ArrayList<>();
            clients.forEach(c -> runs.add(new DirectRun(n, batch, c)));
            if (singleN > 0) {
                runs.add(new DirectRun(singleN, 1, intOpt("single-clients", 16)));
            }
            probeSpeed("before the direct store", jdbcUrl, jdbcUser, jdbcPassword);
            if (warmup > 0) { // the server's code is warm by now; the generator JVM's copy of it is not
                String url = jdbcUrl;
                String user = jdbcUser;
                String password = jdbcPassword;
                JsonObject authority = DirectStore.authority(base, key);
                int rounds = CpuAccounting.warmUntilJitSettles(
                        "direct store (" + warmup + " statements, batch " + batch + ", and " + warmup / batch
                                + " single ones per round)",
                        "the generator's",
                        ProcessHandle.current().pid(),
                        jitRounds,
                        () -> {
                            for (int size : List.of(batch, 1)) {
                                int statements = size == 1 ? warmup / batch : warmup;
                                try {
                                    DirectStore.run(
                                            url,
                                            user,
                                            password,
                                            bodies(factory, statements, size),
                                            statements,
                                            size,
                                            clients.get(0),
                                            authority,
                                            () -> {},
                                            () -> {});
                                } catch (Exception e) {
                                    throw new IllegalStateException("direct store warm-up failed", e);
                                }
                            }
                        });
                posted += (long) (warmup + warmup / batch) * rounds;
            }
            for (int i = 0; i < runs.size(); i++) {
                DirectRun run = runs.get(i);
                int c = run.clients();
                log("direct store (the application's write path, no server): " + run.statements()
                        + " statements, batch " + run.batch() + ", " + c + " connections");
                List<String> bodies = bodies(factory, run.statements(), run.batch());
                awaitOutboxDrained(jdbcUrl, jdbcUser, jdbcPassword);
                JfrProfile profile =
                        i == clients.size() - 1 && opt("jfr", "none").equals("direct")
                                ? new JfrProfile(
                                        ProcessHandle.current().pid(),
                                        out.resolve("direct.jfr"),
                                        "the load generator JVM (the direct store's writing threads)")
                                : null;
                if (profile != null) {
                    profile.start();
                }
                boolean perSql = pgStatements() && server != null; // the bench's own PostgreSQL
                if (perSql) {
                    sql(jdbcUrl, jdbcUser, jdbcPassword, "SELECT pg_stat_statements_reset()");
                }
                CpuAccounting cpu = server == null ? null : new CpuAccounting(server.pid());
                Map<String, Double> cpuBefore = new HashMap<>();
                Map<String, Double> cpuAfter = new HashMap<>();
                DirectStore.Result d = DirectStore.run(
                        jdbcUrl,
                        jdbcUser,
                        jdbcPassword,
                        bodies,
                        run.statements(),
                        run.batch(),
                        c,
                        DirectStore.authority(base, key),
                        () -> cpuBefore.putAll(cpu == null ? Map.of() : cpu.sample()),
                        () -> cpuAfter.putAll(cpu == null ? Map.of() : cpu.sample()));
                LrsClient.IngestResult r = d.ingest();
                if (profile != null) {
                    profile.stop();
                    profileSummary
                            .append("Direct store (C=")
                            .append(c)
                            .append("). ")
                            .append(profile.summary(20));
                }
                if (cpu != null) {
                    section(
                            cpuTables,
                            "Direct store (the application's write path with no server), batch " + run.batch() + ", C="
                                    + c + "; the load generator is the writing client, the server JVM only drains the"
                                    + " outbox",
                            CpuAccounting.table(
                                            cpuBefore, cpuAfter, run.statements(), "statements", r.wallNanos() / 1e9)
                                    + '\n'
                                    + DirectStore.stageTable(d.stageCpuNanos(), run.statements()));
                }
                if (perSql) {
                    section(
                            cpuTables,
                            "PostgreSQL's execution time per SQL statement during that run"
                                    + " (pg_stat_statements; the server's outbox drain included)",
                            sqlTimes(jdbcUrl, jdbcUser, jdbcPassword, run.statements()));
                }
                posted += run.statements();
                ingest.append(row(run.batch() == 1 ? "direct store, no server, single" : "direct store, no server", r));
                log(String.format(
                        "  %.0f statements/s, %s", r.rate(), r.latencies().summary()));
            }
        }
        int alternatives = intOpt("schema-alternatives", 0);
        if (alternatives > 0 && jdbcUrl != null && server != null) {
            int c = clients.get(0);
            log("storage layouts: " + alternatives + " statements each, batch " + batch + ", " + c + " connections");
            SchemaAlternatives.Prepared prepared = SchemaAlternatives.prepare(
                    StatementFactory.standard(99, tag + "alt"), alternatives, DirectStore.authority(base, key));
            StringBuilder writes = new StringBuilder(
                    "| layout | what is written | statements/s | PostgreSQL CPU µs per statement | its VACUUM afterwards,"
                            + " µs per statement | client CPU µs per statement | bytes per statement (tables and"
                            + " indexes) |\n|---|---|---:|---:|---:|---:|---:|\n");
            StringBuilder reads =
                    new StringBuilder("| layout | query (newest 10) | distinct values | p50 ms | p95 ms | max ms |\n"
                            + "|---|---|---:|---:|---:|---:|\n");
            for (SchemaAlternatives.Layout layout : SchemaAlternatives.Layout.values()) {
                awaitOutboxDrained(jdbcUrl, jdbcUser, jdbcPassword);
                try (Connection conn = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword)) {
                    SchemaAlternatives.create(conn, layout);
                }
                CpuAccounting cpu = new CpuAccounting(server.pid());
                Map<String, Double> cpuBefore = new HashMap<>();
                Map<String, Double> cpuAfter = new HashMap<>();
                LrsClient.IngestResult r = SchemaAlternatives.fill(
                        jdbcUrl,
                        jdbcUser,
                        jdbcPassword,
                        layout,
                        prepared.rows(),
                        batch,
                        c,
                        () -> cpuBefore.putAll(cpu.sample()),
                        () -> cpuAfter.putAll(cpu.sample()));
                Map<String, Double> vacuumBefore = cpu.sample();
                SchemaAlternatives.vacuum(jdbcUrl, jdbcUser, jdbcPassword, layout);
                Map<String, Double> vacuumAfter = cpu.sample();
                long bytes;
                try (Connection conn = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword)) {
                    bytes = SchemaAlternatives.bytes(conn);
                }
                String pg = "PostgreSQL (all processes)";
                writes.append(String.format(
                        "| %s | %s | %.0f | %.1f | %.1f | %.1f | %d |%n",
                        layout,
                        layout.description,
                        r.rate(),
                        (cpuAfter.get(pg) - cpuBefore.get(pg)) * 1e6 / alternatives,
                        (vacuumAfter.get(pg) - vacuumBefore.get(pg)) * 1e6 / alternatives,
                        (cpuAfter.get("load generator") - cpuBefore.get("load generator")) * 1e6 / alternatives,
                        bytes / alternatives));
                log(String.format(
                        "  %s: %.0f statements/s, %s",
                        layout, r.rate(), r.latencies().summary()));
                if (layout != SchemaAlternatives.Layout.STATEMENT_ONLY) {
                    reads.append(SchemaAlternatives.queries(
                            jdbcUrl, jdbcUser, jdbcPassword, layout, prepared, intOpt("alternative-queries", 50), 7));
                }
            }
            SchemaAlternatives.drop(jdbcUrl, jdbcUser, jdbcPassword);
            sections.put(
                    "Storage layouts for the same " + alternatives + " statements (schema bench_alt, batch " + batch
                            + ", C=" + c + ", durable commits; the rows only, without the look-ups before them)",
                    writes + "\n" + reads);
        }
        documents.clear();
        StringBuilder ratios = new StringBuilder();
        for (int c : clients) {
            if (rawRates.containsKey(c)) {
                ratios.append(String.format(
                        "- C=%d: API %.0f statements/s / raw %.0f rows/s = **%.3f** (raw is %.1f× faster)%n",
                        c,
                        apiRates.get(c),
                        rawRates.get(c),
                        apiRates.get(c) / rawRates.get(c),
                        rawRates.get(c) / apiRates.get(c)));
            }
        }
        sections.put("Ingest (latency = one HTTP request, or one INSERT for raw)", ingest.toString());
        if (!cpuTables.isEmpty()) {
            sections.put("CPU per process during the ingest runs (/proc)", cpuTables.toString());
        }
        if (!ratios.isEmpty()) {
            sections.put("Ratio API / raw baseline (same documents, batch " + batch + ")", ratios.toString());
        }
        if (!waits.isEmpty()) {
            sections.put(
                    "PostgreSQL wait events during the last ingest run (pg_stat_activity samples)", waitTable(waits));
        }
        if (!profileSummary.isEmpty()) {
            sections.put("Server CPU profile (Flight Recorder)", profileSummary.toString());
        }

        if (verifies()) {
            probeSpeed("before public verification", jdbcUrl, jdbcUser, jdbcPassword);
            log("public verify: " + PublicVerify.CERTIFICATES + " certified learners through the admin API");
            List<String> codes = PublicVerify.certificateCodes(
                    lrs, opt("admin-user", "admin"), opt("admin-password", ADMIN_PASSWORD), tag);
            JfrProfile profile = serverProfile("verify", server, out);
            sections.put(
                    "Public certificate verification (" + codes.size() + " certificates, no credentials)",
                    PublicVerify.run(
                            lrs,
                            codes,
                            intOpt("verify-n", 20_000),
                            intOpt("verify-warmup", 2_000),
                            jitRounds,
                            intOpt("verify-clients", 16),
                            server == null ? null : new CpuAccounting(server.pid())));
            if (profile != null) {
                profile.stop();
                sections.put("Server CPU profile during public verification (Flight Recorder)", profile.summary(25));
            }
        }

        int fill = intOpt("fill", 1_000_000);
        if (fill > 0) {
            Instant fillStart = Instant.now();
            long toFill = Math.max(0, fill - countStatements(jdbcUrl, jdbcUser, jdbcPassword, posted));
            if (toFill > 0) {
                int fb = intOpt("fill-batch", 500);
                int fc = intOpt("fill-clients", 4);
                log("fill: " + toFill + " statements, batch " + fb + ", " + fc + " clients");
                LrsClient.IngestResult r = fill(xapi, timed, factory, (int) toFill, fb, fc);
                sections.put("Fill to " + fill + " statements", INGEST_HEADER + row("API POST fill", r));
                log(String.format(
                        "  %.0f statements/s, %s", r.rate(), r.latencies().summary()));
            }
            Instant fillEnd = Instant.now();
            if (jdbcUrl != null) {
                awaitOutboxDrained(jdbcUrl, jdbcUser, jdbcPassword); // the fill's events: not the queries' work
            }
            sections.put(
                    "Queries on " + countStatements(jdbcUrl, jdbcUser, jdbcPassword, fill) + " statements",
                    queries(xapi, timed, factory, fillStart, fillEnd));
        }
        int adminScale = intOpt("admin-scale", 1_000_000);
        if (adminScale > 0 && server != null && jdbcUrl != null) {
            int queued = Math.min(adminScale, intOpt("admin-queued", 100_000));
            log("admin scale: writing " + adminScale + " completions, " + queued + " of them queued, into PostgreSQL");
            long t = System.nanoTime();
            AdminScale.seed(jdbcUrl, jdbcUser, jdbcPassword, adminScale, queued);
            log(String.format("  written in %.0f s", (System.nanoTime() - t) / 1e9));
            probeSpeed("before the admin lists", jdbcUrl, jdbcUser, jdbcPassword);
            sections.put(
                    "Admin lists and roster export at " + adminScale + " completions (" + queued + " queued)",
                    AdminScale.run(
                            URI.create(base).toURL(),
                            opt("admin-user", "admin"),
                            opt("admin-password", ADMIN_PASSWORD),
                            intOpt("admin-n", 50),
                            jitRounds,
                            server.pid()));
        }
        if (!speed.isEmpty()) {
            sections.put(
                    "Machine speed during the run (one thread of the bench's JVM walking "
                            + String.format("%,d", MachineSpeed.STEPS)
                            + " steps through 4 MiB, median of three walks: less is faster)",
                    "| time (UTC) | moment | CPU ms |\n|---|---|---:|\n" + speed);
        }
        report.append("# LRS benchmark\n\n");
        for (var e : sections.entrySet()) {
            report.append("## ")
                    .append(e.getKey())
                    .append("\n\n")
                    .append(e.getValue())
                    .append('\n');
        }
    }

    /**
     * The client the bench seeds and reads with: the project's own, speaking 1.0.3, timed by {@code timed}. No retry:
     * a failure ends the run rather than hide in a latency.
     */
    static XapiClient xapiClient(String base, String key, String secret, TimedHttpClient timed) {
        URI xapi = URI.create((base.endsWith("/") ? base : base + "/") + "xapi/");
        return XapiClient.builder(new XapiEndpoint(
                        xapi, key, secret, XapiVersion.V1_0_3, Duration.ofSeconds(10), Duration.ofSeconds(120)))
                .retryPolicy(RetryPolicy.none())
                .httpClient(timed)
                .build();
    }

    /**
     * The fill through the XapiClient, in slices of 10% so long runs show progress; the client checks that each
     * batch was stored under the ids sent. Seeding rather than a load figure: each worker parses its batch into JSON-P
     * objects and the client writes them out again, a few milliseconds per 500 statements against requests of
     * hundreds; the latencies are the HTTP exchanges alone.
     */
    private LrsClient.IngestResult fill(
            XapiClient xapi, TimedHttpClient timed, StatementFactory factory, int total, int batch, int clients) {
        Latencies all = new Latencies();
        long wall = 0;
        int done = 0;
        int slice = Math.max(batch * clients, (total / 10) / batch * batch);
        while (done < total) {
            int size = Math.min(slice, total - done);
            List<List<StatementFactory.Generated>> batches = new ArrayList<>();
            for (int from = 0; from < size; from += batch) {
                batches.add(factory.batch(Math.min(batch, size - from)));
            }
            LrsClient.Run r = LrsClient.concurrently(batches.size(), clients, () -> {}, b -> {
                xapi.post(batches.get(b).stream().map(g -> parse(g.json())).toList());
                return timed.lastNanos();
            });
            wall += r.wallNanos();
            done += size;
            log(String.format(
                    "  fill %d/%d: %.0f statements/s, %s",
                    done, total, size / (r.wallNanos() / 1e9), r.latencies().summary()));
            mergeInto(all, r.latencies());
        }
        return new LrsClient.IngestResult(total, batch, clients, wall, all);
    }

    private static void mergeInto(Latencies target, Latencies source) {
        for (long v : source.values()) {
            target.add(v);
        }
    }

    /**
     * Timed queries and "more" walks through the XapiClient, which builds the query strings and follows the links;
     * each latency is the HTTP exchange alone ({@link TimedHttpClient}), not the parsing of the page.
     */
    private String queries(
            XapiClient xapi, TimedHttpClient timed, StatementFactory f, Instant fillStart, Instant fillEnd) {
        int q = intOpt("queries", 200);
        int limit = intOpt("query-limit", 100);
        int pages = intOpt("pages", 20);
        Supplier<StatementQuery.Builder> limited =
                () -> StatementQuery.builder().limit(limit);
        Supplier<JsonObject> learner = () -> agent(f.learnerMbox(f.nextInt(f.learners())));
        Supplier<String> module = () -> f.moduleIri(f.nextInt(f.courses()), f.nextInt(f.modulesPerCourse()));
        Map<String, Supplier<StatementQuery>> kinds = new LinkedHashMap<>();
        kinds.put("unfiltered (latest first)", () -> limited.get().build());
        kinds.put("agent", () -> limited.get().agent(learner.get()).build());
        kinds.put(
                "verb",
                () -> limited.get()
                        .verb(StatementFactory.verbIri(
                                StatementFactory.VERBS[f.nextInt(StatementFactory.VERBS.length)]))
                        .build());
        kinds.put("activity", () -> limited.get().activity(module.get()).build());
        kinds.put("registration", () -> {
            int l = f.nextInt(f.learners());
            return limited.get()
                    .registration(UUID.fromString(f.registration(l, f.nextInt(f.courses()))))
                    .build();
        });
        kinds.put(
                "agent + verb",
                () -> limited.get()
                        .agent(learner.get())
                        .verb(StatementFactory.verbIri("completed"))
                        .build());
        kinds.put(
                "activity ascending",
                () -> limited.get().activity(module.get()).ascending(true).build());
        long span = Math.max(1, ChronoUnit.SECONDS.between(fillStart, fillEnd));
        kinds.put("since/until (60 s window)", () -> {
            Instant since = fillStart.plusSeconds(f.nextInt((int) Math.max(1, span - 60)));
            return limited.get().since(since).until(since.plusSeconds(60)).build();
        });
        kinds.put(
                "verb + since (last 5 min of fill)",
                () -> limited.get()
                        .verb(StatementFactory.verbIri("passed"))
                        .since(fillEnd.minusSeconds(300))
                        .build());
        kinds.put(
                "activity=course + related_activities",
                () -> limited.get()
                        .activity(f.courseIri(f.nextInt(f.courses())))
                        .relatedActivities(true)
                        .build());
        kinds.put(
                "agent=instructor + related_agents",
                () -> limited.get()
                        .agent(agent(f.instructorMbox(f.nextInt(f.instructors()))))
                        .relatedAgents(true)
                        .build());

        StringBuilder table = new StringBuilder("""
                | query | requests | avg statements/page | p50 ms | p95 ms | p99 ms | max ms | note |
                |---|---:|---:|---:|---:|---:|---:|---|
                """);
        int warmup = intOpt("query-warmup", 20);
        for (var kind : kinds.entrySet()) {
            log("query: " + kind.getKey());
            for (int i = 0; i < warmup; i++) {
                try {
                    xapi.statements(kind.getValue().get());
                } catch (RefusedException e) {
                    break; // answered again below, where a refusal is reported
                }
            }
            Latencies lat = new Latencies();
            long returned = 0;
            String note = "";
            for (int i = 0; i < q; i++) {
                StatementPage page;
                try {
                    page = xapi.statements(kind.getValue().get());
                } catch (RefusedException e) {
                    if (e.status() == 400 && i == 0) {
                        note = "server answered 400: skipped (" + shorten(e.body()) + ")";
                        break;
                    }
                    throw e;
                }
                lat.add(timed.lastNanos());
                returned += page.statements().size();
            }
            if (kind.getKey().contains("related") && lat.count() > 0 && returned == 0) {
                note = "accepted but returns nothing: the parameter is ignored (related matches are not indexed)";
            }
            table.append(queryRow(kind.getKey(), lat, lat.count() == 0 ? 0 : (double) returned / lat.count(), note));
        }
        // paging: follow "more" from a first page, timing each next page
        Map<String, Supplier<StatementQuery>> paged = new LinkedHashMap<>();
        paged.put("paging agent via more", kinds.get("agent"));
        paged.put("paging verb via more (deep)", kinds.get("verb"));
        paged.put("paging unfiltered via more (deep)", kinds.get("unfiltered (latest first)"));
        int walks = Math.max(1, q / pages);
        for (var kind : paged.entrySet()) {
            log("query: " + kind.getKey());
            Latencies lat = new Latencies();
            long returned = 0;
            for (int w = 0; w < walks; w++) {
                Iterator<StatementPage> walk = xapi.pages(kind.getValue().get()).iterator();
                walk.next(); // the first page is a query as above
                for (int p = 0; p < pages && walk.hasNext(); p++) {
                    StatementPage page = walk.next();
                    lat.add(timed.lastNanos());
                    returned += page.statements().size();
                }
            }
            table.append(queryRow(
                    kind.getKey() + " (" + walks + " walks × up to " + pages + " pages)",
                    lat,
                    lat.count() == 0 ? 0 : (double) returned / lat.count(),
                    "latency of the next pages only"));
        }
        return table.toString();
    }

    private Thread sampler(
            AtomicBoolean running,
            TrackerProcess server,
            int jstack,
            String jdbcUrl,
            String user,
            String password,
            Map<String, Integer> waits,
            Path out) {
        Thread t = new Thread(
                () -> {
                    int taken = 0;
                    long nextJstack = System.nanoTime() + 3_000_000_000L;
                    try (Connection c = jdbcUrl == null ? null : DriverManager.getConnection(jdbcUrl, user, password)) {
                        while (running.get()) {
                            if (c != null) {
                                try (Statement s = c.createStatement();
                                        ResultSet rs = s.executeQuery("""
                                SELECT coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-')
                                       || ' [' || state || '] ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 50)
                                FROM pg_stat_activity
                                WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle'
                                """)) {
                                    while (rs.next()) {
                                        waits.merge(rs.getString(1), 1, Integer::sum);
                                    }
                                }
                                waits.merge("(samples)", 1, Integer::sum);
                            }
                            if (server != null && taken < jstack && System.nanoTime() > nextJstack) {
                                Path file = out.resolve("jstack-" + (++taken) + ".txt");
                                new ProcessBuilder(
                                                Path.of(System.getProperty("java.home"), "bin", "jstack")
                                                        .toString(),
                                                String.valueOf(server.pid()))
                                        .redirectOutput(file.toFile())
                                        .redirectErrorStream(true)
                                        .start()
                                        .waitFor();
                                nextJstack = System.nanoTime() + 1_500_000_000L;
                            }
                            Thread.sleep(100);
                        }
                    } catch (Exception e) {
                        log("sampler stopped: " + e);
                    }
                },
                "bench-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String waitTable(Map<String, Integer> waits) {
        int samples = waits.getOrDefault("(samples)", 1);
        StringBuilder sb = new StringBuilder("Average number of active client backends per state, over " + samples
                + " samples (top 12):\n\n| wait:event [state] query | avg active |\n|---|---:|\n");
        new TreeMap<>(waits)
                .entrySet().stream()
                        .filter(e -> !e.getKey().equals("(samples)"))
                        .sorted((a, b) -> b.getValue() - a.getValue())
                        .limit(12)
                        .forEach(e -> sb.append("| `")
                                .append(e.getKey().replace("|", "/"))
                                .append("` | ")
                                .append(String.format("%.2f", e.getValue() / (double) samples))
                                .append(" |\n"));
        return sb.toString();
    }

    /** The verify phase needs an administrator: the bootstrap one of the bench's server, or one given. */
    private boolean verifies() {
        return intOpt("verify-n", 20_000) > 0 && (!options.containsKey("url") || options.containsKey("admin-password"));
    }

    /** The phases this invocation runs, in order, for the report. */
    private String phases(String jdbcUrl) {
        List<String> phases = new ArrayList<>();
        int startupRuns = intOpt("startup-runs", 3);
        if (startupRuns > 0) {
            phases.add("start to ready (H2: " + startupRuns + " × first start and restart"
                    + (options.containsKey("url") ? ")" : "; PostgreSQL: the bench's own server start)"));
        }
        if (intOpt("warmup", 5_000) > 0) {
            phases.add("warm-up");
        }
        phases.add("batched ingest");
        if (intOpt("single-n", 20_000) > 0) {
            phases.add("single-statement POSTs");
        }
        if (Boolean.parseBoolean(opt("raw", "true")) && jdbcUrl != null) {
            phases.add("raw JDBC baseline");
        }
        if (verifies()) {
            phases.add("public verify");
        }
        if (intOpt("fill", 1_000_000) > 0) {
            phases.add("fill + queries");
        }
        return String.join(", ", phases);
    }

    private boolean analyzes(String jdbcUrl) {
        return jdbcUrl != null && Boolean.parseBoolean(opt("analyze", "true"));
    }

    /**
     * Gives PostgreSQL the statistics autovacuum would have on a production database. Without them (a table younger
     * than the autovacuum nap) the voided look-up is planned as a sequential scan that grows with the table.
     */
    private void analyze(String jdbcUrl, String user, String password) throws Exception {
        log("ANALYZE (statistics as autovacuum would have them)");
        sql(jdbcUrl, user, password, "ANALYZE");
    }

    private long countStatements(String jdbcUrl, String user, String password, long fallback) throws Exception {
        if (jdbcUrl == null) {
            return fallback;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM xapi_statement")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void machine(String jdbcUrl, String user, String password, String base) throws Exception {
        StringBuilder m = new StringBuilder();
        var os = ManagementFactory.getOperatingSystemMXBean();
        long ram = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        m.append("- date: ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append('\n');
        m.append("- cores: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(", RAM: ")
                .append(
                        ram / (1024 * 1024 * 1024.0) > 0
                                ? String.format("%.1f GiB", ram / (1024.0 * 1024 * 1024))
                                : "?")
                .append(", OS: ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append('\n');
        m.append("- Java: ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append('\n');
        m.append("- server: ")
                .append(base)
                .append(
                        options.containsKey("url")
                                ? " (targeted)"
                                : " (uber-jar started by the bench, -Xmx" + opt("server-heap", "1g") + ")")
                .append('\n');
        if (jdbcUrl != null) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                    Statement s = c.createStatement()) {
                m.append("- PostgreSQL: ")
                        .append(one(s, "SELECT version()"))
                        .append("; synchronous_commit=")
                        .append(one(s, "SHOW synchronous_commit"))
                        .append(", shared_buffers=")
                        .append(one(s, "SHOW shared_buffers"))
                        .append(", fsync=")
                        .append(one(s, "SHOW fsync"))
                        .append(", full_page_writes=")
                        .append(one(s, "SHOW full_page_writes"))
                        .append(
                                options.containsKey("url")
                                        ? ""
                                        : " (--durability " + opt("durability", "durable") + ")")
                        .append('\n');
            }
        }
        m.append("- load generator, server and PostgreSQL share this machine; 1-min load average at start: ")
                .append(String.format("%.1f", os.getSystemLoadAverage()))
                .append(" (the \"load avg\" column is taken at the end of each run)\n");
        m.append("- statistics: ")
                .append(
                        analyzes(jdbcUrl)
                                ? "ANALYZE after the warm-up"
                                : "none collected by the bench (autovacuum only)")
                .append('\n');
        m.append("- xAPI credential: ").append(credentialUsed).append('\n');
        m.append("- phases: ").append(phases(jdbcUrl)).append('\n');
        m.append("- parameters: ")
                .append(options.isEmpty() ? "(defaults)" : options.toString())
                .append('\n');
        sections.put("Machine and parameters", m.toString());
    }

    /** What the database runs with, as {@code SHOW} reports it: the settings that decide whether a commit survives. */
    static String durability(String jdbcUrl, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            return "fsync=" + one(s, "SHOW fsync") + ", synchronous_commit=" + one(s, "SHOW synchronous_commit")
                    + ", full_page_writes=" + one(s, "SHOW full_page_writes");
        }
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Whether the embedded PostgreSQL records time per SQL statement ({@code --pg-statements}). */
    private boolean pgStatements() {
        return Boolean.parseBoolean(opt("pg-statements", "false"));
    }

    /**
     * With {@code --speed-probes true}: the machine's speed right now ({@link MachineSpeed}), a row of "Machine speed
     * during the run", once the previous phase's outbox events are handled.
     */
    private void probeSpeed(String moment, String jdbcUrl, String jdbcUser, String jdbcPassword) throws Exception {
        if (speedProbe == null) {
            return;
        }
        if (jdbcUrl != null) {
            awaitOutboxDrained(jdbcUrl, jdbcUser, jdbcPassword);
        }
        double millis = speedProbe.probeMillis();
        speed.append(
                String.format("| %s | %s | %.0f |%n", Instant.now().toString().substring(11, 19), moment, millis));
        log(String.format("machine speed %s: %.0f ms of CPU for %,d steps", moment, millis, MachineSpeed.STEPS));
    }

    /** A started Flight Recorder profile of the bench's own server when {@code --jfr} names this phase, else null. */
    private JfrProfile serverProfile(String phase, TrackerProcess server, Path out)
            throws IOException, InterruptedException {
        if (server == null || !opt("jfr", "none").equals(phase)) {
            return null;
        }
        JfrProfile profile = new JfrProfile(server.pid(), out.resolve(phase + ".jfr"));
        profile.start();
        return profile;
    }

    /** A titled part of the report: the title, a blank line, the Markdown table(s), a blank line. */
    private static void section(StringBuilder report, String title, String tables) {
        report.append(title).append(":\n\n").append(tables).append('\n');
    }

    private static void sql(String jdbcUrl, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * The SQL statements PostgreSQL spent most time executing since the last reset, per stored statement; the
     * multi-row INSERTs of one JDBC batch (split into blocks of 128, 64, … rows) and IN lists of every length count
     * as one statement.
     */
    private static String sqlTimes(String jdbcUrl, String user, String password, long stored) throws SQLException {
        record Time(long calls, long rows, double ms) {
            Time plus(Time o) {
                return new Time(calls + o.calls, rows + o.rows, ms + o.ms);
            }
        }
        Map<String, Time> times = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT query, calls, rows, total_exec_time FROM pg_stat_statements
                        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())""")) {
            while (rs.next()) {
                String query = rs.getString(1)
                        .replaceAll("\\s+", " ")
                        .replaceAll(" VALUES \\(.*", " VALUES …")
                        .replaceAll(" IN \\(\\$.*", " IN (…");
                times.merge(query, new Time(rs.getLong(2), rs.getLong(3), rs.getDouble(4)), Time::plus);
            }
        }
        StringBuilder sb = new StringBuilder(
                "| SQL | calls | rows | execution ms | µs per stored statement |\n|---|---:|---:|---:|---:|\n");
        times.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().ms(), a.getValue().ms()))
                .limit(12)
                .forEach(e -> sb.append(String.format(
                        "| `%s` | %d | %d | %.0f | %.1f |%n",
                        e.getKey().length() > 100 ? e.getKey().substring(0, 100) + "…" : e.getKey(),
                        e.getValue().calls(),
                        e.getValue().rows(),
                        e.getValue().ms(),
                        e.getValue().ms() * 1000 / stored)));
        double total = times.values().stream().mapToDouble(Time::ms).sum();
        sb.append(String.format("| **all statements** | | | %.0f | %.1f |%n", total, total * 1000 / stored));
        return sb.toString();
    }

    private static List<String> bodies(StatementFactory factory, int statements, int batch) {
        List<String> bodies = new ArrayList<>();
        for (int done = 0; done < statements; done += batch) {
            bodies.add(StatementFactory.array(factory.batch(Math.min(batch, statements - done))));
        }
        return bodies;
    }

    /** POSTs one statement with a version this LRS refuses; the nanoseconds of the exchange. */
    private static long refused(LrsClient lrs, String body) {
        LrsClient.Answer a = lrs.post(body, REFUSED_VERSION);
        if (a.status() != 400) {
            throw new IllegalStateException(
                    "POST with version " + REFUSED_VERSION + " answered " + a.status() + ": " + a.body());
        }
        return a.nanos();
    }

    /**
     * The server drains the outbox (completion decisions) behind the ingest: a phase measured after another starts
     * once it is empty, so the server's CPU of the phase before is not counted in it.
     */
    private static void awaitOutboxDrained(String jdbcUrl, String user, String password) throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement st = c.createStatement()) {
            long pending;
            do {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM outbox_event WHERE status = 'PENDING'")) {
                    rs.next();
                    pending = rs.getLong(1);
                }
                if (pending > 0) {
                    Thread.sleep(200);
                }
            } while (pending > 0 && System.nanoTime() - start < 120_000_000_000L);
            log(String.format(
                    "  outbox: %d events pending after %.1f s%s",
                    pending, (System.nanoTime() - start) / 1e9, pending > 0 ? " (measuring anyway)" : ""));
        }
    }

    private static String row(String run, LrsClient.IngestResult r) {
        return String.format(
                "| %s | %d | %d | %d | %.0f | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                run,
                r.statements(),
                r.batch(),
                r.clients(),
                r.rate(),
                r.latencies().count(),
                r.latencies().percentileMillis(50),
                r.latencies().percentileMillis(95),
                r.latencies().percentileMillis(99),
                r.latencies().maxMillis(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String queryRow(String kind, Latencies l, double perPage, String note) {
        return String.format(
                "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n",
                kind,
                l.count(),
                perPage,
                l.percentileMillis(50),
                l.percentileMillis(95),
                l.percentileMillis(99),
                l.maxMillis(),
                note);
    }

    private static JsonObject agent(String mbox) {
        return CachedJson.objectBuilder().add("mbox", mbox).build();
    }

    private static JsonObject parse(String json) {
        try (var r = CachedJson.reader(new StringReader(json))) {
            return r.readObject();
        }
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    static void log(String message) {
        System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }
}
