package org.alerrt.tracker.platform.xapiclient;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An in-process HTTP server on 127.0.0.1 that answers each request with the next scripted reply (a 500 when the
 * script is used up) and records what it received.
 */
final class ScriptedLrs implements AutoCloseable {

    /** What the server received: raw path and query, as sent. */
    record Received(String method, String path, String rawQuery, Headers headers, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @FunctionalInterface
    interface Reply {
        void answer(HttpExchange exchange, Received request) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();

    ScriptedLrs() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor); // a handler that blocks (timeout tests) must not block the others
        server.createContext("/", this::handle);
        server.start();
    }

    /** The xAPI base, below a context path so that root-relative more IRLs are told apart from base-relative ones. */
    String base() {
        return origin() + "/lrs/xapi/";
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized ScriptedLrs then(Reply reply) {
        script.add(reply);
        return this;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Received request = new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                exchange.getRequestBody().readAllBytes());
        Reply reply;
        synchronized (this) {
            received.add(request);
            reply = script.poll();
        }
        if (reply == null) {
            reply = text(500, "text/plain", "unscripted request");
        }
        try {
            reply.answer(exchange, request);
        } finally {
            exchange.close();
        }
    }

    static Reply json(int status, String body, String... headerNamesAndValues) {
        return text(status, "application/json", body, headerNamesAndValues);
    }

    static Reply text(int status, String contentType, String body, String... headerNamesAndValues) {
        return bytes(status, contentType, body.getBytes(StandardCharsets.UTF_8), headerNamesAndValues);
    }

    static Reply bytes(int status, String contentType, byte[] body, String... headerNamesAndValues) {
        return (exchange, request) -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("X-Experience-API-Version", "1.0.3");
            for (int i = 0; i < headerNamesAndValues.length; i += 2) {
                exchange.getResponseHeaders().set(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        };
    }

    static Reply noContent() {
        return (exchange, request) -> exchange.sendResponseHeaders(204, -1);
    }

    /** Drops the connection without an answer. */
    static Reply drop() {
        return (exchange, request) -> {
            throw new IOException("scripted: connection dropped");
        };
    }
}
