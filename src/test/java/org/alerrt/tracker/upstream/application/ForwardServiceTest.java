package org.alerrt.tracker.upstream.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.alerrt.tracker.lrs.api.LoggedStatement;
import org.alerrt.tracker.lrs.api.StatementLog;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.xapiclient.Attachment;
import org.alerrt.tracker.platform.xapiclient.RetryPolicy;
import org.alerrt.tracker.upstream.domain.DeadLetter;
import org.alerrt.tracker.upstream.domain.ForwardPosition;
import org.alerrt.tracker.upstream.domain.ForwardRepository;
import org.alerrt.tracker.upstream.domain.ForwardRule;
import org.alerrt.tracker.upstream.domain.ForwardSettings;
import org.alerrt.tracker.upstream.domain.PullFilters;
import org.alerrt.tracker.upstream.domain.Upstream;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forwarding against an LRS scripted in-process (it keeps statements by id, refuses those marked "refuse" with 400
 * and another statement under a known id with 409) and an in-memory log and repository: batches in stored order,
 * dead letters, a 409 for our own statement, an unavailable remote, a retry.
 */
class ForwardServiceTest {

    private static final String COURSE = "https://alerrt.org/xapi/courses/3356";

    private final Remote remote = new Remote();
    private final Log log = new Log();
    private final Positions positions = new Positions();
    private final ForwardService forwards = new ForwardService();
    private Upstream upstream;

