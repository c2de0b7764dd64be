package org.alerrt.tracker.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of test instances, on a free loopback port, run as an unprivileged process (as nobody
 * when the tests run as root) with the repository's {@code lrs-config/nginx/alerrt-tracker.conf}: the test's instance
 * ports, listen address, host names and log directory are put in place of the file's, everything else is the file
 * as operators use it (a changed shape of those lines fails here, naming what was not found).
 */
public final class Nginx implements AutoCloseable {

    /** The repository's configuration, relative to the project directory (where failsafe runs). */
    public static final Path CONFIG = Path.of("lrs-config", "nginx", "alerrt-tracker.conf");

    private static final Pattern UPSTREAM = Pattern.compile("(?ms)^upstream (\\w+) \\{\\n(.*?)^\\}");
    private static final Pattern INSTANCE = Pattern.compile("(?m)^(\\s*)server 127\\.0\\.0\\.1:\\d+( [^;]*)?;\\n");

    private final Process process;
    private final Path dir;
    private final int port;

    private Nginx(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /**
     * @param port           where nginx listens (127.0.0.1)
     * @param pagesHost      host name of the pages' server block ({@code tracker.public-url}'s)
     * @param contentHost    host name of the content server block ({@code tracker.content-url}'s)
     * @param pagesPorts     the instances' application ports
     * @param contentPorts   the instances' content ports, in the same order
     */
    public static Nginx start(
            int port, String pagesHost, String contentHost, List<Integer> pagesPorts, List<Integer> contentPorts) {
        String binary = System.getProperty("nginx.binary", "/usr/sbin/nginx");
        if (!new File(binary).canExecute()) {
            throw new IllegalStateException(
                    "Cluster tests need Debian's nginx (./tracker test installs it): " + binary);
        }
        try {
            Path dir = Files.createTempDirectory("nginx-it");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx")); // nobody writes here
            String site =
                    derived(Files.readString(CONFIG), dir, port, pagesHost, contentHost, pagesPorts, contentPorts);
            Files.writeString(dir.resolve("alerrt-tracker.conf"), site);
            Files.writeString(
                    dir.resolve("nginx.conf"),
                    String.join(
                            "\n",
                            "daemon off;",
                            "worker_processes 1;",
                            "pid " + dir.resolve("nginx.pid") + ";",
                            "error_log " + dir.resolve("error.log") + ";",
                            "events { worker_connections 256; }",
                            "http {",
                            "  client_body_temp_path " + dir.resolve("client_body") + ";",
                            "  proxy_temp_path " + dir.resolve("proxy") + ";",
                            "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
                            "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
                            "  scgi_temp_path " + dir.resolve("scgi") + ";",
                            "  include " + dir.resolve("alerrt-tracker.conf") + ";",
                            "}",
                            ""));
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
            }
            command.addAll(List.of(
                    binary,
                    "-p",
                    dir.toString(),
                    "-c",
                    dir.resolve("nginx.conf").toString(),
                    "-e",
                    dir.resolve("error.log").toString()));
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("nginx.out").toFile())
                    .start();
            Nginx nginx = new Nginx(p, dir, port);
            nginx.awaitListening(Duration.ofSeconds(20));
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's configuration with the test's instances, listen address, host names and log directory. */
    static String derived(
            String conf,
            Path logDir,
            int port,
            String pagesHost,
            String contentHost,
            List<Integer> pagesPorts,
            List<Integer> contentPorts) {
        Matcher upstreams = UPSTREAM.matcher(conf);
        StringBuilder out = new StringBuilder();
        int found = 0;
        while (upstreams.find()) {
            List<Integer> ports = switch (upstreams.group(1)) {
                case "alerrt_tracker" -> pagesPorts;
                case "alerrt_tracker_content" -> contentPorts;
                default -> throw new IllegalStateException("unknown upstream " + upstreams.group(1) + " in " + CONFIG);
            };
            Matcher lines = INSTANCE.matcher(upstreams.group(2));
            StringBuilder body = new StringBuilder();
            boolean replaced = false;
            while (lines.find()) { // the first instance line becomes the test's instances, the others go
                String parameters = lines.group(2) == null ? "" : lines.group(2);
                String instances = ports.stream()
                        .map(p -> lines.group(1) + "server 127.0.0.1:" + p + parameters + ";\n")
                        .collect(Collectors.joining());
                lines.appendReplacement(body, replaced ? "" : Matcher.quoteReplacement(instances));
                replaced = true;
            }
            lines.appendTail(body);
            if (!replaced) {
                throw new IllegalStateException(
                        "no 'server 127.0.0.1:port …;' line in upstream " + upstreams.group(1) + " of " + CONFIG);
            }
            upstreams.appendReplacement(
                    out, Matcher.quoteReplacement("upstream " + upstreams.group(1) + " {\n" + body + "}"));
            found++;
        }
        upstreams.appendTail(out);
        if (found != 2) {
            throw new IllegalStateException("expected the upstreams alerrt_tracker and alerrt_tracker_content in "
                    + CONFIG + ", found " + found);
        }
        String site = out.toString();
        site = replace(site, "listen 80 default_server;", "listen 127.0.0.1:" + port + " default_server;");
        site = replace(site, "listen 80;", "listen 127.0.0.1:" + port + ";");
        site = replace(site, "server_name content.tracker.example.org;", "server_name " + contentHost + ";");
        site = replace(site, "server_name tracker.example.org;", "server_name " + pagesHost + ";");
        return replace(site, "/var/log/nginx/", logDir + "/");
    }

    private static String replace(String text, String what, String with) {
        if (!text.contains(what)) {
            throw new IllegalStateException("'" + what + "' not found in " + CONFIG);
        }
        return text.replace(what, with);
    }

    private void awaitListening(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + ": " + errors());
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                sleep(100);
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen on " + port + " within " + patience + ": " + errors());
    }

    private String errors() {
        try {
            return Files.readString(dir.resolve("nginx.out")) + Files.readString(dir.resolve("error.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The access log lines so far (format {@code alerrt_tracker}: the instance that answered is last in upstream=). */
    public List<String> accessLog() {
        try {
            Path log = dir.resolve("alerrt-tracker.access.log");
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
