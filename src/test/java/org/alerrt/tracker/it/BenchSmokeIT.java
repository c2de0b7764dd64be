package org.alerrt.tracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alerrt.tracker.bench.LrsClient;
import org.alerrt.tracker.bench.StatementFactory;
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
