package org.alerrt.tracker.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.alerrt.tracker.testsupport.Browser;
import org.alerrt.tracker.testsupport.Nginx;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.alerrt.tracker.testsupport.TrackerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two instances of the uber-jar as one cluster on Payara's data grid (docs/operations.md), on the PostgreSQL
 * execution's database, behind nginx with the repository's configuration, and an administrator signed in through
 * nginx in headless Chromium: each instance is killed in turn ({@code kill -9}) and the next admin page through
 * nginx is still signed in; the timed work ({@code launch-idle-sweep}, every second here) runs on one member only and
 * moves to the survivor. A sign-out ends the session on both members, also on the one that kept a copy in memory. Every port is a free one; the cluster name is this run's own. PostgreSQL execution only:
 * two instances cannot share the embedded H2 file. Logs: target/cluster-it-a.log, -b.log; nginx's in a temporary
 * directory named in its failures.
 */
class ClusterFailoverIT {

    private static final Logger LOG = Logger.getLogger(ClusterFailoverIT.class.getName());
    private static final Duration START = Duration.ofSeconds(300);
    private static final Duration TAKEOVER = Duration.ofSeconds(90);
    private static final String TASK = "launch-idle-sweep";

    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<AutoCloseable> running = new ArrayList<>();
    private WebDriver browser;

    /** One cluster member: its ports, environment and, while it runs, its process. */
    private final class Member {
        final String name;
        final int port = TrackerProcess.freePort();
        final int contentPort = TrackerProcess.freePort();
        final int gridPort = TrackerProcess.freePort();
        Map<String, String> environment;
        TrackerProcess process;

        Member(String name) {
            this.name = name;
        }

        void launch() {
            process = TrackerProcess.launch(environment, log(), TrackerProcess.TEST_JVM_OPTIONS, port);
            running.add(process);
        }

