package org.alerrt.tracker.bench;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alerrt.tracker.testsupport.PageSession;
import org.alerrt.tracker.testsupport.TrackerClient;

/**
 * The administrators' view of a large installation: a million completions, the learners behind them and a hundred
 * thousand credits queued for TCOLE, written straight into PostgreSQL (through the API they would take hours); then
 * the admin list pages as a signed-in administrator sees them, and the export of the whole queue as one roster with
 * its CSV download, with the server's resident memory before and after.
 */
final class AdminScale {

    /** Ids far above what the bench's own requests draw from the tables' sequences. */
    private static final long FIRST_ID = 1_000_000_000L;

    private static final Pattern ROSTER_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private AdminScale() {}

    /**
     * Learners, their completions over the catalogue's courses, and queued report entries for the newest
     * {@code queued} of those completions.
     */
    static void seed(String jdbcUrl, String user, String password, int completions, int queued) throws SQLException {
        int learners = Math.max(1, completions / 10);
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE bench_course AS SELECT row_number() OVER (ORDER BY tcole_number) - 1 AS n,"
                    + " tcole_number, title FROM course");
            // a completion names the statement that decided it: any stored one will do for the lists
            s.execute("CREATE TEMP TABLE bench_statement AS SELECT statement_id FROM xapi_statement LIMIT 1");
            s.executeUpdate("""
                    INSERT INTO learner (id, first_name, last_name, pid, agency, actor_ifi, created_at)
                    SELECT %d + g, 'Scale', 'Officer' || g, CAST(2000000 + g AS VARCHAR(20)), 'Bench PD',
                           'mbox:mailto:scale-' || g || '@example.org', now()
                    FROM generate_series(1, %d) g""".formatted(FIRST_ID, learners));
            s.executeUpdate("""
                    INSERT INTO completion (id, learner_id, tcole_number, registration, outcome, credit_hours,
                        completed_on, statement_id, credit_released, recorded_at, delivery)
                    SELECT %d + g, %d + 1 + (g %% %d), bc.tcole_number, CAST(gen_random_uuid() AS VARCHAR(36)),
                           'PASSED', 8, DATE '2026-01-01' + (g %% 330), (SELECT statement_id FROM bench_statement), TRUE,
                           now(), 'ONLINE'
                    FROM generate_series(1, %d) g
                    JOIN bench_course bc ON bc.n = g %% (SELECT count(*) FROM bench_course)""".formatted(FIRST_ID, FIRST_ID, learners, completions));
            s.executeUpdate("""
                    INSERT INTO report_completion (completion_id, revision)
                    SELECT id, 1 FROM completion WHERE id > %d + %d""".formatted(FIRST_ID, completions - queued));
            s.executeUpdate("""
                    INSERT INTO report_entry (id, completion_id, learner_id, pid, first_name, last_name, agency,
                        tcole_number, course_title, delivery, completed_on, credit_hours, status, queued_at, origin,
                        due_from, status_changed_at)
                    SELECT c.id, c.id, c.learner_id, l.pid, l.first_name, l.last_name, l.agency, c.tcole_number,
                           bc.title, c.delivery, c.completed_on, c.credit_hours, 'QUEUED', now(),
                           'credit:' || c.id, c.completed_on, now()
                    FROM completion c JOIN learner l ON l.id = c.learner_id
                    JOIN bench_course bc ON bc.tcole_number = c.tcole_number
                    WHERE c.id > %d + %d""".formatted(FIRST_ID, completions - queued));
            // the vacuum autovacuum would otherwise start on these new rows during the measurement (a table that has
            // grown to this size over months has had it); the connection is in autocommit, as VACUUM needs
            s.execute("VACUUM ANALYZE");
        }
    }

    /**
     * The first page of each admin list, {@code n} times each from one signed-in administrator after a warm-up of at
     * most {@code jitRounds} rounds, then the export.
     *
     * @return Markdown tables
     */
    static String run(URL base, String adminUser, String adminPassword, int n, int jitRounds, long serverPid) {
        TrackerClient client = new TrackerClient(base);
        PageSession admin = PageSession.signIn(client, adminUser, adminPassword);
        StringBuilder table = new StringBuilder(
                "| admin page (first page, signed in) | rows shown | requests | p50 ms | p95 ms | p99 ms | max ms |"
                        + " target |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (String[] page : new String[][] {
            {"/admin/completions", "completions (200 per page)"},
            {"/admin/learners", "learners (200 per page)"},
            {"/admin/reports", "TCOLE queue (500 per page)"}
        }) {
            // compiles the view and warms the path until the server's JIT compilers settle: after a fixed 30 requests
            // the measured ones still ran slower at times (p95 142-197 ms against a p50 of 27-34, 2026-12-08)
            CpuAccounting.warmUntilJitSettles(
                    "admin list " + page[0] + " (30 requests per round)",
                    "the server's",
                    serverPid,
                    jitRounds,
                    () -> get(admin, page[0], 30));
            Latencies l = new Latencies();
            int rows = 0;
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = get(admin, page[0], 1);
                l.add(System.nanoTime() - t);
                rows = count(r.body(), "<tr");
            }
            table.append(String.format(
                    "| %s `%s` | %d | %d | %.1f | %.1f | %.1f | %.1f | p95 ≤ 100 ms |%n",
                    page[1],
                    page[0],
                    Math.max(0, rows - 1),
                    n,
                    l.percentileMillis(50),
                    l.percentileMillis(95),
                    l.percentileMillis(99),
                    l.maxMillis()));
            LrsBench.log("admin list " + page[0] + ": " + l.summary());
        }

        LrsClient api = new LrsClient(base.toString(), "unused", "unused");
        long rssBefore = residentKiB(serverPid);
        long t0 = System.nanoTime();
        LrsClient.Answer exported = api.admin("POST", "reports/rosters", null, adminUser, adminPassword);
        double exportSeconds = (System.nanoTime() - t0) / 1e9;
        if (exported.status() != 201) {
            throw new IllegalStateException("roster export answered " + exported.status() + ": " + exported.body());
        }
        Matcher id = ROSTER_ID.matcher(exported.body());
        if (!id.find()) {
            throw new IllegalStateException("no roster id in " + exported.body());
        }
        long t1 = System.nanoTime();
        LrsClient.Answer csv =
                api.admin("GET", "reports/rosters/" + id.group(1) + "/csv", null, adminUser, adminPassword);
        double csvSeconds = (System.nanoTime() - t1) / 1e9;
        long rssAfter = residentKiB(serverPid);
        long peak = peakResidentKiB(serverPid);
        long lines = csv.body().lines().count() - 1;
        LrsBench.log(String.format(
                "roster export: %.2f s, CSV download %.2f s (%d lines), server RSS %d -> %d MiB (peak %d MiB)",
                exportSeconds, csvSeconds, lines, rssBefore / 1024, rssAfter / 1024, peak / 1024));
        return table.append(String.format(
                        "%n| roster export of the queue | records | seconds | target |%n|---|---:|---:|---|%n"
                                + "| `POST /api/reports/rosters` (takes every queued record, writes the audit trail and"
                                + " the CSV digest) | %d | %.2f | ≤ 5 s |%n"
                                + "| `GET /api/reports/rosters/{id}/csv` (the download) | %d | %.2f | |%n%n"
                                + "Server resident memory: %d MiB before the export, %d MiB after the download,"
                                + " peak of the process %d MiB (heap limit `--server-heap`). Both requests include"
                                + " one PBKDF2 check of the administrator's Basic credentials.%n",
                        lines, exportSeconds, lines, csvSeconds, rssBefore / 1024, rssAfter / 1024, peak / 1024))
                .toString();
    }

    private static HttpResponse<String> get(PageSession session, String path, int times) {
        HttpResponse<String> r = null;
        for (int i = 0; i < times; i++) {
            r = session.send(session.request(path).GET());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
            }
        }
        return r;
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            count++;
        }
        return count;
    }

    private static long residentKiB(long pid) {
        return statusKiB(pid, "VmRSS:");
    }

    private static long peakResidentKiB(long pid) {
        return statusKiB(pid, "VmHWM:");
    }

    private static long statusKiB(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(
                            line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