    @BeforeEach
    void wire() throws IOException {
        remote.start();
        UpstreamSettings settings = new UpstreamSettings();
        settings.key = Optional.of(Base64.getEncoder().encodeToString(new byte[32]));
        settings.forwardBatchSize = 3;
        settings.forwardSettleSeconds = 0;
        UpstreamKeys keys = new UpstreamKeys();
        keys.settings = settings;
        UpstreamClients clients = new UpstreamClients();
        clients.keys = keys;
        clients.retry = new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ZERO);
        upstream = new Upstream(
                1,
                new UpstreamDefinition(
                        "remote",
                        URI.create(remote.base()),
                        "key",
                        org.alerrt.tracker.platform.xapiclient.XapiVersion.V1_0_3,
                        false,
                        PullFilters.none(),
                        60),
                keys.box().seal("secret"),
                Instant.now());
        PullServiceTest.Repository upstreams = new PullServiceTest.Repository();
        upstreams.insert(upstream.definition(), upstream.sealedSecret(), Instant.now());
        ForwardTransactions transactions = new ForwardTransactions();
        transactions.upstreams = upstreams;
        transactions.forwards = positions;
        transactions.statements = log;
        ForwardAdmin admin = new ForwardAdmin();
        admin.upstreams = upstreams;
        admin.forwards = positions;
        admin.statements = log;
        forwards.transactions = transactions;
        forwards.clients = clients;
        forwards.settings = settings;
        forwards.admin = admin;
        positions.configure(1, new ForwardSettings(true, List.of(new ForwardRule(COURSE, null))), 0L, Instant.now());
    }

    @AfterEach
    void stop() {
        remote.server.stop(0);
    }

    @Test
    void matchingStatementsGoInStoredOrderWithTheirIdsAndWithoutWhatTheLrsSets() {
        List<String> sent = List.of(log.add(COURSE, ""), log.add(COURSE, ""), log.add(COURSE, ""), log.add(COURSE, ""));
        log.add("https://other.example/course", "");
        forwards.forward(upstream);
        assertEquals(sent, remote.ids());
        ForwardPosition p = positions.find(1).orElseThrow();
        assertEquals(5, p.position());
        assertEquals(4, p.forwarded());
        assertTrue(p.caughtUp());
        assertNotNull(p.lastSuccessAt());
        JsonObject first = remote.stored.get(sent.get(0));
        assertFalse(first.containsKey("stored") || first.containsKey("authority") || first.containsKey("version"));
        assertEquals(2, remote.posts.get(), "batches of 3: 3 + 1 statements");
    }

    @Test
    void attachmentDataHeldHereGoesAsMultipartWithItsStatement() throws Exception {
        String plain = log.add(COURSE, "");
        String withData = log.addWithData(COURSE, "officer's notes".getBytes(StandardCharsets.UTF_8));
        forwards.forward(upstream);
        assertEquals(List.of(plain, withData), remote.ids());
        assertEquals(1, remote.multipart.size(), "one batch, multipart because of the data");
        String body = remote.multipart.get(0);
        String sha2 = log.data.keySet().iterator().next();
        assertTrue(body.contains("X-Experience-API-Hash: " + sha2), body);
        assertTrue(body.contains("\r\n\r\nofficer's notes\r\n"), body);
        assertEquals(0, positions.deadLetters(1).size());
    }

    @Test
    void aRefusedStatementBecomesADeadLetterAndTheOthersStillGoInOrder() {
        String a = log.add(COURSE, "");
        String refused = log.add(COURSE, "refuse");
        String c = log.add(COURSE, "");
        forwards.forward(upstream);
        assertEquals(List.of(a, c), remote.ids());
        List<DeadLetter> dead = positions.deadLetters(1);
        assertEquals(1, dead.size());
        assertEquals(refused, dead.get(0).statementId());
        assertEquals(400, dead.get(0).httpStatus());
        assertEquals(2, positions.find(1).orElseThrow().forwarded());

        JsonObject corrected = read(dead.get(0).document());
        corrected = CachedJson.objectBuilder(corrected)
                .add("result", CachedJson.objectBuilder().add("response", "fixed"))
                .build();
        assertTrue(forwards.retry(1, dead.get(0).id(), corrected));
        assertTrue(positions.deadLetters(1).isEmpty());
        assertTrue(remote.ids().contains(refused));
    }

    @Test
    void aConflictOnOurOwnStatementIsNoDeadLetterButAnotherStatementIs() {
        String ours = log.add(COURSE, "");
        String theirs = log.add(COURSE, "");
        remote.stored.put(ours, remote.strip(log.byId(ours)));
        remote.stored.put(
                theirs,
                CachedJson.objectBuilder(remote.strip(log.byId(theirs)))
                        .add("verb", CachedJson.objectBuilder().add("id", "http://adlnet.gov/expapi/verbs/failed"))
                        .build());
        forwards.forward(upstream);
        List<DeadLetter> dead = positions.deadLetters(1);
        assertEquals(1, dead.size());
        assertEquals(theirs, dead.get(0).statementId());
        assertEquals(409, dead.get(0).httpStatus());
    }

    @Test
    void anUnavailableRemoteLeavesThePositionForTheNextRun() {
        List<String> sent = List.of(log.add(COURSE, ""), log.add(COURSE, ""));
        remote.failures.set(100);
        forwards.forward(upstream);
        ForwardPosition failed = positions.find(1).orElseThrow();
        assertEquals(0, failed.position());
        assertTrue(failed.lastError().contains("500"), failed.lastError());

        remote.failures.set(0);
        forwards.forward(upstream);
        assertEquals(sent, remote.ids());
        assertNull(positions.find(1).orElseThrow().lastError());
        assertTrue(positions.deadLetters(1).isEmpty());
    }

    private static JsonObject read(String json) {
        try (JsonReader r = CachedJson.reader(new StringReader(json))) {
            return r.readObject();
        }
    }

    /** POST statements: all or nothing, 400 for one with result.response "refuse", 409 for another under an id. */
    static final class Remote {
        HttpServer server;
        final Map<String, JsonObject> stored = new LinkedHashMap<>();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger posts = new AtomicInteger();
        final List<String> multipart = new ArrayList<>();

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/xapi/statements", this::handle);
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/";
        }

        List<String> ids() {
            return List.copyOf(stored.keySet());
        }

        JsonObject strip(JsonObject s) {
            return ForwardService.outgoing(s);
        }

        private synchronized void handle(HttpExchange exchange) throws IOException {
            if (failures.getAndDecrement() > 0) {
                respond(exchange, 500, "{}");
                return;
            }
            if ("GET".equals(exchange.getRequestMethod())) {
                String id = URLDecoder.decode(
                        exchange.getRequestURI().getRawQuery().replaceFirst("^statementId=", ""),
                        StandardCharsets.UTF_8);
                JsonObject s = stored.get(id);
                respond(exchange, s == null ? 404 : 200, s == null ? "{}" : s.toString());
                return;
            }
            posts.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            String json = new String(body, StandardCharsets.ISO_8859_1);
            if (type.startsWith("multipart/mixed")) { // Communication §1.5.2: the statements are the first part
                multipart.add(json);
                String boundary = "--" + type.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
                String first = json.split(java.util.regex.Pattern.quote(boundary))[1];
                json = first.substring(first.indexOf("\r\n\r\n") + 4);
            }
            JsonArray batch;
            try (JsonReader r = CachedJson.reader(new java.io.StringReader(json))) {
                batch = r.readArray();
            }
            for (JsonValue v : batch) {
                JsonObject s = v.asJsonObject();
                if (s.toString().contains("\"refuse\"")) {
                    respond(exchange, 400, "{\"error\": \"refused\"}");
                    return;
                }
                if (stored.containsKey(s.getString("id"))) {
                    respond(exchange, 409, "{\"error\": \"exists\"}"); // a remote that does not compare
                    return;
                }
            }
            var ids = CachedJson.arrayBuilder();
            for (JsonValue v : batch) {
                stored.put(v.asJsonObject().getString("id"), v.asJsonObject());
                ids.add(v.asJsonObject().getString("id"));
            }
            respond(exchange, 200, ids.build().toString());
        }

        private static void respond(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Experience-API-Version", "1.0.3");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The LRS's log: positions 1, 2, ... */
    static final class Log implements StatementLog {
        final List<LoggedStatement> statements = new ArrayList<>();
        final Map<String, Attachment> data = new LinkedHashMap<>();

        /** A statement whose attachment has its data here and no fileUrl. */
        String addWithData(String activity, byte[] content) throws NoSuchAlgorithmException {
            String sha2 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            data.put(sha2, new Attachment(sha2, "text/plain", content));
            String id = add(activity, "");
            JsonObject s = byId(id);
            var attachment = CachedJson.objectBuilder()
                    .add("usageType", "http://adlnet.gov/expapi/attachments/signature-free")
                    .add("display", CachedJson.objectBuilder().add("en-US", "notes"))
                    .add("contentType", "text/plain")
                    .add("length", content.length)
                    .add("sha2", sha2);
            statements.set(
                    statements.size() - 1,
                    new LoggedStatement(
                            statements.size(),
                            CachedJson.objectBuilder(s)
                                    .add(
                                            "attachments",
                                            CachedJson.arrayBuilder().add(attachment))
                                    .build()));
            return id;
        }

        @Override
        public List<Attachment> attachments(List<JsonObject> of) {
            return of.stream()
                    .flatMap(s -> s.getJsonArray("attachments") == null
                            ? java.util.stream.Stream.empty()
                            : s.getJsonArray("attachments").getValuesAs(JsonObject.class).stream())
                    .map(a -> data.get(a.getString("sha2")))
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList();
        }

        @Override
        public List<String> store(
                List<JsonObject> statements, List<Attachment> attachments, Caller caller, XapiVersion version) {
            throw new UnsupportedOperationException();
        }

        String add(String activity, String response) {
            String id = UUID.randomUUID().toString();
            statements.add(new LoggedStatement(
                    statements.size() + 1,
                    CachedJson.objectBuilder()
                            .add("id", id)
                            .add("actor", CachedJson.objectBuilder().add("mbox", "mailto:a@example.org"))
                            .add("verb", CachedJson.objectBuilder().add("id", "http://adlnet.gov/expapi/verbs/passed"))
                            .add("object", CachedJson.objectBuilder().add("id", activity))
                            .add("result", CachedJson.objectBuilder().add("response", response))
                            .add("stored", Instant.now().toString())
                            .add("version", "1.0.0")
                            .add("authority", CachedJson.objectBuilder().add("mbox", "mailto:lrs@example.org"))
                            .build()));
            return id;
        }

        JsonObject byId(String id) {
            return statements.stream()
                    .map(LoggedStatement::statement)
                    .filter(s -> s.getString("id").equals(id))
                    .findFirst()
                    .orElseThrow();
        }

        @Override
        public List<String> store(List<JsonObject> statements, Caller caller, XapiVersion version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean stored(String statementId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean storedWith(String statementId, long credentialId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LoggedStatement> storedAfter(long position, Instant settledBefore, int limit) {
            return statements.stream()
                    .filter(s -> s.position() > position)
                    .limit(limit)
                    .toList();
        }

        @Override
        public long positionBefore(Instant instant) {
            return statements.size();
        }
    }

    /** One upstream's forwarding state in memory, with the SQL's fence. */
    static final class Positions implements ForwardRepository {
        private ForwardPosition p;
        private final List<DeadLetter> dead = new ArrayList<>();
        private long nextId = 1;

        @Override
        public Optional<ForwardPosition> find(long upstreamId) {
            return Optional.ofNullable(p)
                    .map(x -> with(
                            x.position(),
                            x.forwarded(),
                            x.lastStored(),
                            x.caughtUp(),
                            x.lastSuccessAt(),
                            x.lastError()));
        }

        private ForwardPosition with(
                long position, long forwarded, Instant lastStored, boolean caughtUp, Instant success, String error) {
            return new ForwardPosition(
                    1,
                    p.settings(),
                    position,
                    forwarded,
                    lastStored,
                    caughtUp,
                    p.lastRunAt(),
                    success,
                    error,
                    error == null ? null : Instant.now(),
                    dead.size());
        }

        @Override
        public void configure(long upstreamId, ForwardSettings settings, Long position, Instant now) {
            p = new ForwardPosition(1, settings, position, 0, null, false, null, null, null, null, 0);
        }

        @Override
        public boolean advance(
                long upstreamId,
                long expectedPosition,
                long newPosition,
                Instant lastStored,
                int forwarded,
                boolean caughtUp,
                List<DeadLetter> deadLetters,
                Instant now) {
            if (p.position() != expectedPosition) {
                return false;
            }
            p = with(
                    newPosition,
                    p.forwarded() + forwarded,
                    lastStored == null ? p.lastStored() : lastStored,
                    caughtUp,
                    p.lastSuccessAt(),
                    p.lastError());
            for (DeadLetter d : deadLetters) {
                dead.add(new DeadLetter(
                        nextId++,
                        1,
                        d.statementId(),
                        d.position(),
                        d.document(),
                        d.httpStatus(),
                        d.error(),
                        d.createdAt(),
                        null));
            }
            return true;
        }

        @Override
        public void runStarted(long upstreamId, Instant now) {}

        @Override
        public void runSucceeded(long upstreamId, Instant now) {
            p = with(p.position(), p.forwarded(), p.lastStored(), p.caughtUp(), now, null);
        }

        @Override
        public void runFailed(long upstreamId, String error, Instant now) {
            p = with(p.position(), p.forwarded(), p.lastStored(), p.caughtUp(), p.lastSuccessAt(), error);
        }

        @Override
        public List<DeadLetter> deadLetters(long upstreamId) {
            return List.copyOf(dead);
        }

        @Override
        public Optional<DeadLetter> deadLetter(long upstreamId, long id) {
            return dead.stream().filter(d -> d.id() == id).findFirst();
        }

        @Override
        public void deadLetterRetried(long id, String document, Integer httpStatus, String error, Instant now) {}

        @Override
        public boolean deleteDeadLetter(long upstreamId, long id) {
            return dead.removeIf(d -> d.id() == id);
        }
    }
}
