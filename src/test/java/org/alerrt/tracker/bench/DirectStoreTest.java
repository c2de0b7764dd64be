package org.alerrt.tracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The direct store is the floor the benchmark compares the server with, so it must store what the server stores:
 * every statement with its links, and an outbox event for each statement a subscriber wants.
 */
class DirectStoreTest {

    @Test
    void storesEveryStatementWithItsLinksAndTheEventsTheSubscribersWant() throws Exception {
        JdbcDataSource db = TestDatabase.migrated();
        StatementFactory factory = StatementFactory.standard(7, "direct");
        List<StatementFactory.Generated> generated = factory.batch(250);
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < generated.size(); from += 100) {
            bodies.add(StatementFactory.array(generated.subList(from, Math.min(generated.size(), from + 100))));
        }
        long wanted = generated.stream()
                .filter(g -> g.json().contains("/verbs/completed\"")
                        || g.json().contains("/verbs/passed\"")
                        || g.json().contains("/verbs/failed\""))
                .count();
        int[] hooks = new int[2];

        DirectStore.Result result = DirectStore.run(
                db.getURL(),
                "sa",
                "sa",
                bodies,
                generated.size(),
                100,
                2,
                DirectStore.authority("http://127.0.0.1:8080/", "bench"),
                () -> hooks[0]++,
                () -> hooks[1]++);

        Set<String> ids = new HashSet<>();
        generated.forEach(g -> ids.add(g.id()));
        assertEquals(ids, strings(db, "SELECT statement_id FROM xapi_statement"));
        assertEquals(generated.size(), count(db, "SELECT COUNT(DISTINCT statement_seq) FROM xapi_statement_activity"));
        assertEquals(generated.size(), count(db, "SELECT COUNT(DISTINCT statement_seq) FROM xapi_statement_agent"));
        assertTrue(wanted > 0, "the mix holds statements the completion decider wants");
        assertEquals(wanted, count(db, "SELECT COUNT(*) FROM outbox_event"));
        assertEquals(generated.size(), result.ingest().statements());
        assertEquals(bodies.size(), result.ingest().latencies().count());
        assertEquals(DirectStore.STAGES, List.copyOf(result.stageCpuNanos().keySet()));
        assertTrue(result.stageCpuNanos().values().stream().allMatch(n -> n >= 0));
        assertEquals(1, hooks[0]);
        assertEquals(1, hooks[1]);
    }

    private static long count(JdbcDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> strings(JdbcDataSource db, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
