package org.alerrt.tracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.alerrt.tracker.testsupport.TrackerProcess;

/**
 * Start-up of the uber-jar until {@code /health/ready} answers 200 (the database answers and the application is
 * deployed), timed from the launch of its JVM: wall-clock seconds and the CPU seconds the server used meanwhile.
 */
final class StartToReady {

    /** What issue 15 asks of a start on the embedded H2 database. */
    static final String TARGET = "≤ 10 s";

    private static final Duration PATIENCE = Duration.ofSeconds(180);

    /** A server that has become ready, and what it took; no server for Payara Micro alone (already stopped). */
    record Started(TrackerProcess server, double wallSeconds, double cpuSeconds) {}

    private StartToReady() {}

    /** Launches the uber-jar with {@code environment} on a free port and waits until it is ready. */
    static Started start(Map<String, String> environment, Path log, List<String> jvmOptions) {
        return start(environment, log, jvmOptions, List.of());
    }

    private static Started start(
            Map<String, String> environment, Path log, List<String> jvmOptions, List<String> payaraOptions) {
        long launched = System.nanoTime();
        TrackerProcess server =
                TrackerProcess.launch(environment, log, jvmOptions, payaraOptions, TrackerProcess.freePort());
        LrsClient client = new LrsClient(server.base().toString(), "", "");
        CpuAccounting cpu = new CpuAccounting(server.pid());
        while (true) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited during start-up; log: " + log);
            }
            try {
                if (client.getPublic("health/ready").status() == 200) {
                    return new Started(server, (System.nanoTime() - launched) / 1e9, cpu.serverSeconds());
                }
            } catch (UncheckedIOException notListeningYet) {
                // the HTTP listener opens part-way through the start
            }
            if (System.nanoTime() - launched > PATIENCE.toNanos()) {
                server.close();
                throw new IllegalStateException("the server was not ready within " + PATIENCE + "; log: " + log);
            }
            sleep(100); // the resolution of the wall-clock figure
        }
    }

    /**
     * {@code runs} times: a first start on a new, empty H2 database (Flyway creates the schema), stop, then a restart
     * on that database (the usual start), stop. Each run has its own temporary directory with a copy of the
     * configuration directory and the database under {@code data/}.
     *
     * @param bootstrap the bootstrap credentials every server of the bench gets
     * @return the starts of each kind, in run order
     */
    static Map<String, List<Started>> h2(
            int runs, Path configDir, Map<String, String> bootstrap, List<String> jvmOptions, Path out)
            throws IOException {
        Map<String, List<Started>> starts = new LinkedHashMap<>();
        starts.put("H2, first start (empty database: Flyway migrates)", new ArrayList<>());
        starts.put("H2, restart (same database)", new ArrayList<>());
        for (int run = 1; run <= runs; run++) {
            Path dir = Files.createTempDirectory("tracker-startup");
            try {
                Path config = dir.resolve("config");
                copy(configDir, config);
                Map<String, String> env = new LinkedHashMap<>(bootstrap);
                env.put("TRACKER_CONFIG_DIR", config.toString());
                // an absolute path to the default database name: TrackerProcess starts the JVM in the bench's own
                // working directory, whose ./data must stay untouched
                env.put("TRACKER_DB_URL", "jdbc:h2:file:" + dir.resolve("data").resolve("tracker"));
                env.put("TRACKER_DATA_DIR", dir.resolve("data").toString());
                env.put("TRACKER_CONTENT_PORT", String.valueOf(TrackerProcess.freePort()));
                int kind = 0;
                for (var entry : starts.entrySet()) {
                    boolean first = kind++ == 0;
                    Path log = out.resolve("startup-h2-" + run + "-" + (first ? "first" : "restart") + ".log");
                    Files.deleteIfExists(log);
                    LrsBench.log("start to ready: " + entry.getKey() + ", run " + run + " (log: " + log + ")");
                    Started started = start(env, log, startOptions(jvmOptions, dir, first), payaraOptions(dir));
                    started.server().close();
                    entry.getValue().add(started);
                    LrsBench.log(String.format(
                            "  ready after %.1f s, server CPU %.1f s", started.wallSeconds(), started.cpuSeconds()));
                }
            } finally {
                delete(dir);
            }
        }
        return starts;
    }

    /**
     * The floor of a start: Payara Micro alone, the plain runtime jar with no application, started {@code runs} + 1
     * times the way a restart of the tracker is (its runtime kept in one directory, a class data sharing archive
     * written by the first start and mapped by the others), timed from the launch of its JVM until it logs that it
     * is ready. What a restart of the tracker takes beyond this is the deployment of the application.
     *
     * @return the first start and the restarts, as rows of {@link #table}; empty when {@code payaraJar} is missing
     */
    static Map<String, List<Started>> payaraAlone(int runs, Path payaraJar, List<String> jvmOptions, Path out)
            throws IOException {
        Map<String, List<Started>> starts = new LinkedHashMap<>();
        if (!Files.isRegularFile(payaraJar)) {
            LrsBench.log("start to ready: Payara Micro alone skipped, no " + payaraJar);
            return starts;
        }
        String first = "Payara Micro alone (no application), first start";
        String restart = "Payara Micro alone (no application), restart";
        starts.put(first, new ArrayList<>());
        starts.put(restart, new ArrayList<>());
        Path dir = Files.createTempDirectory("payara-alone");
        try {
            for (int run = 0; run <= runs; run++) {
                Path log = out.resolve("startup-payara-alone-" + run + ".log");
                LrsBench.log("start to ready: Payara Micro alone, start " + (run + 1) + " (log: " + log + ")");
                Started started =
                        logsReady(payaraJar, startOptions(jvmOptions, dir, run == 0), payaraOptions(dir), log);
                starts.get(run == 0 ? first : restart).add(started);
                LrsBench.log(
                        String.format("  ready after %.1f s, CPU %.1f s", started.wallSeconds(), started.cpuSeconds()));
            }
        } finally {
            delete(dir);
        }
        return starts;
    }

    /** Launches {@code jar} (no deployment) and waits for Payara Micro's "ready in" line; stops it again. */
    private static Started logsReady(Path jar, List<String> jvmOptions, List<String> payaraOptions, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--port",
                String.valueOf(TrackerProcess.freePort()),
                "--nocluster",
                "--disablephonehome"));
        command.addAll(payaraOptions);
        Files.deleteIfExists(log);
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            CpuAccounting cpu = new CpuAccounting(process.pid());
            while (!Files.readString(log).contains(" ready in ")) {
                if (!process.isAlive() || System.nanoTime() - launched > PATIENCE.toNanos()) {
                    throw new IllegalStateException("Payara Micro alone did not get ready; log: " + log);
                }
                sleep(100);
            }
            return new Started(null, (System.nanoTime() - launched) / 1e9, cpu.serverSeconds());
        } finally {
            process.destroy(); // SIGTERM: the first start writes its class data sharing archive as it exits
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The JVM options of a start as {@code ./tracker run} gives them: the first start writes the class data sharing
     * archive when it stops, a restart maps it.
     */
    static List<String> startOptions(List<String> jvmOptions, Path dir, boolean first) {
        List<String> options = new ArrayList<>(jvmOptions);
        Path archive = dir.resolve("data").resolve("startup-classes.jsa");
        options.add((first ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=") + archive);
        options.add("-Xlog:cds*=error");
        return options;
    }

    /** Payara Micro's runtime in the same directory at every start, as {@code ./tracker run} keeps it. */
    static List<String> payaraOptions(Path dir) {
        return TrackerProcess.keptRuntime(dir.resolve("data"));
    }

    /** One row per kind of start: runs, medians and every run's figures. */
    static String table(Map<String, List<Started>> starts) {
        StringBuilder sb =
                new StringBuilder("| start | runs | median wall s | median server CPU s | each run (wall s / CPU s) |\n"
                        + "|---|---:|---:|---:|---|\n");
        starts.forEach((kind, list) -> {
            if (list.isEmpty()) {
                return;
            }
            List<String> each = new ArrayList<>();
            for (Started s : list) {
                each.add(String.format("%.1f / %.1f", s.wallSeconds(), s.cpuSeconds()));
            }
            sb.append(String.format(
                    "| %s | %d | %.1f | %.1f | %s |%n",
                    kind,
                    list.size(),
                    median(list.stream().mapToDouble(Started::wallSeconds).toArray()),
                    median(list.stream().mapToDouble(Started::cpuSeconds).toArray()),
                    String.join(", ", each)));
        });
        return sb.append("\nTarget on H2: ready ")
                .append(TARGET)
                .append(" (wall, from the launch of the server's JVM).\n")
                .toString();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