        JsonObject cluster() {
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                return TrackerClient.object(r.body()).getJsonArray("checks").stream()
                        .map(c -> c.asJsonObject())
                        .filter(c -> c.getString("name").equals("cluster"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("data");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        boolean runsTimedWork() {
            return "true".equals(cluster().getString("runsTimedWork"));
        }

        long runs() {
            return Long.parseLong(cluster().getString(TASK + ".runs", "0"));
        }

        Path log() {
            return Path.of("target", "cluster-it-" + name + ".log");
        }

        String address() {
            return "127.0.0.1:" + port;
        }
    }

    @BeforeAll
    static void postgresqlOnly() {
        Assumptions.assumeTrue(
                "postgresql".equals(System.getProperty("it.database")),
                "two instances share one database: the PostgreSQL execution only");
    }

    @AfterEach
    void stopAll() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void aSignedInAdminStaysSignedInWhenEitherInstanceDiesSignsOutEverywhereAndTimedWorkRunsOnOneMember()
            throws Exception {
        Instant began = Instant.now();
        Member a = new Member("a");
        Member b = new Member("b");
        Files.deleteIfExists(a.log());
        Files.deleteIfExists(b.log());
        int nginxPort = TrackerProcess.freePort();
        String publicUrl = "http://127.0.0.1:" + nginxPort;
        String members = "127.0.0.1:" + a.gridPort + ",127.0.0.1:" + b.gridPort;
        String clusterName = "it-" + UUID.randomUUID().toString().substring(0, 8);
        for (Member m : List.of(a, b)) {
            Map<String, String> env = new HashMap<>(); // the rest (database, bootstrap) from the failsafe execution
            env.put("TRACKER_CLUSTER_MEMBERS", members);
            env.put("TRACKER_CLUSTER_PORT", String.valueOf(m.gridPort));
            env.put("TRACKER_CLUSTER_NAME", clusterName);
            env.put("TRACKER_CONTENT_PORT", String.valueOf(m.contentPort));
            env.put("TRACKER_PUBLIC_URL", publicUrl);
            env.put("TRACKER_CONTENT_URL", "http://localhost:" + nginxPort);
            env.put("TRACKER_SECURITY_TRUSTED_PROXIES", "127.0.0.1");
            env.put("TRACKER_LAUNCH_IDLE_CHECK_SECONDS", "1");
            env.put("TRACKER_DATA_DIR", dir.resolve(m.name).toString());
            m.environment = env;
        }

        // both start together (each waits for the other in the data grid's join)
        a.launch();
        b.launch();
        CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> a.process.awaitReady(START)),
                        CompletableFuture.runAsync(() -> b.process.awaitReady(START)))
                .join();
        Duration started = Duration.between(began, Instant.now());
        Nginx nginx = Nginx.start(
                nginxPort, "127.0.0.1", "localhost", List.of(a.port, b.port), List.of(a.contentPort, b.contentPort));
        running.add(nginx);

        assertEquals("2", a.cluster().getString("members"), "a sees both members: " + a.cluster());
        Member oldest = await().atMost(Duration.ofSeconds(30)).until(() -> leader(a, b), m -> m != null);
        assertOnlyOneRuns(oldest, other(oldest, a, b));

        browser = Browser.start();
        Browser.signIn(browser, publicUrl, TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
        assertSignedIn(publicUrl, "/admin/courses");

        // the instance that served the admin (nginx keeps the session there) dies: the other serves the session
        // from the data grid; the timed work is then on the survivor, moved there if it ran on the dead one
        Member home = servedBy(nginx, "/admin/courses", a, b);
        Member survivor = other(home, a, b);
        Duration failover1 = killAndStillSignedIn(home, survivor, nginx, publicUrl, "/admin/learners", true);
        Duration takeover1 = takeover(survivor);

        // it comes back (younger now: the timed work stays where it is)
        home.launch();
        home.process.awaitReady(START);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "2".equals(survivor.cluster().getString("members")));
        assertOnlyOneRuns(survivor, home);

        // both instances now hold the session in memory (each page read it): a sign-out through nginx ends it on both
        assertSignedIn(direct(home), "/admin/courses");
        assertSignedIn(direct(survivor), "/admin/courses");
        assertSignedIn(publicUrl, "/admin/courses");
        browser.findElement(By.id("nav-sign-out")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("/admin/"));
        assertSignedOut(direct(home), "/admin/learners");
        assertSignedOut(direct(survivor), "/admin/learners");
        assertSignedOut(publicUrl, "/admin/learners");

        // signed in again, the other instance dies (the one running the timed work): still signed in, work moves
        Browser.signIn(browser, publicUrl, TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
        Duration failover2 = killAndStillSignedIn(survivor, home, nginx, publicUrl, "/admin/completions", false);
        Duration takeover2 = takeover(home);
        assertSignedIn(publicUrl, "/admin/reports");

        LOG.info("Cluster of 2 ready after " + started.toSeconds() + " s; first page after a kill -9 signed in after "
                + failover1.toMillis() + " / " + failover2.toMillis() + " ms; timed work moved after "
                + takeover1.toMillis() + " / " + takeover2.toMillis() + " ms; whole test "
                + Duration.between(began, Instant.now()).toSeconds() + " s");
    }

    private static Member other(Member m, Member a, Member b) {
        return m == a ? b : a;
    }

    /** The instance that answered the last request for {@code path}, from nginx's access log. */
    private static Member servedBy(Nginx nginx, String path, Member a, Member b) {
        List<String> lines = nginx.accessLog().stream()
                .filter(l -> l.contains("\"GET " + path + " "))
                .toList();
        assertTrue(!lines.isEmpty(), "no access log line for " + path);
        String last = lines.get(lines.size() - 1);
        return last.contains("upstream=" + a.address() + " ")
                ? a
                : last.contains("upstream=" + b.address() + " ")
                        ? b
                        : fail("one instance answered " + path + ": " + last);
    }

    /** The member that runs the timed work, when exactly one does. */
    private static Member leader(Member a, Member b) {
        boolean ra = a.runsTimedWork();
        boolean rb = b.runsTimedWork();
        return ra == rb ? null : ra ? a : b;
    }

    /** Over a few turns of the task (every second), it runs on {@code runner} and not once on {@code idle}. */
    private static void assertOnlyOneRuns(Member runner, Member idle) throws InterruptedException {
        long runnerBefore = runner.runs();
        long idleBefore = idle.runs();
        Thread.sleep(3500);
        assertTrue(
                runner.runsTimedWork() && !idle.runsTimedWork(),
                runner.name + " runs the timed work, not " + idle.name);
        assertTrue(runner.runs() >= runnerBefore + 2, runner.name + " ran " + TASK + ": " + runner.cluster());
        assertEquals(idleBefore, idle.runs(), idle.name + " did not run " + TASK + ": " + idle.cluster());
    }

    /** @param home the victim served the session until now: nginx tries it first, then the survivor */
    private Duration killAndStillSignedIn(
            Member victim, Member survivor, Nginx nginx, String publicUrl, String path, boolean home) {
        int logged = nginx.accessLog().size();
        victim.process.kill();
        Instant killed = Instant.now();
        assertSignedIn(publicUrl, path);
        Duration took = Duration.between(killed, Instant.now());
        List<String> lines = nginx.accessLog();
        String line = lines.subList(logged, lines.size()).stream()
                .filter(l -> l.contains("\"GET " + path + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no access log line for " + path + ": " + lines));
        String upstreams = line.replaceAll(".* upstream=(\\S+(, \\S+)*) upstream_status=.*", "$1");
        assertTrue(
                upstreams.endsWith(survivor.address()), "answered by the survivor " + survivor.address() + ": " + line);
        if (home) {
            assertEquals(victim.address() + ", " + survivor.address(), upstreams, "tried the session's instance first");
        }
        LOG.info("After killing " + victim.name + ": " + path + " by " + upstreams + " (nginx tried "
                + upstreams.split(", ").length + " instance(s))");
        return took;
    }

    private static Duration takeover(Member survivor) {
        Instant from = Instant.now();
        await().atMost(TAKEOVER).pollInterval(Duration.ofMillis(200)).until(survivor::runsTimedWork);
        long runs = survivor.runs();
        await().atMost(Duration.ofSeconds(10)).until(() -> survivor.runs() > runs);
        return Duration.between(from, Instant.now());
    }

    /** An instance's own address, bypassing nginx (the browser sends it the same cookies: they ignore ports). */
    private static String direct(Member m) {
        return "http://" + m.address();
    }

    /** The admin page leads to the sign-in form. */
    private void assertSignedOut(String base, String path) {
        browser.get(base + path);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "complete"
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
        assertTrue(browser.getCurrentUrl().startsWith(base + "/login"), "sent to sign in: " + browser.getCurrentUrl());
        assertEquals(1, browser.findElements(By.id("login:username")).size(), "the sign-in form on " + base);
    }

    /** The admin page opens as itself: no redirect to the sign-in form, the sign-out button there. */
    private void assertSignedIn(String publicUrl, String path) {
        browser.get(publicUrl + path);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "complete"
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
        String url = browser.getCurrentUrl();
        assertEquals(publicUrl + path, url, "still on the admin page, not sent to sign in");
        assertTrue(browser.findElements(By.id("login:username")).isEmpty(), "no sign-in form on " + path);
        assertEquals(1, browser.findElements(By.id("nav-sign-out")).size(), "signed in on " + path);
    }
}
