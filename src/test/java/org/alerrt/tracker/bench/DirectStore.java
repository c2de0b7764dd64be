package org.alerrt.tracker.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.sql.DataSource;
import org.alerrt.tracker.lrs.adapters.persistence.JdbcStatementStore;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.lrs.application.StatementWriter;
import org.alerrt.tracker.lrs.application.StatementWriters;
import org.alerrt.tracker.lrs.domain.DuplicateStatementIdException;
import org.alerrt.tracker.lrs.domain.validation.StatementValidator;
import org.alerrt.tracker.platform.events.EventSubscriber;
import org.alerrt.tracker.platform.events.Publishers;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.web.JsonBody;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.alerrt.tracker.training.adapters.events.CompletionDecider;
import org.alerrt.tracker.training.adapters.events.StatementVoidedSubscriber;

/**
 * The application's own write path with no server in between, the floor of the server's work per statement: each
 * batch's body parsed as the statements resource parses it, every statement validated, then the application's
 * {@code StatementWriter} over {@code JdbcStatementStore} and the outbox publisher (with the subscribers the server
 * has for stored statements) in one transaction on one connection, as the server runs them in its JTA transaction.
 * What the server spends beyond this is HTTP, the container, Jersey, authentication and the connection pool; what
 * PostgreSQL spends here is the storage schema's own cost per statement.
 */
final class DirectStore {

    /** Where the writing threads' CPU went, in the order of the write path. */
    static final List<String> STAGES = List.of(
            "parse the body (JSON-P)",
            "validate",
            "store: StatementWriter, JdbcStatementStore, outbox (JDBC client side)",
            "commit");

    /** The run and each stage's CPU nanoseconds, summed over the threads. */
    record Result(LrsClient.IngestResult ingest, Map<String, Long> stageCpuNanos) {}

    private DirectStore() {}

    /**
     * @param bodies one JSON array of statements per transaction, serialised before the clock starts
     * @param atStart run once just before the clock starts (the CPU sample)
     * @param atEnd run once when the last transaction has committed, before the connections close (their backends'
     *     CPU is counted while they are there)
     */
    static Result run(
            String jdbcUrl,
            String user,
            String password,
            List<String> bodies,
            int statements,
            int batch,
            int clients,
            JsonObject authority,
            Runnable atStart,
            Runnable atEnd)
            throws Exception {
        List<EventSubscriber> subscribers = List.of(new CompletionDecider(), new StatementVoidedSubscriber());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLongArray stageNanos = new AtomicLongArray(STAGES.size());
        List<Connection> connections = ConnectionWorkers.open(jdbcUrl, user, password, clients, false);
        // one writer, as in the server: its stored-order keys are unique across the threads; each thread's
        // repositories work on that thread's connection, as on its JTA transaction's in the server
        ThreadLocal<DataSource> transaction = new ThreadLocal<>();
        DataSource current = (DataSource) Proxy.newProxyInstance(
                DirectStore.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.invoke(transaction.get(), args));
        StatementWriter writer =
                StatementWriters.over(new JdbcStatementStore(current), Publishers.over(current, subscribers));
        LrsClient.IngestResult ingest = ConnectionWorkers.run(
                connections,
                bodies.size(),
                statements,
                batch,
                (c, r) -> {
                    if (transaction.get() == null) {
                        transaction.set(TestDatabase.transaction(c));
                    }
                    byte[] body = bodies.get(r).getBytes(StandardCharsets.UTF_8);
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    JsonArray array = JsonBody.structure(body, "Malformed JSON").asJsonArray();
                    List<JsonObject> documents = new ArrayList<>(array.size());
                    for (int i = 0; i < array.size(); i++) {
                        documents.add(array.getJsonObject(i));
                    }
                    long cpu1 = threads.getCurrentThreadCpuTime();
                    for (JsonObject d : documents) {
                        StatementValidator.validate(d, false);
                    }
                    long cpu2 = threads.getCurrentThreadCpuTime();
                    for (int attempt = 1; ; attempt++) {
                        try {
                            writer.write(documents, authority, null, XapiVersion.V1_0_3, fresh -> List.of());
                            break;
                        } catch (DuplicateStatementIdException e) {
                            // as StatementService: a concurrent first write of the same activity (H2) or key
                            c.rollback();
                            if (attempt == 3) {
                                throw e;
                            }
                        }
                    }
                    long cpu3 = threads.getCurrentThreadCpuTime();
                    c.commit();
                    long cpu4 = threads.getCurrentThreadCpuTime();
                    stageNanos.addAndGet(0, cpu1 - cpu0);
                    stageNanos.addAndGet(1, cpu2 - cpu1);
                    stageNanos.addAndGet(2, cpu3 - cpu2);
                    stageNanos.addAndGet(3, cpu4 - cpu3);
                },
                atStart,
                atEnd);
        Map<String, Long> stages = new LinkedHashMap<>();
        for (int i = 0; i < STAGES.size(); i++) {
            stages.put(STAGES.get(i), stageNanos.get(i));
        }
        return new Result(ingest, stages);
    }

    /** The authority the server would set for the bench's credential (Data §2.4.9), built the same way. */
    static JsonObject authority(String base, String key) {
        return CachedJson.objectBuilder()
                .add("objectType", "Agent")
                .add("name", "LRS credential " + key)
                .add("account", CachedJson.objectBuilder().add("homePage", base).add("name", key))
                .build();
    }

    /** A Markdown table of each stage's CPU per statement. */
    static String stageTable(Map<String, Long> stageCpuNanos, long statements) {
        StringBuilder sb = new StringBuilder("| stage (writing threads) | CPU µs per statement |\n|---|---:|\n");
        long total = 0;
        for (var e : stageCpuNanos.entrySet()) {
            total += e.getValue();
            sb.append(String.format("| %s | %.1f |%n", e.getKey(), e.getValue() / 1e3 / statements));
        }
        sb.append(String.format("| **total** | %.1f |%n", total / 1e3 / statements));
        return sb.toString();
    }
}
