package org.alerrt.tracker.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Driver;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;

/**
 * Runs Payara Micro's own main, and turns the starts Payara Micro does not end into exit status 1 with one line:
 * <ul>
 * <li>a database that cannot be reached: Payara connects while it prepares the deployment, before any application
 * code runs, and then serves 404: this waits for it first, with back-off, for at most {@code tracker.db.wait-seconds}
 * (read, like the datasource's keys, from the environment: Payara resolves those from the environment only);</li>
 * <li>a content listener port ({@code TRACKER_CONTENT_PORT}, read by Payara's pre-boot commands from the
 * environment) that is no port or is the HTTP port: Payara fails to boot with a stack trace that names neither;</li>
 * <li>a boot that fails (the HTTP or the content port in use): Payara logs it and ends with status 0;</li>
 * <li>a deployment that failed for any other reason: Payara says "ready" and serves 404.</li>
 * </ul>
 * One class without nested types: payara-micro-maven-plugin packages only the start class into MICRO-INF/lib.
 */
public final class TrackerMain {

    static final int EXIT_STATUS = 1;
    static final String WAIT_KEY = "tracker.db.wait-seconds";
    static final String WAIT_ENV = "TRACKER_DB_WAIT_SECONDS";
    static final String DEFAULT_URL = "jdbc:h2:file:./data/tracker";
    static final String CONTENT_PORT_ENV = "TRACKER_CONTENT_PORT";
    /** The content listener's port when the variable is not set (pre-boot-commands.txt). */
    static final int DEFAULT_CONTENT_PORT = 8081;
    private static final String PAYARA_MAIN = "fish.payara.micro.impl.PayaraMicroImpl";

    private TrackerMain() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        String url = env("TRACKER_DB_URL", DEFAULT_URL);
        Properties credentials = new Properties();
        credentials.setProperty("user", env("TRACKER_DB_USER", "sa"));
        credentials.setProperty("password", env("TRACKER_DB_PASSWORD", "sa"));
        awaitDatabase(url, System.getProperty(WAIT_KEY, env(WAIT_ENV, "30")), () -> connect(url, credentials),
                TrackerMain::sleep).ifPresent(TrackerMain::fail);
        contentPortProblem(System.getenv(CONTENT_PORT_ENV), port(args)).ifPresent(TrackerMain::fail);
        Class<?> payara = Class.forName(PAYARA_MAIN, true, Thread.currentThread().getContextClassLoader());
        try {
            payara.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            fail(bootFailure(args, e.getCause()));
        }
        Object runtime = payara.getMethod("getRuntime").invoke(payara.getMethod("getInstance").invoke(null));
        Collection<?> deployed = (Collection<?>) runtime.getClass().getMethod("getDeployedApplicationNames")
                .invoke(runtime);
        if (deployed.isEmpty()) {
            fail("ALERRT Tracker did not start: the application failed to deploy; the first SEVERE entry above says"
                    + " why");
        }
    }

    private static void fail(String line) {
        System.err.println(line);
        System.exit(EXIT_STATUS);
    }

    /**
     * Empty when the content listener's port (the environment variable, unset: 8081) is one Payara can open besides
     * the HTTP port; otherwise the one line to end the start with. Payara parses the text as it is (no spaces).
     */
    static Optional<String> contentPortProblem(String variable, int httpPort) {
        String value = variable == null ? String.valueOf(DEFAULT_CONTENT_PORT) : variable;
        int port = value.matches("[0-9]{1,5}") ? Integer.parseInt(value) : -1;
        if (port >= 1 && port <= 65535 && port != httpPort) {
            return Optional.empty();
        }
        return Optional.of("Invalid setting " + CONTENT_PORT_ENV + " = '" + value + "' (from "
                + (variable == null ? "default" : "Environment") + "): must be a port number from 1 to 65535 other"
                + " than the HTTP port " + httpPort + " (--port, ./tracker run: TRACKER_PORT)");
    }

    /** Payara does not chain the bind failure into the exception it throws: a busy port is found by trying it. */
    static String bootFailure(String[] args, Throwable failure) {
        int port = port(args);
        if (!free(port)) {
            return "ALERRT Tracker did not start: port " + port + " (--port, ./tracker run: TRACKER_PORT) is already"
                    + " in use; stop the other process or choose a free port from 1 to 65535";
        }
        String content = System.getenv(CONTENT_PORT_ENV);
        int contentPort = content == null ? DEFAULT_CONTENT_PORT : Integer.parseInt(content);
        if (!free(contentPort)) {
            return "ALERRT Tracker did not start: port " + contentPort + " (" + CONTENT_PORT_ENV + ", the content"
                    + " listener) is already in use; stop the other process or choose a free port from 1 to 65535";
        }
        return "ALERRT Tracker did not start: Payara Micro failed to boot (" + failure + "); see the log above";
    }

    /** The value of {@code --port}, Payara Micro's default 8080 without it. */
    static int port(String[] args) {
        List<String> list = List.of(args);
        int i = list.indexOf("--port");
        try {
            return i >= 0 && i + 1 < list.size() ? Integer.parseInt(list.get(i + 1)) : 8080;
        } catch (NumberFormatException e) {
            return 8080;
        }
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Empty when the database answered; otherwise the one line to end the start with. */
    static Optional<String> awaitDatabase(String url, String waitSetting, Callable<?> connector, LongConsumer sleeper) {
        int seconds;
        try {
            seconds = Integer.parseInt(waitSetting.strip());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 0 || seconds > 3600) {
            return Optional.of("Invalid setting " + WAIT_KEY + " = '" + waitSetting + "': must be a whole number from"
                    + " 0 to 3600");
        }
        Instant deadline = Instant.now().plusSeconds(seconds);
        long pauseMs = 250;
        while (true) {
            try {
                connector.call();
                return Optional.empty();
            } catch (Exception e) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    return Optional.of("ALERRT Tracker did not start: cannot connect to the database tracker.db.url = '"
                            + redacted(url) + "' within " + WAIT_KEY + " = " + seconds + " s: " + oneLine(e));
                }
                System.err.println("Database not reachable yet (" + oneLine(e) + "); retrying");
                sleeper.accept(Math.min(pauseMs, left));
                pauseMs = Math.min(pauseMs * 2, 5000);
            }
        }
    }

    /** The driver for the URL, from Payara's runtime (H2) or MICRO-INF/lib (PostgreSQL). */
    private static Void connect(String url, Properties credentials) throws Exception {
        String driver = url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver"
                : url.startsWith("jdbc:h2:") ? "org.h2.Driver" : null;
        if (driver == null) {
            return null; // another database: the deployment itself will tell
        }
        Driver d = (Driver) Class.forName(driver, true, Thread.currentThread().getContextClassLoader())
                .getDeclaredConstructor().newInstance();
        try (Connection c = d.connect(url, credentials)) {
            if (c == null) {
                throw new IllegalArgumentException("not a URL of " + driver);
            }
        }
        return null;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String defaultValue) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? defaultValue : v;
    }

    /** A {@code password=} parameter of the URL is not printed. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** The innermost cause's message, on one line (driver messages can span several). */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
