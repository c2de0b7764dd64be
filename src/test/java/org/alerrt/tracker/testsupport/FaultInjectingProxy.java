package org.alerrt.tracker.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An HTTP proxy on a loopback port in front of a real LRS, for the upstream tests: it passes requests through (path,
 * query, the xAPI headers, the body) until told to fail, then answers the next requests with a fault: a 500, a 429
 * with {@code Retry-After}, a closed connection (the remote down), a slow answer or an answer lost after the LRS
 * acted; and it refuses with 400 any request
 * carrying a marker (a statement the remote refuses).
 */
public final class FaultInjectingProxy implements AutoCloseable {

    /** What the proxy does to a request. */
    public enum Fault {
        NONE,
        ERROR_500,
        TOO_MANY_REQUESTS,
        DOWN,
        SLOW,
        /** Passed on to the LRS (which acts on it), then the connection is closed without its answer. */
        LOST_ANSWER
    }

    private static final List<String> REQUEST_HEADERS =
            List.of("Authorization", "X-Experience-API-Version", "Content-Type", "Accept");
    private static final List<String> RESPONSE_HEADERS = List.of(
            "Content-Type",
            "X-Experience-API-Version",
            "X-Experience-API-Consistent-Through",
            "Last-Modified",
            "ETag",
            "Retry-After");

    private final URI target;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final AtomicReference<Fault> fault = new AtomicReference<>(Fault.NONE);
    private final AtomicInteger faultsLeft = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<String> refusedMarker = new AtomicReference<>();

    /** @param target the origin requests go on to, e.g. {@code http://127.0.0.1:8080} */
    public FaultInjectingProxy(URI target) {
        this.target = target;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The proxy's origin, {@code http://127.0.0.1:<port>}. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code times} requests get {@code fault} (a negative count: every request until {@link #heal}). */
    public void fail(Fault fault, int times) {
        this.faultsLeft.set(times);
        this.fault.set(fault);
    }

    /** From now on a request whose body contains {@code marker} is refused with 400, as an LRS refuses a statement. */
    public void refuseBodiesContaining(String marker) {
        refusedMarker.set(marker);
    }

    public void heal() {
        fault.set(Fault.NONE);
    }

    /** Requests seen so far, faulted ones included. */
    public int requests() {
        return requests.get();
    }

    private Fault next() {
        Fault f = fault.get();
        if (f == Fault.NONE) {
            return f;
        }
        int left = faultsLeft.getAndDecrement();
        if (left == 0) {
            fault.compareAndSet(f, Fault.NONE);
            return Fault.NONE;
        }
        return f;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String marker = refusedMarker.get();
            if (marker != null && new String(body, StandardCharsets.UTF_8).contains(marker)) {
                respond(exchange, 400, "{\"error\": \"refused: " + marker + "\"}");
                return;
            }
            switch (next()) {
                case ERROR_500 -> {
                    respond(exchange, 500, "{\"error\": \"injected\"}");
                    return;
                }
                case TOO_MANY_REQUESTS -> {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    respond(exchange, 429, "{\"error\": \"slow down\"}");
                    return;
                }
                case DOWN -> {
                    return; // closed without an answer
                }
                case SLOW -> sleep(Duration.ofMillis(500));
                case LOST_ANSWER -> {
                    send(exchange, body);
                    return; // closed without an answer
                }
                case NONE -> {}
            }
            forward(exchange, body);
        }
    }

    private void forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpResponse<byte[]> r = send(exchange, body);
        for (String h : RESPONSE_HEADERS) {
            r.headers()
                    .firstValue(h)
                    .ifPresent(v -> exchange.getResponseHeaders().add(h, v));
        }
        exchange.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(r.body());
        }
    }

    /** The request as the exchange has it, sent on to the target. */
    private HttpResponse<byte[]> send(HttpExchange exchange, byte[] body) throws IOException {
        URI uri = URI.create(target.toString().replaceAll("/+$", "")
                + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (String h : REQUEST_HEADERS) {
            String v = exchange.getRequestHeaders().getFirst(h);
            if (v != null) {
                request.header(h, v);
            }
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
