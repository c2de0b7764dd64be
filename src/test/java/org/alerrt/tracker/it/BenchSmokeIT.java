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
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.Test;

/**
 * Smoke run of the load generator (docs/PERFORMANCE.md): concurrent batched POSTs through the bench code, then the
 * whole set paged back through "more" (Communication §2.1.3). Asserts correctness only, never time.
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

        List<String> ascending = walk(lrs, "registration=" + registration + "&ascending=true&limit=100", posted);
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

        List<String> descending = walk(lrs, "registration=" + registration + "&limit=250", posted);
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertEquals(reversed, descending, "the default order is the exact reverse of ascending=true");
    }

    /** Follows "more" to the end; checks each page's size, and each statement against what was posted. */
    private static List<String> walk(LrsClient lrs, String query, Map<String, JsonObject> posted) {
        List<String> ids = new ArrayList<>();
        Set<String> seenMore = new HashSet<>();
        String next = query;
        int limit = Integer.parseInt(query.substring(query.indexOf("limit=") + 6));
        while (next != null) {
            LrsClient.Answer a = lrs.get(next);
            assertEquals(200, a.status(), a.body());
            JsonObject page = parse(a.body());
            var statements = page.getJsonArray("statements");
            String more = page.getString("more");
            assertTrue(statements.size() == limit || more.isEmpty(), "only the last page is short");
            for (var s : statements) {
                JsonObject stored = s.asJsonObject();
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
            assertTrue(more.isEmpty() || seenMore.add(more), "a more link never repeats");
            next = more.isEmpty() ? null : more;
        }
        return ids;
    }

    private static JsonObject parse(String json) {
        try (var r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}
