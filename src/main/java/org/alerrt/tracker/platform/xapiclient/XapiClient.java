package org.alerrt.tracker.platform.xapiclient;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The statements and About resources of one remote LRS. Every request carries Basic credentials and
 * {@code X-Experience-API-Version} (xAPI 1.0.3 Communication §3.3.s4.b1); a transient failure (429, 408, 5xx, a
 * network error, a timeout) is retried as the {@link RetryPolicy} says, then reported as
 * {@link UnavailableException}; any other non-2xx answer is a {@link RefusedException} at once. Thread-safe.
 *
 * <p>Resending is safe because a statement is stored at most once per id (§2.1.2.s2.b4): {@link #post} gives each
 * statement without an id a random one before the first attempt, so a retry after a lost answer cannot store it
 * twice.
 */
public final class XapiClient {

    static final String VERSION = "X-Experience-API-Version";
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
    static final String HASH = "X-Experience-API-Hash";

    private final XapiEndpoint endpoint;
    private final RetryPolicy retry;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;

    /** A client with {@link RetryPolicy#defaults()}. */
    public XapiClient(XapiEndpoint endpoint) {
        this(builder(endpoint));
    }

    private XapiClient(Builder b) {
        this.endpoint = b.endpoint;
        this.retry = b.retry;
        this.http = b.http != null
                ? b.http
                : HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(endpoint.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.random = b.random;
    }

    public static Builder builder(XapiEndpoint endpoint) {
        return new Builder(endpoint);
    }

    public XapiEndpoint endpoint() {
        return endpoint;
    }

    public RetryPolicy retryPolicy() {
        return retry;
    }

    /** GET about: the versions the remote speaks (xAPI 1.0.3 Communication §2.8). */
    public About about() {
        URI uri = endpoint.resource("about");
        Answer answer = send("GET", request(uri, "application/json").GET().build());
        JsonObject doc = json(answer, "GET", uri, answer.body()).asJsonObject();
        JsonValue version = doc.get("version");
        if (!(version instanceof JsonArray array)
                || !array.stream().allMatch(v -> v.getValueType() == JsonValue.ValueType.STRING)) {
            throw new InvalidResponseException(
                    "GET", uri, answer.status(), "the About document has no array of version strings", null);
        }
        return new About(
                array.getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                doc);
    }

    /**
     * GET statements (xAPI 1.0.3 Communication §2.1.3): one page of a StatementResult, or for a statementId or
     * voidedStatementId query the one statement (a 404 is a {@link RefusedException}).
     */
    public StatementPage statements(StatementQuery query) {
        String q = query.queryString();
        URI uri = URI.create(endpoint.resource("statements") + (q.isEmpty() ? "" : "?" + q));
        return page(uri, query.attachments(), query.single());
    }

    /**
     * GET the page a {@code more} IRL names: a path with its query, relative to the remote's root, not to the xAPI
     * base (xAPI 1.0.3 Data §2.5). An absolute IRL must have the base's origin, for the credentials go with it.
     */
    public StatementPage more(String more) {
        return page(resolveMore(more), true, false);
    }

    /** The pages of a query, each fetched when the stream reaches it, following {@code more} to the last. */
    public Stream<StatementPage> pages(StatementQuery query) {
        Iterator<StatementPage> pages = new Iterator<>() {
            private StatementPage last;

            @Override
            public boolean hasNext() {
                return last == null || last.hasMore();
            }

            @Override
            public StatementPage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (last == null) {
                    last = statements(query);
                } else {
                    String more = last.more().orElseThrow();
                    last = more(more);
                    if (last.more().filter(more::equals).isPresent()) {
                        throw new InvalidResponseException(
                                "GET", resolveMore(more), 200, "the more IRL names the page itself", null);
                    }
                }
                return last;
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The statements of every page of a query, in the remote's order. */
    public Stream<JsonObject> stream(StatementQuery query) {
        return pages(query).flatMap(p -> p.statements().stream());
    }

    /**
     * POST one batch of statements as application/json (xAPI 1.0.3 Communication §2.1.2); returns their ids in
     * order. A 200 or a 204 is success; a 409 (a different statement holds one of the ids) is a
     * {@link RefusedException} for the whole batch, as is any statement the remote refuses (§3.2.s3.b9).
     */
    public List<String> post(List<JsonObject> statements) {
        return post(statements, List.of());
    }

    /**
     * As {@link #post(List)}, with attachment data: sent as multipart/mixed when {@code attachments} is not empty
     * (xAPI 1.0.3 Communication §1.5.2; an LRS must push the attachment data it received, §1.5.2.s3.b3).
     */
    public List<String> post(List<JsonObject> statements, List<Attachment> attachments) {
        if (statements.isEmpty()) {
            return List.of();
        }
        List<JsonObject> withIds = statements.stream().map(XapiClient::withId).toList();
        List<String> ids = withIds.stream().map(s -> s.getString("id")).toList();
        URI uri = endpoint.resource("statements");
        String json = "["
                + String.join(",", withIds.stream().map(JsonObject::toString).toList()) + "]";
        Answer answer = send(
                "POST",
                withBody(request(uri, "application/json"), "POST", json, attachments)
                        .build());
        if (answer.body().length == 0) {
            return ids; // 204, or a 200 without body: stored, ids as sent
        }
        JsonValue returned = json(answer, "POST", uri, answer.body());
        if (!(returned instanceof JsonArray array)
                || array.size() != ids.size()
                || !array.stream().allMatch(v -> v.getValueType() == JsonValue.ValueType.STRING)) {
            throw new InvalidResponseException(
                    "POST", uri, answer.status(), "expected an array of " + ids.size() + " statement ids", null);
        }
        List<String> stored = array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        for (int i = 0; i < ids.size(); i++) {
            if (!sameId(ids.get(i), stored.get(i))) {
                throw new InvalidResponseException(
                        "POST",
                        uri,
                        answer.status(),
                        "statement " + i + " was sent as " + ids.get(i) + " but stored as " + stored.get(i),
                        null);
            }
        }
        return stored;
    }

    /**
     * POST {@code statements} in batches of at most {@code batchSize}, one after the other; returns every id in order.
     * A failure stops at its batch: the batches before it are stored.
     */
    public List<String> postAll(List<JsonObject> statements, int batchSize) {
        List<String> ids = new ArrayList<>(statements.size());
        for (List<JsonObject> batch : batches(statements, batchSize)) {
            ids.addAll(post(batch));
        }
        return ids;
    }

    /** PUT one statement under its id (xAPI 1.0.3 Communication §2.1.1); 204 (or any 2xx) is success. */
    public void put(UUID statementId, JsonObject statement) {
        put(statementId, statement, List.of());
    }

    /** As {@link #put(UUID, JsonObject)}, with attachment data as multipart/mixed when there is any. */
    public void put(UUID statementId, JsonObject statement, List<Attachment> attachments) {
        Objects.requireNonNull(statementId, "statementId");
        JsonValue id = statement.get("id");
        if (id != null && !(id instanceof JsonString s && sameId(statementId.toString(), s.getString()))) {
            throw new IllegalArgumentException("the statement's id " + id + " is not the statementId " + statementId
                    + " (xAPI 1.0.3 Communication §2.1.1.s3.b3)");
        }
        URI uri = URI.create(endpoint.resource("statements") + "?statementId=" + statementId);
        send(
                "PUT",
                withBody(request(uri, "application/json"), "PUT", statement.toString(), attachments)
                        .build());
    }

    /** {@code items} in consecutive lists of at most {@code size}, the last possibly shorter. */
    public static <T> List<List<T>> batches(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + size);
        }
        List<List<T>> batches = new ArrayList<>((items.size() + size - 1) / size);
        for (int from = 0; from < items.size(); from += size) {
            batches.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
        }
        return batches;
    }

    private static JsonObject withId(JsonObject statement) {
        JsonValue id = statement.get("id");
        if (id == null) {
            return CachedJson.objectBuilder(statement)
                    .add("id", UUID.randomUUID().toString())
                    .build();
        }
        if (!(id instanceof JsonString)) {
            throw new IllegalArgumentException("a statement id must be a string: " + id);
        }
        return statement;
    }

    /** UUIDs compare case-insensitively; an LRS may answer in its own case. */
    private static boolean sameId(String a, String b) {
        return a.equalsIgnoreCase(b);
    }

    private HttpRequest.Builder request(URI uri, String accept) {
        return HttpRequest.newBuilder(uri)
                .timeout(endpoint.requestTimeout())
                .header("Authorization", endpoint.authorization())
                .header(VERSION, endpoint.version().header())
                .header("Accept", accept);
    }

    private static HttpRequest.Builder withBody(
            HttpRequest.Builder request, String method, String json, List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        String boundary = Multipart.newBoundary();
        return request.header("Content-Type", "multipart/mixed; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(Multipart.write(boundary, json, attachments)));
    }

    URI resolveMore(String more) {
        URI base = endpoint.base();
        URI uri;
        try {
            uri = base.resolve(URI.create(more));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a more IRL: " + more, e);
        }
        if (!base.getScheme().equalsIgnoreCase(uri.getScheme())
                || !base.getRawAuthority().equalsIgnoreCase(uri.getRawAuthority())) {
            throw new IllegalArgumentException("the more IRL " + more + " leaves the remote " + base);
        }
        return uri;
    }

    private StatementPage page(URI uri, boolean acceptMultipart, boolean single) {
        String accept = acceptMultipart ? "multipart/mixed, application/json" : "application/json";
        Answer answer = send("GET", request(uri, accept).GET().build());
        byte[] json = answer.body();
        List<Attachment> attachments = new ArrayList<>();
        String contentType = answer.headers().firstValue("Content-Type").orElse("application/json");
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            List<Multipart.Part> parts;
            try {
                String boundary = Multipart.boundary(contentType)
                        .orElseThrow(() -> new IllegalArgumentException("no boundary in " + contentType));
                parts = Multipart.parse(answer.body(), boundary);
            } catch (IllegalArgumentException e) {
                throw new InvalidResponseException("GET", uri, answer.status(), e.getMessage(), e);
            }
            if (parts.isEmpty()) {
                throw new InvalidResponseException("GET", uri, answer.status(), "an empty multipart body", null);
            }
            json = parts.get(0).body(); // the statements come first (Communication §1.5.2.s2.b2.b1)
            for (Multipart.Part part : parts.subList(1, parts.size())) {
                String hash = part.headers().get(HASH.toLowerCase(Locale.ROOT));
                if (hash == null || hash.isBlank()) {
                    throw new InvalidResponseException(
                            "GET", uri, answer.status(), "an attachment part without " + HASH, null);
                }
                attachments.add(new Attachment(
                        hash, part.headers().getOrDefault("content-type", "application/octet-stream"), part.body()));
            }
        }
        JsonValue doc = json(answer, "GET", uri, json);
        if (!(doc instanceof JsonObject object)) {
            throw new InvalidResponseException("GET", uri, answer.status(), "expected a JSON object", null);
        }
        Optional<Instant> consistentThrough =
                answer.headers().firstValue(CONSISTENT_THROUGH).flatMap(XapiClient::instant);
        if (single) {
            return new StatementPage(List.of(object), Optional.empty(), consistentThrough, attachments);
        }
        JsonValue statements = object.get("statements");
        JsonValue more = object.get("more");
        if (!(statements instanceof JsonArray array)
                || !array.stream().allMatch(v -> v.getValueType() == JsonValue.ValueType.OBJECT)) {
            throw new InvalidResponseException(
                    "GET", uri, answer.status(), "a StatementResult needs an array of statements", null);
        }
        if (more != null && more.getValueType() != JsonValue.ValueType.NULL && !(more instanceof JsonString)) {
            throw new InvalidResponseException("GET", uri, answer.status(), "more must be a string", null);
        }
        Optional<String> moreIrl =
                more instanceof JsonString s ? Optional.of(s.getString()).filter(m -> !m.isEmpty()) : Optional.empty();
        if (moreIrl.isPresent()) {
            try {
                resolveMore(moreIrl.get());
            } catch (IllegalArgumentException e) {
                throw new InvalidResponseException("GET", uri, answer.status(), e.getMessage(), e);
            }
        }
        return new StatementPage(array.getValuesAs(JsonObject.class), moreIrl, consistentThrough, attachments);
    }

    private static JsonValue json(Answer answer, String method, URI uri, byte[] body) {
        try (var reader = CachedJson.reader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new InvalidResponseException(method, uri, answer.status(), "not JSON: " + e.getMessage(), e);
        }
    }

    /** ISO 8601 as Communication §2.1.3.s2.b5 asks; an unreadable value counts as absent. */
    static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private record Answer(int status, HttpHeaders headers, byte[] body) {}

    /** One request with the retry policy: the first 2xx answer, or the exception that ends the attempts. */
    private Answer send(String method, HttpRequest request) {
        URI uri = request.uri();
        for (int attempt = 1; ; attempt++) {
            Integer status = null;
            String body = "";
            Duration retryAfter = null;
            String reason;
            Throwable cause = null;
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int s = response.statusCode();
                if (s >= 200 && s < 300) {
                    return new Answer(s, response.headers(), response.body());
                }
                body = new String(response.body(), StandardCharsets.UTF_8);
                if (!isTransient(s)) {
                    throw new RefusedException(method, uri, s, body);
                }
                status = s;
                retryAfter = response.headers()
                        .firstValue("Retry-After")
                        .flatMap(v -> RetryPolicy.retryAfter(v, clock.instant()))
                        .orElse(null);
                reason = "answered " + s;
            } catch (HttpTimeoutException e) {
                cause = e;
                reason = "no answer within " + endpoint.requestTimeout();
            } catch (IOException e) {
                cause = e;
                reason = "network error: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnavailableException(method, uri, attempt, null, "", null, "interrupted", e);
            }
            if (retryAfter != null && retryAfter.compareTo(retry.maxRetryAfter()) > 0) {
                throw new UnavailableException(
                        method,
                        uri,
                        attempt,
                        status,
                        body,
                        retryAfter,
                        reason + ", Retry-After " + retryAfter + " is past " + retry.maxRetryAfter(),
                        cause);
            }
            if (attempt >= retry.maxAttempts()) {
                throw new UnavailableException(method, uri, attempt, status, body, retryAfter, reason, cause);
            }
            try {
                sleeper.sleep(retryAfter != null ? retryAfter : retry.backoff(attempt, random));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnavailableException(
                        method, uri, attempt, status, body, retryAfter, reason + ", then interrupted", e);
            }
        }
    }

    /** 408 and 429 ask to come back later (RFC 9110 §15.5.9, RFC 6585 §4); a 5xx is the server's own trouble. */
    private static boolean isTransient(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599);
    }

    /** What a client is made of; everything but the endpoint has a default. */
    public static final class Builder {
        private final XapiEndpoint endpoint;
        private RetryPolicy retry = RetryPolicy.defaults();
        private HttpClient http;
        private Sleeper sleeper = Sleeper.THREAD;
        private Clock clock = Clock.systemUTC();
        private RandomGenerator random = () -> ThreadLocalRandom.current().nextLong();

        private Builder(XapiEndpoint endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        }

        public Builder retryPolicy(RetryPolicy retry) {
            this.retry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        /** A shared HttpClient; the default is a new one with the endpoint's connect timeout and no redirects. */
        public Builder httpClient(HttpClient http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The clock an HTTP-date {@code Retry-After} is measured from. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The source of the back-off jitter. */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        public XapiClient build() {
            return new XapiClient(this);
        }
    }
}
