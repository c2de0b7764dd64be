package org.alerrt.tracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alerrt.tracker.bench.LrsClient;
import org.alerrt.tracker.bench.SchemaAlternatives;
import org.alerrt.tracker.bench.StatementFactory;
import org.alerrt.tracker.lrs.domain.StatementLinks;
import org.alerrt.tracker.platform.xapiclient.StatementQuery;
import org.alerrt.tracker.platform.xapiclient.XapiClient;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.Test;

/**
 * Smoke run of the load generator (docs/PERFORMANCE.md): concurrent batched POSTs through the bench code, then the
 * whole set paged back through "more" (Communication §2.1.3) with the XapiClient, as the bench's query phase reads. Asserts correctness only, never time.
 */
class BenchSmokeIT extends AgainstDeployedTracker {

    private static final int STATEMENTS = 2_000;
    private static final int BATCH = 50;

    @Test
    void concurrentBatchesAreAllPagedBackExactlyOnceInStoredOrder() {
        // one learner in one course: every statement shares one registration, unique to this run, and so do the
        // statement ids (seeded by the tag), so a database kept from an earlier run takes them as new
        String tag = "smoke" + UUID.randomUUID().toString().substring(0, 8);
        StatementFactory factory = new StatementFactory(tag.hashCode(), tag, 1, 1, 10, 3);
        String registration = factory.registration(0, 0);
        LrsClient lrs = new LrsClient(base.toString(), TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET);
        List<List<StatementFactory.Generated>> batches = Collections.synchronizedList(new ArrayList<>());

        LrsClient.IngestResult result = lrs.ingest(factory, STATEMENTS, BATCH, 4, batches::add);
        assertEquals(STATEMENTS / BATCH, result.latencies().count());
        Map<String, JsonObject> posted = new HashMap<>();
        batches.forEach(b -> b.forEach(g -> posted.put(g.id(), parse(g.json()))));
        assertEquals(STATEMENTS, posted.size(), "the generator made distinct ids");

        XapiClient xapi = client.xapiClient();
        StatementQuery.Builder ours = StatementQuery.builder().registration(UUID.fromString(registration));
        List<String> ascending = walk(xapi, ours.ascending(true).limit(100).build(), posted);
        assertEquals(STATEMENTS, ascending.size(), "every statement comes back, none missing");
        assertEquals(posted.keySet(), new HashSet<>(ascending), "exactly the posted ids");
        assertEquals(STATEMENTS, new HashSet<>(ascending).size(), "no id twice across pages");
        // §2.1.2: the statements of one request are stored in request order
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ascending.size(); i++) {
            position.put(ascending.get(i), i);
        }
        for (List<StatementFactory.Generated> b : batches) {
            for (int i = 1; i < b.size(); i++) {
                assertTrue(
                        position.get(b.get(i - 1).id()) < position.get(b.get(i).id()),
                        "request order kept inside a batch");
            }
        }

        List<String> descending = walk(xapi, ours.ascending(false).limit(250).build(), posted);
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertEquals(reversed, descending, "the default order is the exact reverse of ascending=true");
    }

    /**
     * The bench's other storage layouts (docs/PERFORMANCE.md, "Other storage layouts") are only comparable if they
     * answer the filters as today's tables do: each layout, filled with the same statements through its own write
     * (batches or COPY), gives every filter's newest page exactly as computed here from the statements' links.
     */
    @Test
    void everyStorageLayoutOfTheBenchAnswersEachFilterWithTheSamePage() throws Exception {
        try (Connection c = sharedDatabase("the layouts are PostgreSQL's (COPY, GIN)")) {
            String tag = "layouts" + UUID.randomUUID().toString().substring(0, 8);
            SchemaAlternatives.Prepared prepared = SchemaAlternatives.prepare(
                    new StatementFactory(tag.hashCode(), tag, 30, 3, 4, 2),
                    700,
                    Json.createObjectBuilder()
                            .add("objectType", "Agent")
                            .add(
                                    "account",
                                    Json.createObjectBuilder()
                                            .add("homePage", "https://lrs.example.org")
                                            .add("name", "k"))
                            .build());
            String url = "jdbc:postgresql://127.0.0.1:" + System.getProperty("embedded.pg.port") + "/postgres";
            try {
                for (SchemaAlternatives.Layout layout : SchemaAlternatives.Layout.values()) {
                    SchemaAlternatives.create(c, layout);
                    SchemaAlternatives.fill(
                            url, "postgres", "postgres", layout, prepared.rows(), 40, 3, () -> {}, () -> {});
                    try (Statement st = c.createStatement();
                            ResultSet rs = st.executeQuery("SELECT count(*) FROM bench_alt.statement")) {
                        rs.next();
                        assertEquals(700, rs.getLong(1), layout + ": every statement row");
                    }
                    if (layout == SchemaAlternatives.Layout.STATEMENT_ONLY) {
                        continue; // no links: it answers no link filter
                    }
                    for (SchemaAlternatives.QueryKind kind : SchemaAlternatives.QUERIES) {
                        for (String value : prepared.valuesByUsage().get(kind.usage())) {
                            assertEquals(
                                    newestPage(prepared.rows(), kind, value),
                                    SchemaAlternatives.page(c, layout, kind, value),
                                    layout + ", " + kind.name() + " = " + value);
                        }
                    }
                }
            } finally {
                SchemaAlternatives.drop(url, "postgres", "postgres");
            }
        }
    }

    /** The seqs of the newest 11 statements linking {@code value} as the filter asks, from the links themselves. */
    private static List<Long> newestPage(
            List<SchemaAlternatives.Row> rows, SchemaAlternatives.QueryKind kind, String value) {
        return rows.stream()
                .filter(r -> kind.agent()
                        ? r.agentLinks().stream()
                                .anyMatch(a -> a.ifi().equals(value)
                                        && (!kind.plainAgent() || StatementLinks.AGENT_USAGES.contains(a.usage())))
                        : r.activityLinks().stream().anyMatch(a -> a.iri().equals(value)))
                .map(r -> r.columns().seq())
                .sorted(Comparator.reverseOrder())
                .limit(11)
                .toList();
    }

    /** Follows "more" to the end; checks each page's size, and each statement against what was posted. */
    private static List<String> walk(XapiClient xapi, StatementQuery query, Map<String, JsonObject> posted) {
        List<String> ids = new ArrayList<>();
        Set<String> seenMore = new HashSet<>();
        xapi.pages(query).forEach(page -> {
            assertTrue(page.statements().size() == query.limit() || !page.hasMore(), "only the last page is short");
            for (JsonObject stored : page.statements()) {
                String id = stored.getString("id");
                JsonObject sent = posted.get(id);
                assertTrue(sent != null, "an id that was posted: " + id);
                assertEquals(sent.getJsonObject("verb"), stored.getJsonObject("verb"));
                assertEquals(
                        sent.getJsonObject("object").getString("id"),
                        stored.getJsonObject("object").getString("id"));
                assertEquals(sent.getJsonObject("result"), stored.getJsonObject("result"));
                ids.add(id);
            }
            page.more().ifPresent(more -> assertTrue(seenMore.add(more), "a more link never repeats"));
        });
        return ids;
    }

    private static JsonObject parse(String json) {
        try (var r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}
