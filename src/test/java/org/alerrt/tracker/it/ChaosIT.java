package org.alerrt.tracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.alerrt.tracker.testsupport.TrackerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the uber-jar, one cluster on Payara's data grid over one PostgreSQL, take statements (with passes of known officers) and roster exports
 * from concurrent clients while one instance or the other is killed with SIGKILL and restarted three times at
 * random moments. Afterwards nothing acknowledged is missing, nothing is there twice, and no outbox event was
 * handled twice or left behind. Run in the PostgreSQL execution only (two instances cannot share an H2 file).
 */
class ChaosIT {

    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    private static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";
    /** Online courses of lrs-config/courses.csv: each credited pass gets a certificate and a queue entry. */
    private static final List<String> COURSES =
            List.of("https://alerrt.org/xapi/courses/3356", "https://alerrt.org/xapi/courses/667371");

    private static final int OFFICERS = 24;
    private static final int INGEST_CLIENTS = 4;
    private static final int KILLS = 3;
    private static final Pattern HANDLED = Pattern.compile("Outbox event (\\d+) handled");

    @TempDir
    Path work;

    private String databaseUrl;
    private final Map<String, Integer> gridPorts =
            Map.of("a", TrackerProcess.freePort(), "b", TrackerProcess.freePort());
    private final String clusterName = "chaos-" + Long.toHexString(System.nanoTime());
    private final List<Node> nodes = new CopyOnWriteArrayList<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<Long> exportedRosters = new CopyOnWriteArrayList<>();
    private final AtomicInteger logSequence = new AtomicInteger();

    /** One running incarnation of an instance; each has its own log file. */
    private record Node(String name, TrackerProcess process, TrackerClient client) {}

    @BeforeEach
    void createDatabase() throws SQLException {
        Assumptions.assumeTrue(
                "postgresql".equals(System.getProperty("it.database")), "run in the PostgreSQL execution");
        String server = "jdbc:postgresql://127.0.0.1:" + System.getProperty("embedded.pg.port") + "/";
        String name = "chaos_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        databaseUrl = server + name;
    }

    @AfterEach
    void stopAll() {
        nodes.forEach(n -> n.process().close());
    }

