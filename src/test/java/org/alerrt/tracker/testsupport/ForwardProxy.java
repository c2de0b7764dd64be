package org.alerrt.tracker.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An HTTP proxy for the test browser that sends every request to the deployed tracker, whatever host and port the
 * URL names. Launch URLs are built from {@code tracker.public-url} (default {@code http://127.0.0.1:8080}), which
 * is not the random port of the test server; with this proxy the browser reaches AU content, fetch URL and xAPI
 * endpoint as a learner's browser would in production. The test server runs under a context path that the public
 * URL lacks: paths get it prepended (unless they carry it already), and cookie paths and redirects are rewritten so
 * the browser stays on the address it asked for.
 */
public final class ForwardProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "content-length",
            "expect",
            "host",
            "upgrade",
            "keep-alive",
            "proxy-connection",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String origin;
    private final String context;
    /** The content listener's origin: where requests for {@link TrackerClient#CONTENT_URL} go. */
    private final String contentOrigin;

    private final String contentAuthority =
            URI.create(TrackerClient.CONTENT_URL).getRawAuthority();

    public ForwardProxy(String targetBase) throws IOException {
        URI target = URI.create(targetBase);
        this.origin = target.getScheme() + "://" + target.getRawAuthority();
        URI content = URI.create(new TrackerClient(target.toURL()).contentBase());
        this.contentOrigin = content.getScheme() + "://" + content.getRawAuthority();
        String p = target.getRawPath() == null ? "" : target.getRawPath();
        this.context = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    /**
     * Chromium switches to use this proxy, loopback addresses included (Chromium bypasses them by default).
     *
     * @param direct {@code host:port} of servers the browser reaches without the proxy (e.g. content served from
     *     another origin than the tracker's)
     */
    public String[] chromiumArguments(String... direct) {
        return new String[] {
            "--proxy-server=http://127.0.0.1:" + server.getAddress().getPort(),
            "--proxy-bypass-list="
                    + String.join(
                            ";",
                            Stream.concat(Stream.of("<-loopback>"), Stream.of(direct))
                                    .toList())
        };
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI asked = exchange.getRequestURI();
            String path = asked.getRawPath();
            if (!context.isEmpty() && !path.equals(context) && !path.startsWith(context + "/")) {
                path = context + path;
            }
            boolean toContent = contentAuthority.equalsIgnoreCase(asked.getRawAuthority());
            URI to = URI.create((toContent ? contentOrigin : origin)
                    + path
                    + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery()));
            String askedOrigin =
                    asked.getScheme() == null ? origin : asked.getScheme() + "://" + asked.getRawAuthority();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(to)
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            exchange.getRequestMethod(),
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> h :
                    exchange.getRequestHeaders().entrySet()) {
                if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                    h.getValue().forEach(v -> request.header(h.getKey(), v));
                }
            }
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                String n = name.toLowerCase(Locale.ROOT);
                if (HOP_BY_HOP.contains(n) || name.startsWith(":")) {
                    return;
                }
                List<String> out = values;
                if (n.equals("set-cookie") && !context.isEmpty()) {
                    out = values.stream()
                            .map(v -> v.replaceAll("(?i)(;\\s*Path=)" + Pattern.quote(context) + "/?(?=;|$)", "$1/"))
                            .toList();
                } else if (n.equals("location")) {
                    out = values.stream()
                            .map(v -> v.startsWith(origin) ? askedOrigin + v.substring(origin.length()) : v)
                            .toList();
                }
                exchange.getResponseHeaders().put(name, out);
            });
            byte[] out = answer.body();
            boolean empty = out.length == 0 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(answer.statusCode(), empty ? -1 : out.length);
            if (!empty) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
