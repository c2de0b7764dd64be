package org.alerrt.tracker.launcher;

import java.sql.Connection;
import java.sql.Driver;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.function.LongConsumer;

/**
 * Waits, with back-off, until the configured database accepts a connection, for at most
 * {@code tracker.db.wait-seconds}: a database started together with the application may take a while. Reads the
 * same environment variables as the datasource (Payara resolves those from the environment only).
 */
final class DatabaseWait {

    static final String WAIT_KEY = "tracker.db.wait-seconds";
    static final String WAIT_ENV = "TRACKER_DB_WAIT_SECONDS";
    static final int DEFAULT_WAIT_SECONDS = 30;
    static final String DEFAULT_URL = "jdbc:h2:file:./data/tracker";

    /** Opens one connection or throws; the seam for tests. */
    interface Connector {
        void connect(String url, Properties credentials) throws Exception;
    }

    private final String url;
    private final Properties credentials;
    private final String waitSetting;
    private final Connector connector;
    private final LongConsumer sleeper;

    DatabaseWait(String url, Properties credentials, String waitSetting, Connector connector, LongConsumer sleeper) {
        this.url = url;
        this.credentials = credentials;
        this.waitSetting = waitSetting;
        this.connector = connector;
        this.sleeper = sleeper;
    }

    static DatabaseWait fromEnvironment() {
        Properties credentials = new Properties();
        credentials.setProperty("user", env("TRACKER_DB_USER", "sa"));
        credentials.setProperty("password", env("TRACKER_DB_PASSWORD", "sa"));
        String wait = System.getProperty(WAIT_KEY, env(WAIT_ENV, String.valueOf(DEFAULT_WAIT_SECONDS)));
        return new DatabaseWait(env("TRACKER_DB_URL", DEFAULT_URL), credentials, wait, DatabaseWait::connect,
                DatabaseWait::sleep);
    }

    /** Empty when the database answered; otherwise the one line to end the start with. */
    Optional<String> await() {
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
                connector.connect(url, credentials);
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
    private static void connect(String url, Properties credentials) throws Exception {
        String driver = url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver"
                : url.startsWith("jdbc:h2:") ? "org.h2.Driver" : null;
        if (driver == null) {
            return; // another database: the deployment itself will tell
        }
        Driver d = (Driver) Class.forName(driver, true, Thread.currentThread().getContextClassLoader())
                .getDeclaredConstructor().newInstance();
        try (Connection c = d.connect(url, credentials)) {
            if (c == null) {
                throw new IllegalArgumentException("not a URL of " + driver);
            }
        }
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