    @Test
    void killedInstancesLoseNothingAndHandleNothingTwice() throws Exception {
        long seed = Long.getLong("chaos.seed", System.nanoTime());
        System.out.println("ChaosIT seed " + seed + " (rerun with -Dchaos.seed=" + seed + ")");
        Random random = new Random(seed);

        ExecutorService pool = Executors.newCachedThreadPool();
        List<Future<Node>> starting = List.of(pool.submit(() -> start("a")), pool.submit(() -> start("b")));
        for (Future<Node> f : starting) {
            nodes.add(f.get());
        }
        importOfficers(nodes.get(0).client());

        AtomicBoolean running = new AtomicBoolean(true);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < INGEST_CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> ingest(client, running, new Random(seed + client))));
        }
        clients.add(pool.submit(() -> export(running)));

        for (int kill = 0; kill < KILLS; kill++) {
            Thread.sleep(4_000 + random.nextInt(12_000));
            Node victim = nodes.get(random.nextInt(nodes.size()));
            victim.process().kill();
            nodes.remove(victim);
            System.out.println("ChaosIT killed " + victim.name() + " at " + Instant.now());
            Thread.sleep(random.nextInt(3_000));
            nodes.add(start(victim.name().substring(0, 1)));
        }
        Thread.sleep(5_000);
        running.set(false);
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();

        try (Connection db = DriverManager.getConnection(databaseUrl, "postgres", "postgres")) {
            awaitOutboxDrained(db);
            assertEveryAcknowledgedStatementStoredOnce(db);
            assertOneCompletionPerPassedRegistration(db);
            assertCertificatesAndQueueEntriesPointAtCompletions(db);
            assertEachQueueEntryInAtMostOneRoster(db);
            assertNoEventHandledTwice(db);
        }
    }

    private Node start(String instance) {
        String name = instance + logSequence.incrementAndGet();
        int contentPort = TrackerProcess.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("TRACKER_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource");
        env.put("TRACKER_DB_URL", databaseUrl);
        env.put("TRACKER_DB_USER", "postgres");
        env.put("TRACKER_DB_PASSWORD", "postgres");
        env.put("TRACKER_DATA_DIR", work.resolve("data-" + name).toString());
        env.put("TRACKER_CONTENT_PORT", String.valueOf(contentPort));
        env.put("TRACKER_CONTENT_URL", "http://localhost:" + contentPort);
        env.put("TRACKER_EVENTS_POLL_INTERVAL_MS", "500");
        env.put(
                "TRACKER_CLUSTER_MEMBERS",
                gridPorts.values().stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(",")));
        env.put("TRACKER_CLUSTER_PORT", String.valueOf(gridPorts.get(instance)));
        env.put("TRACKER_CLUSTER_NAME", clusterName);
        TrackerProcess process = TrackerProcess.start(
                env,
                log(name),
                TrackerProcess.testJvmOptions("384m"),
                List.of("--postbootcommandfile", handledEventsLogged().toString()));
        return new Node(name, process, new TrackerClient(process.base()));
    }

    /** The outbox writes one FINE line per handled event, after its commit: the runs the test counts. */
    private Path handledEventsLogged() {
        Path file = work.resolve("post-boot-commands.txt");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, "set-log-levels org.alerrt.tracker.platform.events.OutboxDispatcher=FINE\n");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path log(String name) {
        return work.resolve("chaos-" + name + ".log");
    }

    private static void importOfficers(TrackerClient client) {
        StringBuilder csv = new StringBuilder("first_name,last_name,pid,agency,email\n");
        for (int i = 0; i < OFFICERS; i++) {
            csv.append("Officer,Number")
                    .append(i)
                    .append(',')
                    .append(9_000_000 + i)
                    .append(",Chaos PD,")
                    .append(email(i))
                    .append('\n');
        }
        HttpResponse<String> r = client.send(client.admin("learners/import")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
        assertEquals(200, r.statusCode(), r.body());
    }

    private static String email(int officer) {
        return "officer" + officer + "@chaos.example.org";
    }

    /**
     * One client: batches of statements for its own officers (so one officer's statements are sent in order), each
     * batch retried with the same ids on another instance when the one it went to dies.
     */
    private void ingest(int client, AtomicBoolean running, Random random) {
        while (running.get()) {
            int officer = client + INGEST_CLIENTS * random.nextInt(OFFICERS / INGEST_CLIENTS);
            String registration = UUID.randomUUID().toString();
            String course = COURSES.get(random.nextInt(COURSES.size()));
            JsonArrayBuilder batch = Json.createArrayBuilder();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ids.add(statement(batch, officer, EXPERIENCED, course + "/module/" + i, registration));
            }
            ids.add(statement(batch, officer, COMPLETED, course, registration));
            ids.add(statement(batch, officer, PASSED, course, registration));
            String body = batch.build().toString();
            for (int attempt = 0; attempt < 20 && !sent(body, ids); attempt++) {
                pause(500);
            }
            pause(250); // a steady load the outbox keeps up with: this test is about crashes, not throughput
        }
    }

    private boolean sent(String body, List<String> ids) {
        try {
            TrackerClient client = anyNode().client();
            HttpResponse<String> r = client.postStatements(body);
            if (r.statusCode() == 200) {
                acknowledged.addAll(ids);
                return true;
            }
            return false;
        } catch (RuntimeException e) { // the instance died under the request: not acknowledged, sent again
            return false;
        }
    }

    private static String statement(
            JsonArrayBuilder batch, int officer, String verb, String activity, String registration) {
        String id = UUID.randomUUID().toString();
        JsonObject s = Json.createObjectBuilder()
                .add("id", id)
                .add("actor", Json.createObjectBuilder().add("mbox", "mailto:" + email(officer)))
                .add("verb", Json.createObjectBuilder().add("id", verb))
                .add("object", Json.createObjectBuilder().add("id", activity))
                .add("result", Json.createObjectBuilder().add("success", true).add("completion", true))
                .add("context", Json.createObjectBuilder().add("registration", registration))
                .add("timestamp", Instant.now().toString())
                .build();
        batch.add(s);
        return id;
    }

    private void export(AtomicBoolean running) {
        while (running.get()) {
            pause(2_000);
            try {
                TrackerClient client = anyNode().client();
                HttpResponse<String> r =
                        client.send(client.admin("reports/rosters").POST(HttpRequest.BodyPublishers.noBody()));
                if (r.statusCode() == 201) {
                    exportedRosters.add(
                            TrackerClient.object(r.body()).getJsonNumber("id").longValue());
                }
            } catch (RuntimeException e) {
                // the instance died under the export: its transaction either committed or left nothing
            }
        }
    }

    private Node anyNode() {
        List<Node> live = List.copyOf(nodes);
        return live.get((int) (Math.random() * live.size()));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitOutboxDrained(Connection db) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (count(db, "SELECT COUNT(*) FROM outbox_event WHERE status = 'PENDING'") > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        System.out.println("ChaosIT outbox drained "
                + Duration.between(deadline.minusSeconds(120), Instant.now()).toMillis()
                + " ms after the load stopped");
        assertEquals(
                0,
                count(db, "SELECT COUNT(*) FROM outbox_event WHERE status <> 'DONE'"),
                "every outbox event handled, none pending or parked as failed");
        assertEquals(
                0,
                count(db, "SELECT COALESCE(SUM(attempts), 0) FROM outbox_event"),
                "no handler run failed (a duplicate key would be a failed run); last errors: "
                        + strings(db, "SELECT last_error FROM outbox_event WHERE last_error IS NOT NULL LIMIT 3"));
    }

    private void assertEveryAcknowledgedStatementStoredOnce(Connection db) throws SQLException {
        assertTrue(acknowledged.size() > 500, "the clients got statements through: " + acknowledged.size());
        Set<String> stored = new HashSet<>(strings(db, "SELECT statement_id FROM xapi_statement"));
        Set<String> missing =
                acknowledged.stream().filter(id -> !stored.contains(id)).collect(Collectors.toSet());
        assertEquals(Set.of(), missing, "acknowledged statements missing after the kills");
        assertEquals(stored.size(), count(db, "SELECT COUNT(*) FROM xapi_statement"), "no statement stored twice");
    }

    private static void assertOneCompletionPerPassedRegistration(Connection db) throws SQLException {
        long passedRegistrations = count(
                db, "SELECT COUNT(DISTINCT registration) FROM xapi_statement" + " WHERE verb_iri = '" + PASSED + "'");
        assertTrue(passedRegistrations > 20, "passes stored: " + passedRegistrations);
        assertEquals(
                passedRegistrations,
                count(db, "SELECT COUNT(*) FROM completion WHERE outcome = 'PASSED'"),
                "one passed completion per registration with a stored pass");
        assertEquals(
                0,
                count(
                        db,
                        "SELECT COUNT(*) FROM (SELECT registration FROM completion"
                                + " GROUP BY learner_id, tcole_number, registration HAVING COUNT(*) > 1) d"));
    }

    private static void assertCertificatesAndQueueEntriesPointAtCompletions(Connection db) throws SQLException {
        long credited = count(db, "SELECT COUNT(*) FROM completion WHERE credit_released");
        assertEquals(
                count(db, "SELECT COUNT(*) FROM completion WHERE outcome = 'PASSED'"),
                credited,
                "every pass of an officer with a PID is credited");
        assertEquals(
                credited,
                count(db, "SELECT COUNT(*) FROM certificate c JOIN completion p" + " ON p.id = c.completion_id"),
                "one certificate per credited completion, none orphaned");
        assertEquals(count(db, "SELECT COUNT(*) FROM certificate"), credited);
        assertEquals(
                credited,
                count(db, "SELECT COUNT(*) FROM report_entry e JOIN completion p" + " ON p.id = e.completion_id"),
                "one queue entry per credited online completion, none orphaned");
        assertEquals(count(db, "SELECT COUNT(*) FROM report_entry"), credited);
    }

    private void assertEachQueueEntryInAtMostOneRoster(Connection db) throws SQLException {
        assertTrue(exportedRosters.size() > 3, "rosters exported during the run: " + exportedRosters.size());
        assertEquals(
                count(db, "SELECT COALESCE(SUM(entry_count), 0) FROM roster"),
                count(db, "SELECT COUNT(*) FROM report_entry WHERE roster_id IS NOT NULL"),
                "each roster holds exactly the entries it counts");
        TrackerClient client = anyNode().client();
        Set<String> seen = new HashSet<>();
        for (long roster : exportedRosters) {
            HttpResponse<String> r =
                    client.send(client.admin("reports/rosters/" + roster).GET());
            assertEquals(200, r.statusCode(), r.body());
            for (JsonValue entry : TrackerClient.object(r.body()).getJsonArray("entries")) {
                long completion =
                        entry.asJsonObject().getJsonNumber("completionId").longValue();
                String kind = entry.asJsonObject().getString("kind");
                assertTrue(
                        seen.add(completion + " " + kind),
                        "completion " + completion + " exported in two rosters" + " as " + kind);
            }
        }
    }

    private void assertNoEventHandledTwice(Connection db) throws SQLException, IOException {
        Map<Long, Integer> runs = new HashMap<>();
        int failures = 0;
        try (var logs = Files.list(work)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("chaos-"))
                    .toList()) {
                String text = Files.readString(log);
                Matcher m = HANDLED.matcher(text);
                while (m.find()) {
                    runs.merge(Long.parseLong(m.group(1)), 1, Integer::sum);
                }
                failures += count(text, "failed; will retry");
            }
        }
        Map<Long, Integer> twice = runs.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), twice, "outbox events handled more than once");
        assertEquals(0, failures, "handler runs that failed and were retried");
        long events = count(db, "SELECT COUNT(*) FROM outbox_event");
        assertTrue(
                runs.size() > events * 9 / 10,
                "the logs show the handled events (" + runs.size() + " of " + events
                        + "; a kill may cut the line of a run that committed)");
    }

    private static int count(String text, String phrase) {
        int n = 0;
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            n++;
        }
        return n;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
