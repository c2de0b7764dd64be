package org.alerrt.tracker.upstream.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.alerrt.tracker.lrs.api.LoggedStatement;
import org.alerrt.tracker.lrs.api.StatementLog;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.xapiclient.Attachment;
import org.alerrt.tracker.platform.xapiclient.RetryPolicy;
import org.alerrt.tracker.upstream.domain.PullCheckpoint;
import org.alerrt.tracker.upstream.domain.PullFilters;
import org.alerrt.tracker.upstream.domain.PulledPage;
import org.alerrt.tracker.upstream.domain.Upstream;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;
import org.alerrt.tracker.upstream.domain.UpstreamRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pull loop against an LRS scripted in-process (ascending pages of 3 through {@code more}) and an in-memory
 * repository and statement log: pages and the checkpoint, the overlap read again, failures either side.
 */
class PullServiceTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

    private final Remote remote = new Remote();
    private final Repository repository = new Repository();
    private final Log log = new Log();
    private final PullService pulls = new PullService();
    private Upstream upstream;

    @BeforeEach
    void wire() throws IOException {
        remote.start();
        UpstreamSettings settings = new UpstreamSettings();
        settings.key = Optional.of(Base64.getEncoder().encodeToString(new byte[32]));
        settings.pageSize = 3;
        settings.overlapSeconds = 5;
        settings.checkSeconds = 1;
        UpstreamKeys keys = new UpstreamKeys();
        keys.settings = settings;
        UpstreamClients clients = new UpstreamClients();
        clients.keys = keys;
        clients.settings = settings;
        clients.retry = new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ZERO);
        PullTransactions transactions = new PullTransactions();
        transactions.upstreams = repository;
        transactions.statements = log;
        pulls.transactions = transactions;
        pulls.clients = clients;
        pulls.settings = settings;
        UpstreamDefinition d = new UpstreamDefinition(
                "remote",
                URI.create(remote.base()),
                "key",
                org.alerrt.tracker.platform.xapiclient.XapiVersion.V1_0_3,
                true,
                PullFilters.none(),
                60);
        long id = repository.insert(d, keys.box().seal("secret"), T0);
        upstream = repository.find(id).orElseThrow();
    }

    @AfterEach
    void stop() {
        remote.server.stop(0);
    }

    @Test
    void pagesThroughMoreAndStoresEachStatementOnceUnderTheUpstreamsName() {
        remote.add(7);
        pulls.pull(upstream);
        PullCheckpoint cp = repository.checkpoint(upstream.id()).orElseThrow();
        assertEquals(remote.ids(), log.ids());
        assertEquals(7, cp.pulled());
        assertEquals(3, cp.pageSeq(), "three pages of 3, 3, 1");
        assertEquals("s6", cp.lastStatementId());
        assertNull(cp.more());
        assertNotNull(cp.lastSuccessAt());
        assertEquals("upstream:remote", log.callers.get(0).name());

        remote.add(2);
        pulls.pull(upstream);
        assertEquals(remote.ids(), log.ids(), "the overlap read again is not stored twice");
        assertEquals(9, repository.checkpoint(upstream.id()).orElseThrow().pulled());
        assertTrue(
                remote.sinces.get(remote.sinces.size() - 1).startsWith("2026-12-07T01:00:01"),
                "since = last stored (01:00:06) less the 5 s overlap: " + remote.sinces);
    }

    @Test
    void attachmentDataComesWithThePageAndIsStoredWithItsStatement() throws Exception {
        remote.add(3);
        byte[] notes = "officer's notes".getBytes(StandardCharsets.UTF_8);
        remote.addWithData(notes);
        pulls.pull(upstream);
        assertEquals(remote.ids(), log.ids());
        assertEquals(
                List.of("true", "true"),
                remote.attachmentsAsked,
                "the query asks for the data, and its more IRL keeps it");
        assertEquals(1, log.attachments.size(), "the part reaches the LRS's store: " + log.attachments);
        assertArrayEquals(notes, log.attachments.get(0).content());
        assertEquals(
                log.stored
                        .get("s3")
                        .getJsonArray("attachments")
                        .getJsonObject(0)
                        .getString("sha2"),
                log.attachments.get(0).sha2());
    }

    @Test
    void statementsHereByAnotherRouteAreNotCountedAgainWhenTheOverlapReadsThem() {
        remote.add(3);
        remote.statements.forEach(st -> log.stored.put(st.getString("id"), st)); // e.g. the remote is this LRS
        log.otherRoute.addAll(log.ids());
        pulls.pull(upstream);
        assertEquals(3, repository.checkpoint(upstream.id()).orElseThrow().pulled(), "read once, counted once");
        pulls.pull(upstream);
        pulls.pull(upstream);
        PullCheckpoint cp = repository.checkpoint(upstream.id()).orElseThrow();
        assertEquals(3, cp.pulled(), "the overlap read them again: not counted again");
        assertNull(cp.lastError());
        assertEquals(remote.ids(), log.ids());
    }

    @Test
    void tracker_upstream_attemptsSaysHowManyTimesARunTriesAFailingRemote() {
        remote.add(1);
        pulls.clients.retry = null; // as configured: the default back-off from half a second
        pulls.settings.attempts = 2;
        remote.failures.set(2);
        pulls.pull(upstream);
        assertTrue(
                repository.checkpoint(upstream.id()).orElseThrow().lastError().contains("500"));
        pulls.clients.retain(List.of()); // a new client with the new setting
        pulls.settings.attempts = 3;
        remote.failures.set(2);
        pulls.pull(upstream);
        assertNull(repository.checkpoint(upstream.id()).orElseThrow().lastError(), "the third attempt got through");
        assertEquals(remote.ids(), log.ids());
    }

    @Test
    void aFailingRemoteIsRecordedAndTheNextRunResumes() {
        remote.add(4);
        remote.failures.set(100);
        pulls.pull(upstream);
        PullCheckpoint failed = repository.checkpoint(upstream.id()).orElseThrow();
        assertTrue(failed.lastError().contains("500"), failed.lastError());
        assertEquals(0, failed.pulled());
        assertTrue(log.ids().isEmpty());

        remote.failures.set(0);
        pulls.pull(upstream);
        PullCheckpoint ok = repository.checkpoint(upstream.id()).orElseThrow();
        assertNull(ok.lastError());
        assertEquals(4, ok.pulled());
        assertEquals(remote.ids(), log.ids());
    }

    @Test
    void aStatementTheLrsRefusesStopsThePullAfterThePagesBeforeIt() {
        remote.add(5);
        log.refuse = "s4";
        pulls.pull(upstream);
        PullCheckpoint cp = repository.checkpoint(upstream.id()).orElseThrow();
        assertEquals(List.of("s0", "s1", "s2"), log.ids(), "the refused page stores nothing of its own");
        assertEquals(3, cp.pulled());
        assertEquals("s2", cp.lastStatementId());
        assertNotNull(cp.more(), "the next run goes on from the refused page");
        assertTrue(cp.lastError().startsWith("statement.id: "), cp.lastError());
    }

    @Test
    void aSavedMoreTheRemoteNoLongerServesFallsBackToSince() {
        remote.add(5);
        repository.advance(upstream.id(), 0, new PulledPage(List.of(), null, null, "/xapi/statements?gone=1"), 0, T0);
        pulls.pull(upstream);
        assertEquals(remote.ids(), log.ids());
        assertNull(repository.checkpoint(upstream.id()).orElseThrow().lastError());
    }

    /** GET statements: since (exclusive), ascending, limit; "more" is the offset of the next page. */
    static final class Remote {
        HttpServer server;
        final List<JsonObject> statements = new ArrayList<>();
        final List<String> sinces = new ArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        final List<String> attachmentsAsked = new ArrayList<>();
        final Map<String, byte[]> data = new HashMap<>();

        /** A statement whose attachment has no fileUrl: its data comes as a part of a multipart answer. */
        void addWithData(byte[] content) throws NoSuchAlgorithmException {
            add(1);
            String sha2 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            data.put(sha2, content);
            JsonObject s = statements.remove(statements.size() - 1);
            statements.add(CachedJson.objectBuilder(s)
                    .add(
                            "attachments",
                            CachedJson.arrayBuilder()
                                    .add(CachedJson.objectBuilder()
                                            .add("usageType", "http://adlnet.gov/expapi/attachments/notes")
                                            .add(
                                                    "display",
                                                    CachedJson.objectBuilder().add("en-US", "notes"))
                                            .add("contentType", "text/plain")
                                            .add("length", content.length)
                                            .add("sha2", sha2)))
                    .build());
        }

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/xapi/statements", this::handle);
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/";
        }

        /** Statements s<n>, one a second from T0, so the fifth is stored at 01:00:04. */
        void add(int count) {
            for (int i = 0; i < count; i++) {
                int n = statements.size();
                statements.add(CachedJson.objectBuilder()
                        .add("id", "s" + n)
                        .add("stored", T0.plusSeconds(n).toString())
                        .build());
            }
        }

        List<String> ids() {
            return statements.stream().map(s -> s.getString("id")).toList();
        }

        private void handle(HttpExchange exchange) throws IOException {
            if (failures.getAndDecrement() > 0) {
                respond(exchange, 500, "{}");
                return;
            }
            Map<String, String> q = query(exchange.getRequestURI());
            if (q.containsKey("gone")) {
                respond(exchange, 404, "{}");
                return;
            }
            int from;
            if (q.containsKey("more")) {
                from = Integer.parseInt(q.get("more"));
            } else {
                Instant since = q.containsKey("since") ? Instant.parse(q.get("since")) : Instant.MIN;
                sinces.add(q.getOrDefault("since", ""));
                from = (int) statements.stream()
                        .filter(s -> !Instant.parse(s.getString("stored")).isAfter(since))
                        .count();
            }
            attachmentsAsked.add(q.getOrDefault("attachments", "false"));
            int to = Math.min(from + 3, statements.size());
            String page = statements.subList(from, to).stream()
                    .map(JsonObject::toString)
                    .collect(Collectors.joining(","));
            // the more IRL keeps the query, attachments included, as an LRS's does (Data §2.5)
            String more = to < statements.size()
                    ? "/xapi/statements?more=" + to + ("true".equals(q.get("attachments")) ? "&attachments=true" : "")
                    : "";
            String json = "{\"statements\":[" + page + "],\"more\":\"" + more + "\"}";
            Map<String, byte[]> parts = new HashMap<>(data);
            parts.keySet().removeIf(sha2 -> !page.contains(sha2)); // the parts of this page's statements
            if (!"true".equals(q.get("attachments")) || parts.isEmpty()) {
                respond(exchange, 200, json);
                return;
            }
            // Communication §2.1.3 attachments=true: multipart/mixed, the result first, then one part per hash
            StringBuilder b = new StringBuilder("--xx\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n");
            parts.forEach((sha2, content) -> b.append("--xx\r\nContent-Type: text/plain\r\n")
                    .append("Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ")
                    .append(sha2)
                    .append("\r\n\r\n")
                    .append(new String(content, StandardCharsets.ISO_8859_1))
                    .append("\r\n"));
            byte[] bytes = b.append("--xx--").toString().getBytes(StandardCharsets.ISO_8859_1);
            exchange.getResponseHeaders().add("Content-Type", "multipart/mixed; boundary=xx");
            exchange.getResponseHeaders().add("X-Experience-API-Version", "1.0.3");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        private static Map<String, String> query(URI uri) {
            Map<String, String> q = new HashMap<>();
            if (uri.getRawQuery() != null) {
                for (String p : uri.getRawQuery().split("&")) {
                    String[] kv = p.split("=", 2);
                    q.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
                }
            }
            return q;
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

    /** The LRS as far as the pull sees it: statements by id, all or nothing per call. */
    static class Log implements StatementLog {
        final Map<String, JsonObject> stored = new LinkedHashMap<>();
        final List<Caller> callers = new ArrayList<>();
        final List<Attachment> attachments = new ArrayList<>();
        String refuse;

        @Override
        public List<String> store(
                List<JsonObject> statements, List<Attachment> data, Caller caller, XapiVersion version) {
            List<String> ids = store(statements, caller, version);
            attachments.addAll(data);
            return ids;
        }

        @Override
        public List<Attachment> attachments(List<JsonObject> statements) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> store(List<JsonObject> statements, Caller caller, XapiVersion version) {
            for (JsonObject s : statements) {
                if (s.getString("id").equals(refuse)) {
                    throw Refusal.conflict("statement.id", "refused " + refuse);
                }
            }
            statements.forEach(s -> stored.putIfAbsent(s.getString("id"), s));
            callers.add(caller);
            return statements.stream().map(s -> s.getString("id")).toList();
        }

        /** Statements stored here by another route (posted with a credential, pulled from another upstream). */
        final Set<String> otherRoute = new HashSet<>();

        @Override
        public boolean stored(String statementId) {
            return stored.containsKey(statementId);
        }

        @Override
        public boolean storedWith(String statementId, long credentialId) {
            return stored.containsKey(statementId) && !otherRoute.contains(statementId);
        }

        List<String> ids() {
            return List.copyOf(stored.keySet());
        }

        @Override
        public List<LoggedStatement> storedAfter(long position, Instant settledBefore, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long positionBefore(Instant instant) {
            throw new UnsupportedOperationException();
        }
    }

    /** One upstream and its checkpoint in memory, with the SQL's fence. */
    /** Also the upstreams of ForwardServiceTest. */
    static final class Repository implements UpstreamRepository {
        private Upstream upstream;
        private PullCheckpoint cp;

        @Override
        public void fromFile(long id, boolean fromFile) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long insert(UpstreamDefinition definition, String sealedSecret, Instant now) {
            upstream = new Upstream(1, definition, sealedSecret, now);
            cp = new PullCheckpoint(1, null, null, null, 0, 0, null, null, null, null);
            return 1;
        }

        @Override
        public boolean update(long id, UpstreamDefinition definition, String sealedSecret, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Upstream> find(long id) {
            return Optional.ofNullable(upstream);
        }

        @Override
        public Optional<Upstream> findByName(String name) {
            return Optional.ofNullable(upstream);
        }

        @Override
        public List<Upstream> list() {
            return List.of(upstream);
        }

        @Override
        public Optional<PullCheckpoint> checkpoint(long upstreamId) {
            return Optional.of(cp);
        }

        @Override
        public boolean advance(long upstreamId, long expectedPageSeq, PulledPage page, int stored, Instant now) {
            if (cp.pageSeq() != expectedPageSeq) {
                return false;
            }
            cp = new PullCheckpoint(
                    1,
                    page.lastStored(),
                    page.lastStatementId(),
                    page.more(),
                    cp.pageSeq() + 1,
                    cp.pulled() + stored,
                    cp.lastRunAt(),
                    cp.lastSuccessAt(),
                    cp.lastError(),
                    cp.lastErrorAt());
            return true;
        }

        @Override
        public void runStarted(long upstreamId, Instant now) {
            cp = new PullCheckpoint(
                    1,
                    cp.lastStored(),
                    cp.lastStatementId(),
                    cp.more(),
                    cp.pageSeq(),
                    cp.pulled(),
                    now,
                    cp.lastSuccessAt(),
                    cp.lastError(),
                    cp.lastErrorAt());
        }

        @Override
        public void runSucceeded(long upstreamId, Instant now) {
            cp = new PullCheckpoint(
                    1,
                    cp.lastStored(),
                    cp.lastStatementId(),
                    cp.more(),
                    cp.pageSeq(),
                    cp.pulled(),
                    cp.lastRunAt(),
                    now,
                    null,
                    null);
        }

        @Override
        public void runFailed(long upstreamId, String error, Instant now) {
            cp = new PullCheckpoint(
                    1,
                    cp.lastStored(),
                    cp.lastStatementId(),
                    cp.more(),
                    cp.pageSeq(),
                    cp.pulled(),
                    cp.lastRunAt(),
                    cp.lastSuccessAt(),
                    error,
                    now);
        }
    }
}
