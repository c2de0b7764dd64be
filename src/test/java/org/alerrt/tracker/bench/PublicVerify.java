package org.alerrt.tracker.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Public certificate verification under load, as employers and QR codes use it: the JSON answer
 * ({@code GET /api/verify/{code}}) and the page ({@code GET /verify/{code}}), which must open no HTTP session (an
 * anonymous visitor would otherwise cost the server a session each).
 */
final class PublicVerify {

    /** Certificates the requests cycle through: enough that one cached row is not the whole story. */
    static final int CERTIFICATES = 20;

    /** A course of the bench's catalogue (lrs-config/courses.csv) whose pass earns a certificate. */
    private static final String COURSE_IRI = "https://alerrt.org/xapi/courses/3356";

    private static final long CERTIFICATE_PATIENCE_NANOS = 60_000_000_000L;

    /**
     * One kind of request: its path (before the code, if it takes one), and the target for it (0: none).
     */
    private record Kind(String name, String path, boolean withCode, double targetRate, double targetP99Millis) {

        String target() {
            return targetRate == 0
                    ? "floor of any request"
                    : String.format("≥ %,.0f/s, p99 ≤ %.0f ms", targetRate, targetP99Millis);
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("JSON `GET /api/verify/{code}`", "api/verify/", true, 3_000, 10),
            new Kind("page `GET /verify/{code}`", "verify/", true, 2_000, 15),
            // the same filters, authentication and container path with no application work: what any request costs
            new Kind("static file `GET /resources/css/app.css`", "resources/css/app.css", false, 0, 0));

    private PublicVerify() {}

    /**
     * Certified learners the way an agency gets them: a learner with its xAPI actor through the admin API, then a
     * passing statement for a catalogue course, from which the server issues a certificate (asynchronously).
     *
     * @return the certificates' verification codes
     */
    static List<String> certificateCodes(LrsClient client, String adminUser, String adminPassword, String tag) {
        Map<Long, String> learners = new LinkedHashMap<>();
        for (int i = 0; i < CERTIFICATES; i++) {
            String mbox = "mailto:verify-" + tag + "-" + i + "@example.org";
            // with a PID: the credit of a learner without one waits for it
            String learner =
                    """
                    {"firstName": "Bench", "lastName": "Verifier", "pid": "%d", "agency": "Bench PD",
                     "actor": {"mbox": "%s"}}""".formatted(1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000), mbox);
            LrsClient.Answer created = client.admin("POST", "learners", learner, adminUser, adminPassword);
            expect(201, created, "creating a learner");
            LrsClient.Answer passed = client.post("""
                    {"actor": {"name": "Bench Verifier", "mbox": "%s"},
                     "verb": {"id": "http://adlnet.gov/expapi/verbs/passed"},
                     "object": {"id": "%s"},
                     "context": {"registration": "%s"}}""".formatted(mbox, COURSE_IRI, UUID.randomUUID()));
            expect(200, passed, "posting a pass");
            learners.put(parse(created.body()).getJsonNumber("id").longValue(), mbox);
        }
        List<String> codes = new ArrayList<>();
        long deadline = System.nanoTime() + CERTIFICATE_PATIENCE_NANOS;
        for (long learner : learners.keySet()) {
            while (true) {
                LrsClient.Answer found =
                        client.admin("GET", "certificates?learnerId=" + learner, null, adminUser, adminPassword);
                expect(200, found, "listing certificates");
                JsonArray certificates = parse(found.body()).getJsonArray("certificates");
                if (!certificates.isEmpty()) {
                    codes.add(certificates.getJsonObject(0).getString("code"));
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no certificate for learner " + learner + " within 60 s");
                }
                pause();
            }
        }
        return codes;
    }

