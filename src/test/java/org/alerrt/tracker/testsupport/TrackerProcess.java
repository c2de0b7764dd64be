package org.alerrt.tracker.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as an operator runs it: the Payara Micro uber-jar ({@code ./tracker run}) in its own JVM, for
 * tests that must stop, kill and start the server (persistence across restarts, a cluster losing a member). An
 * environment with {@code TRACKER_CLUSTER_MEMBERS} starts a cluster member (docs/operations.md); any other starts a
 * single instance with {@code --nocluster}.
 */
public final class TrackerProcess implements AutoCloseable {

    /**
     * JVM options of a server a test starts: the heap, and the JIT and collector choices of the Arquillian servers
     * ({@code it.server.jvm.options} in pom.xml; docs/PERFORMANCE.md, "Test suite"). The benchmark passes its own.
     */
    public static List<String> testJvmOptions(String maxHeap) {
        List<String> options = new ArrayList<>(List.of("-Xmx" + maxHeap));
        for (String option :
                System.getProperty("tracker.itServerJvmOptions", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return List.copyOf(options);
    }

    public static final List<String> TEST_JVM_OPTIONS = testJvmOptions("512m");

    private final Process process;
    private final URL base;

    /**
     * The Payara Micro options {@code ./tracker run} gives for a data directory: the runtime jars unpacked into
     * {@code <data>/runtime} once and reused by every later start.
     */
    public static List<String> keptRuntime(Path dataDir) {
        return List.of("--unpackdir", dataDir.resolve("runtime").toString());
    }

    private TrackerProcess(Process process, URL base) {
        this.process = process;
        this.base = base;
    }

    /** Starts the uber-jar on a free loopback port with the given environment and waits until it serves. */
    public static TrackerProcess start(Map<String, String> environment, Path log) {
        return start(environment, log, TEST_JVM_OPTIONS);
    }

    /** As {@link #start(Map, Path)} with the given JVM options (the load benchmark sizes the heap). */
    public static TrackerProcess start(Map<String, String> environment, Path log, List<String> jvmOptions) {
        return start(environment, log, jvmOptions, List.of());
    }

    /** As {@link #start(Map, Path, java.util.List)} with further Payara Micro options. */
    public static TrackerProcess start(
            Map<String, String> environment, Path log, List<String> jvmOptions, List<String> payaraOptions) {
        int port = freePort();
        try {
            TrackerProcess started = new TrackerProcess(
                    spawn(environment, log, jvmOptions, payaraOptions, port),
                    URI.create("http://127.0.0.1:" + port + "/").toURL());
            started.awaitReady(Duration.ofSeconds(150));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a start that should fail ended: its exit status and everything it printed. */
    public record Exit(int status, String output) {}

    /**
     * Starts the uber-jar on the given port (0: a free one) and waits for the process to end by itself; a process
     * still running after {@code patience} is killed and reported as a failure.
     */
    public static Exit runUntilExit(Map<String, String> environment, Path log, int port, Duration patience) {
        try {
            Files.deleteIfExists(log);
            Process p = spawn(environment, log, TEST_JVM_OPTIONS, List.of(), port == 0 ? freePort() : port);
            if (!p.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("the server was still running after " + patience + "; log: " + log);
            }
            return new Exit(p.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts the uber-jar on {@code port} and returns at once, so that several start together; {@link #awaitReady}
     * waits until it serves.
     */
    public static TrackerProcess launch(Map<String, String> environment, Path log, List<String> jvmOptions, int port) {
        return launch(environment, log, jvmOptions, List.of(), port);
    }

    /** As {@link #launch(Map, Path, List, int)} with further Payara Micro options. */
    public static TrackerProcess launch(
            Map<String, String> environment, Path log, List<String> jvmOptions, List<String> payaraOptions, int port) {
        try {
            Process p = spawn(environment, log, jvmOptions, payaraOptions, port);
            // a test JVM stopped halfway (Ctrl-C, a killed build) must not leave cluster members running
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
            return new TrackerProcess(
                    p, URI.create("http://127.0.0.1:" + port + "/").toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process spawn(
            Map<String, String> environment, Path log, List<String> jvmOptions, List<String> payaraOptions, int port)
            throws IOException {
        String jar = System.getProperty("tracker.microbundle", "target/alerrt-tracker-microbundle.jar");
        if (!new File(jar).isFile()) {
            throw new IllegalStateException("Build the uber-jar first (mvn package): " + jar);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar, "--port", String.valueOf(port), "--disablephonehome"));
        if (environment.getOrDefault("TRACKER_CLUSTER_MEMBERS", "").isBlank()) {
            command.add("--nocluster");
        }
        command.addAll(payaraOptions);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    public URL base() {
        return base;
    }

    /** The server's process id (for jstack samples). */
    public long pid() {
        return process.pid();
    }

    /** Waits until the server answers {@code /xapi/about}; stops it and fails after {@code patience}. */
    public void awaitReady(Duration patience) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + " during start-up");
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(base.toURI().resolve("xapi/about"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException | URISyntaxException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(100); // polls readiness: a start is not slowed by up to half a second
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("The server did not answer within " + patience);
    }

    /** Ends the server the way a crash does (SIGKILL, {@code kill -9}): no shutdown of any kind. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the server the way an operator does (SIGTERM), waiting for a clean shutdown. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
