package org.alerrt.tracker.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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
 * It also turns the cluster settings ({@code TRACKER_CLUSTER_*}, environment only, docs/operations.md) into
 * Payara Micro's: by default (no {@code TRACKER_CLUSTER_MEMBERS}) nothing changes and Hazelcast stays off, as the
 * bundled pre-boot file says. With a member list it writes a Hazelcast configuration file that binds the data grid
 * to the one configured interface and joins only the listed members over TCP (never multicast), a pre-boot file
 * that turns Hazelcast and the sessions' persistence in it on, and passes both to Payara ({@code --hzconfigfile}, {@code --prebootcommandfile}). A
 * configuration file rather than {@code --clustermode tcpip:… --interfaces …}: with those options Payara Micro's
 * own address picker binds the data grid to every interface ({@code *}); with a file Payara uses its network
 * settings as written. A bad value stops the start with one line.
 * <p>
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

    static final String MEMBERS_ENV = "TRACKER_CLUSTER_MEMBERS";
    static final String PORT_ENV = "TRACKER_CLUSTER_PORT";
    static final String INTERFACE_ENV = "TRACKER_CLUSTER_INTERFACE";
    static final String NAME_ENV = "TRACKER_CLUSTER_NAME";
    static final String DEFAULT_CLUSTER_PORT = "6900";
    static final String DEFAULT_INTERFACE = "127.0.0.1";
    static final String DEFAULT_CLUSTER_NAME = "alerrt-tracker";
    /** Payara options the cluster settings decide; given together with them, the start stops. */
    static final Set<String> CLUSTER_OPTIONS = Set.of(
            "--nocluster",
            "--nohazelcast",
            "--hzconfigfile",
            "--clustermode",
            "--clustername",
            "--interfaces",
            "--startport",
            "--hzpublicaddress",
            "--lite");
    /** Undo the bundled pre-boot file's single-instance lines: the data grid on, sessions kept in it. */
    static final String ENABLE_HAZELCAST =
            "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=true\n"
                    + "set configs.config.server-config.availability-service.web-container-availability"
                    + ".availability-enabled=true";

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)" + "(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern HOST_NAME =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?" + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private TrackerMain() {}

    public static void main(String[] args) throws ReflectiveOperationException {
        String url = env("TRACKER_DB_URL", DEFAULT_URL);
        Properties credentials = new Properties();
        credentials.setProperty("user", env("TRACKER_DB_USER", "sa"));
        credentials.setProperty("password", env("TRACKER_DB_PASSWORD", "sa"));
        clusterProblem(System::getenv, args, TrackerMain::localAddress).ifPresent(TrackerMain::fail);
        Connection[] answered = new Connection[1];
        awaitDatabase(
                        url,
                        System.getProperty(WAIT_KEY, env(WAIT_ENV, "30")),
                        () -> answered[0] = connect(url, credentials),
                        TrackerMain::sleep)
                .ifPresent(TrackerMain::fail);
        contentPortProblem(System.getenv(CONTENT_PORT_ENV), port(args)).ifPresent(TrackerMain::fail);
        String[] payaraArgs = env(MEMBERS_ENV, "").isBlank() ? args : clustered(args);
        Class<?> payara =
                Class.forName(PAYARA_MAIN, true, Thread.currentThread().getContextClassLoader());
        try {
            payara.getMethod("main", String[].class).invoke(null, (Object) payaraArgs);
        } catch (InvocationTargetException e) {
            fail(bootFailure(args, e.getCause()));
        } finally {
            // held open through the deployment: an embedded H2 database closed by its last connection is compacted
            // and then opened again by the application's pool, about 0.7 s of a start (docs/PERFORMANCE.md)
            close(answered[0]);
        }
        Object runtime = payara.getMethod("getRuntime")
                .invoke(payara.getMethod("getInstance").invoke(null));
        Collection<?> deployed = (Collection<?>)
                runtime.getClass().getMethod("getDeployedApplicationNames").invoke(runtime);
        if (deployed.isEmpty()) {
            fail("ALERRT Tracker did not start: the application failed to deploy; the first SEVERE entry above says"
                    + " why");
        }
    }

    /**
     * Payara's arguments for a cluster member: the bundle is built with {@code payaramicro.noCluster=true} (the
     * single-instance default), which would make Payara skip every data-grid option, so that is undone here, before
     * Payara reads its boot properties (it keeps a system property already set).
     */
    private static String[] clustered(String[] args) {
        String members = env(MEMBERS_ENV, "").strip();
        String iface = env(INTERFACE_ENV, DEFAULT_INTERFACE).strip();
        String port = env(PORT_ENV, DEFAULT_CLUSTER_PORT).strip();
        String name = env(NAME_ENV, DEFAULT_CLUSTER_NAME).strip();
        try {
            Path hazelcast = Files.createTempFile("alerrt-tracker-", "-hazelcast.xml");
            Files.writeString(hazelcast, hazelcastXml(name, iface, Integer.parseInt(port), members));
            hazelcast.toFile().deleteOnExit();
            Path preBoot = Files.createTempFile("alerrt-tracker-", "-pre-boot-commands.txt");
            Files.writeString(preBoot, preBootCommands(args, p -> {
                try {
                    return Files.readString(Path.of(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            preBoot.toFile().deleteOnExit();
            System.setProperty("payaramicro.noCluster", "false");
            System.out.println("ALERRT Tracker cluster member: data grid '" + name + "' on " + iface + ":" + port
                    + " (bound to that address only), members " + members);
            return clusterArgs(args, hazelcast.toString(), preBoot.toString());
        } catch (IOException | UncheckedIOException e) {
            fail("ALERRT Tracker did not start: cannot write the data grid configuration to the temporary directory ("
                    + oneLine(e) + ")");
            return args;
        }
    }

    /**
     * Empty when the cluster settings are absent (single instance) or valid; otherwise the one line to stop with.
     *
     * @param local whether an address is one of this machine's (the data grid binds to it)
     */
    static Optional<String> clusterProblem(Function<String, String> env, String[] args, Predicate<String> local) {
        String members = env.apply(MEMBERS_ENV);
        if (members == null || members.isBlank()) {
            for (String other : List.of(PORT_ENV, INTERFACE_ENV, NAME_ENV)) {
                String v = env.apply(other);
                if (v != null && !v.isBlank()) {
                    return Optional.of("Invalid setting " + other + " = '" + v + "': it applies to cluster members"
                            + " only; set " + MEMBERS_ENV + " too (docs/operations.md) or remove it");
                }
            }
            return Optional.empty();
        }
        for (String entry : members.split(",", -1)) {
            if (!memberAddress(entry.strip())) {
                return Optional.of("Invalid setting " + MEMBERS_ENV + " = '" + members + "': must be a"
                        + " comma-separated list of host:port (an IPv4 address or host name and a port from 1 to"
                        + " 65535, no ranges), e.g. 127.0.0.1:6900,127.0.0.1:6901; '" + entry.strip()
                        + "' is not");
            }
        }
        String port = orDefault(env.apply(PORT_ENV), DEFAULT_CLUSTER_PORT);
        if (portNumber(port) < 0) {
            return Optional.of("Invalid setting " + PORT_ENV + " = '" + port + "': must be a port number from 1 to"
                    + " 65535 (this member's data-grid port)");
        }
        String iface = orDefault(env.apply(INTERFACE_ENV), DEFAULT_INTERFACE);
        if (!IPV4.matcher(iface).matches() || iface.equals("0.0.0.0") || !local.test(iface)) {
            return Optional.of("Invalid setting " + INTERFACE_ENV + " = '" + iface + "': must be an IPv4 address of"
                    + " this machine (the data grid binds to it alone), e.g. 127.0.0.1 or 10.0.0.5");
        }
        String name = orDefault(env.apply(NAME_ENV), DEFAULT_CLUSTER_NAME);
        if (!CLUSTER_NAME.matcher(name).matches()) {
            return Optional.of("Invalid setting " + NAME_ENV + " = '" + name + "': must be 1 to 64 letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit");
        }
        for (String arg : args) {
            if (CLUSTER_OPTIONS.contains(arg.toLowerCase(Locale.ROOT))) {
                return Optional.of("ALERRT Tracker did not start: " + arg + " conflicts with " + MEMBERS_ENV
                        + " (the TRACKER_CLUSTER_* settings decide the data grid); remove one of them");
            }
        }
        return Optional.empty();
    }

    private static boolean memberAddress(String entry) {
        int colon = entry.lastIndexOf(':');
        if (colon <= 0) {
            return false;
        }
        String host = entry.substring(0, colon);
        return (IPV4.matcher(host).matches() || HOST_NAME.matcher(host).matches() && !host.matches("[0-9.]+"))
                && portNumber(entry.substring(colon + 1)) > 0;
    }

    /** The port, or -1 when the text is not one from 1 to 65535. */
    private static int portNumber(String text) {
        try {
            int p = Integer.parseInt(text.strip());
            return p >= 1 && p <= 65535 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String orDefault(String value, String defaultValue) {
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }

    private static boolean localAddress(String ip) {
        try {
            return NetworkInterface.getByInetAddress(InetAddress.getByName(ip)) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }

    /**
     * The data grid of one member: this cluster name, this address and port only ({@code hazelcast.socket.bind.any}
     * false: no wildcard bind), joining over TCP the listed members, with multicast and auto-detection (which
     * would look for other discovery mechanisms) off. Values are checked by {@link #clusterProblem} first, so none
     * needs escaping.
     */
    static String hazelcastXml(String name, String iface, int port, String members) {
        return String.join(
                "\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<!-- written by ALERRT Tracker's launcher from TRACKER_CLUSTER_* (docs/operations.md) -->",
                "<hazelcast xmlns=\"http://www.hazelcast.com/schema/config\">",
                "  <cluster-name>" + name + "</cluster-name>",
                "  <properties>",
                "    <property name=\"hazelcast.socket.bind.any\">false</property>",
                "    <property name=\"hazelcast.phone.home.enabled\">false</property>",
                "  </properties>",
                "  <network>",
                "    <port auto-increment=\"false\">" + port + "</port>",
                "    <interfaces enabled=\"true\"><interface>" + iface + "</interface></interfaces>",
                "    <join>",
                "      <auto-detection enabled=\"false\"/>",
                "      <multicast enabled=\"false\"/>",
                "      <tcp-ip enabled=\"true\"><members>" + members.replaceAll("\\s", "") + "</members></tcp-ip>",
                "    </join>",
                "  </network>",
                "</hazelcast>",
                "");
    }

    /**
     * The pre-boot commands of a cluster member, run after the bundled file's (which turns Hazelcast and session
     * availability off): both on, then the commands of a {@code --prebootcommandfile} the operator gave, if any (Payara takes one).
     */
    static String preBootCommands(String[] args, Function<String, String> read) {
        List<String> list = List.of(args);
        int i = list.indexOf("--prebootcommandfile");
        String own = i >= 0 && i + 1 < list.size() ? read.apply(list.get(i + 1)) : "";
        return ENABLE_HAZELCAST + "\n" + own;
    }

    /** The arguments with the data-grid configuration and the pre-boot file in place of any given one. */
    static String[] clusterArgs(String[] args, String hazelcastFile, String preBootFile) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--prebootcommandfile")) {
                i++;
                continue;
            }
            out.add(args[i]);
        }
        out.addAll(List.of("--hzconfigfile", hazelcastFile, "--prebootcommandfile", preBootFile));
        return out.toArray(String[]::new);
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

    /**
     * A connection through the driver for the URL, from Payara's runtime (H2) or MICRO-INF/lib (PostgreSQL); null for
     * another database, which the deployment itself will report on.
     */
    private static Connection connect(String url, Properties credentials) throws Exception {
        String driver = url.startsWith("jdbc:postgresql:")
                ? "org.postgresql.Driver"
                : url.startsWith("jdbc:h2:") ? "org.h2.Driver" : null;
        if (driver == null) {
            return null;
        }
        Driver d = (Driver) Class.forName(driver, true, Thread.currentThread().getContextClassLoader())
                .getDeclaredConstructor()
                .newInstance();
        Connection c = d.connect(url, credentials);
        if (c == null) {
            throw new IllegalArgumentException("not a URL of " + driver);
        }
        return c;
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                System.err.println("Closing the start-up check's database connection: " + oneLine(e));
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
