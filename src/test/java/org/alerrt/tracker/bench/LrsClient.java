package org.alerrt.tracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntToLongFunction;

/**
 * POST to the xAPI statements resource over HTTP/1.1 with Basic credentials, timed per request; also the
 * application's public pages and its admin API, for the phases that need them. The load phases post through here,
 * not through the XapiClient: their bodies are serialised before the clock starts and the generator's CPU per request
 * is reported, which JSON-P trees built and written per request would inflate. Reads and the fill go through the
 * XapiClient (LrsBench).
 */
public final class LrsClient {

    /** A timed answer. */
    public record Answer(int status, String body, long nanos, HttpHeaders headers) {

        /** Whether the answer opens (or renews) a servlet session. */
        public boolean setsSessionCookie() {
            return headers.allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="));
        }
    }

    /** Requests from concurrent clients: how many, wall-clock time, per-request latencies. */
    public record Run(int requests, int clients, long wallNanos, Latencies latencies) {
        public double rate() {
            return requests / (wallNanos / 1e9);
        }
    }

    /** One ingest run: statements stored, wall-clock time, per-request latencies. */
    public record IngestResult(int statements, int batch, int clients, long wallNanos, Latencies latencies) {
        public double rate() {
            return statements / (wallNanos / 1e9);
        }
    }

    private final HttpClient http;
    private final String base;
    private final String statementsUri;
    private final String authorization;

    /** @param base the application root, e.g. {@code http://127.0.0.1:8080/} */
    public LrsClient(String base, String key, String secret) {
        String b = base.endsWith("/") ? base : base + "/";
        this.base = b;
        this.statementsUri = b + "xapi/statements";
        this.authorization = basic(key, secret);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public Answer post(String json) {
        return post(json, "1.0.3");
    }

    /** A POST of statements with the given {@code X-Experience-API-Version}. */
    public Answer post(String json, String version) {
        return send(HttpRequest.newBuilder(URI.create(statementsUri))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization)
                .header("X-Experience-API-Version", version)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** GET {@code path} (relative to the application root) without credentials, as a browser or a verifier does. */
    public Answer getPublic(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120))
                .GET()
                .build());
    }

    /** A request to the admin API ({@code api/...}) as an administrator; {@code json} null sends no body. */
    public Answer admin(String method, String path, String json, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", basic(user, password));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), System.nanoTime() - start, r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Posts {@code total} statements in batches of {@code batch} (batch 1 posts a single object, not an array) from
     * {@code clients} concurrent threads. Every answer must be 200; {@code sink} sees each stored batch. The
     * request bodies are generated before the clock starts, as the raw baseline's documents are: the rate is the
     * server's, not the generator's.
     */
    public IngestResult ingest(
            StatementFactory factory,
            int total,
            int batch,
            int clients,
            Consumer<List<StatementFactory.Generated>> sink) {
        return ingest(factory, total, batch, clients, sink, () -> {});
    }

    /** As above; {@code atStart} runs once the request bodies are generated, right before the timed part. */
    public IngestResult ingest(
            StatementFactory factory,
            int total,
            int batch,
            int clients,
            Consumer<List<StatementFactory.Generated>> sink,
            Runnable atStart) {
        int requests = (total + batch - 1) / batch;
        List<List<StatementFactory.Generated>> batches = new ArrayList<>(requests);
        List<String> bodies = new ArrayList<>(requests);
        for (int r = 0; r < requests; r++) {
            List<StatementFactory.Generated> statements = factory.batch(Math.min(batch, total - r * batch));
            batches.add(statements);
            bodies.add(batch == 1 ? statements.get(0).json() : StatementFactory.array(statements));
        }
        Run run = concurrently(requests, clients, atStart, r -> {
            Answer a = post(bodies.get(r));
            if (a.status() != 200) {
                throw new IllegalStateException("POST answered " + a.status() + ": " + a.body());
            }
            if (sink != null) {
                sink.accept(batches.get(r));
            }
            return a.nanos();
        });
        return new IngestResult(total, batch, clients, run.wallNanos(), run.latencies());
    }

    /**
     * Sends {@code requests} requests from {@code clients} concurrent threads: {@code request} sends the r-th, returns
     * its latency in nanoseconds and throws on an answer it does not accept, which ends the run. {@code atStart} runs
     * right before the clock starts.
     */
    public static Run concurrently(int requests, int clients, Runnable atStart, IntToLongFunction request) {
        AtomicInteger next = new AtomicInteger();
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        atStart.run();
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                workers.add(pool.submit(() -> {
                    int r;
                    while ((r = next.getAndIncrement()) < requests) {
                        latencies.add(request.applyAsLong(r));
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Run(requests, clients, System.nanoTime() - start, latencies);
    }
}