    /**
     * Untimed rounds of {@code warmup} requests of each kind until the server's JIT has settled ({@code maxRounds}
     * at most), then each kind's {@code n} requests from {@code clients} threads over the codes, every answer 200. A
     * server started by the bench ({@code cpu} not null) also reports its CPU per request.
     *
     * @return a Markdown table with one row per kind, and a verdict on sessions
     */
    static String run(
            LrsClient client, List<String> codes, int n, int warmup, int maxRounds, int clients, CpuAccounting cpu) {
        StringBuilder table = new StringBuilder(
                "| request | requests | clients | requests/s | p50 ms | p95 ms | p99 ms | max ms | CPU ms per 1,000"
                        + " requests: server / PostgreSQL / generator | of the server's: JIT compilers / GC |"
                        + " JSESSIONID set | target |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        int sessionsOpened = 0;
        Map<Kind, AtomicInteger> sessionsOf = new LinkedHashMap<>();
        KINDS.forEach(kind -> sessionsOf.put(kind, new AtomicInteger()));
        // every kind warmed up before any is timed: the first kind timed after 500 requests of its own cost the
        // server 1.3-1.6 times the CPU per request of the same kind timed next, up to a third of it the compilers'
        CpuAccounting.warmUntilJitSettles(
                "public verify (" + warmup + " requests of each kind per round)",
                "the server's",
                cpu == null ? -1 : cpu.serverPid(),
                maxRounds,
                () -> {
                    for (Kind kind : KINDS) {
                        requests(client, codes, kind, warmup, clients, () -> {}, sessionsOf.get(kind));
                    }
                });
        for (Kind kind : KINDS) {
            AtomicInteger sessions = sessionsOf.get(kind);
            LrsBench.log("public verify: " + kind.name() + ", " + n + " requests, " + clients + " clients");
            List<Map<String, Double>> cpuBefore = new ArrayList<>(List.of(Map.of()));
            LrsClient.Run run = requests(
                    client,
                    codes,
                    kind,
                    n,
                    clients,
                    () -> cpuBefore.set(0, cpu == null ? Map.of() : cpu.sample()),
                    sessions);
            Map<String, Double> cpuAfter = cpu == null ? Map.of() : cpu.sample();
            Latencies l = run.latencies();
            table.append(String.format(
                    "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %s | %s | %d | %s |%n",
                    kind.name(),
                    run.requests(),
                    clients,
                    run.rate(),
                    l.percentileMillis(50),
                    l.percentileMillis(95),
                    l.percentileMillis(99),
                    l.maxMillis(),
                    cpuPerThousand(
                            cpuBefore.get(0),
                            cpuAfter,
                            List.of("server JVM", "PostgreSQL (all processes)", "load generator"),
                            run.requests()),
                    cpuPerThousand(
                            cpuBefore.get(0),
                            cpuAfter,
                            List.of(
                                    CpuAccounting.OF_THE_SERVER + CpuAccounting.JIT,
                                    CpuAccounting.OF_THE_SERVER + CpuAccounting.GC),
                            run.requests()),
                    sessions.get(),
                    kind.target()));
            LrsBench.log(String.format("  %.0f requests/s, %s", run.rate(), l.summary()));
            sessionsOpened += sessions.get();
        }
        return table.append(
                        sessionsOpened == 0
                                ? "\nNo answer set a `JSESSIONID` cookie (warm-up included): verifying opens no"
                                        + " session.\n"
                                : "\n**" + sessionsOpened + " answers set a `JSESSIONID` cookie: verifying opens"
                                        + " sessions.**\n")
                .toString();
    }

    private static LrsClient.Run requests(
            LrsClient client,
            List<String> codes,
            Kind kind,
            int n,
            int clients,
            Runnable atStart,
            AtomicInteger sessions) {
        return LrsClient.concurrently(n, clients, atStart, r -> {
            LrsClient.Answer a =
                    client.getPublic(kind.withCode() ? kind.path() + codes.get(r % codes.size()) : kind.path());
            expect(200, a, kind.name());
            if (a.setsSessionCookie()) {
                sessions.incrementAndGet();
            }
            return a.nanos();
        });
    }

    /** The groups' CPU milliseconds per 1,000 requests, joined by " / "; "–" without {@code /proc}. */
    private static String cpuPerThousand(
            Map<String, Double> before, Map<String, Double> after, List<String> groups, int requests) {
        if (!before.keySet().containsAll(groups) || !after.keySet().containsAll(groups)) {
            return "–";
        }
        List<String> parts = new ArrayList<>();
        for (String group : groups) {
            parts.add(String.format("%.0f", (after.get(group) - before.get(group)) * 1_000_000 / requests));
        }
        return String.join(" / ", parts);
    }

    private static void expect(int status, LrsClient.Answer answer, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
        }
    }

    private static JsonObject parse(String body) {
        try (var r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
