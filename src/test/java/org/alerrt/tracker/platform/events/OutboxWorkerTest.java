package org.alerrt.tracker.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox claim on a real (H2) database with two transactions standing in for two instances: a held row is
 * passed over, a partition is handled oldest first, a done row is never handled again, a failed handler leaves
 * nothing.
 */
class OutboxWorkerTest {

    private static final String TOPIC = "test.topic";

    private JdbcDataSource database;
    private Connection instanceA;
    private Connection instanceB;
    private final List<String> handled = new ArrayList<>();
    private Consumer<JsonObject> whileHandling = p -> {};

    @BeforeEach
    void open() throws SQLException {
        database = TestDatabase.migrated();
        instanceA = database.getConnection();
        instanceA.setAutoCommit(false);
        instanceB = database.getConnection();
        instanceB.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        instanceA.close();
        instanceB.close();
    }

    @Test
    void anEventHeldByOneInstanceIsPassedOverByTheOther() throws SQLException {
        long first = publish("K", 1);
        long other = publish("L", 2);
        List<Boolean> seenByB = new ArrayList<>();
        whileHandling = p -> {
            if (p.getInt("n") == 1) {
                seenByB.add(worker(instanceB).process(first));
                seenByB.add(worker(instanceB).process(other));
                commit(instanceB);
            }
        };
        assertTrue(worker(instanceA).process(first));
        instanceA.commit();

        assertEquals(List.of(false, true), seenByB, "B skips the row A holds, handles the other partition");
        assertEquals(List.of("2", "1"), handled, "B finished 2 while A was still handling 1");
        assertEquals("DONE", status(first));
        assertEquals("DONE", status(other));
    }

    @Test
    void aPartitionIsHandledOldestFirstWhateverInstanceClaimsTheNewerEvent() throws SQLException {
        long older = publish("K", 1);
        long newer = publish("K", 2);
        List<Boolean> seenByB = new ArrayList<>();
        whileHandling = p -> {
            if (p.getInt("n") == 1) {
                seenByB.add(worker(instanceB).process(newer));
                commit(instanceB);
            }
        };
        assertTrue(worker(instanceA).process(older));
        instanceA.commit();
        assertEquals(List.of(false), seenByB, "the newer event waits while the older one is being handled");
        assertEquals("PENDING", status(newer));

        assertTrue(worker(instanceB).process(newer));
        instanceB.commit();
        assertEquals(List.of("1", "2"), handled);
    }

    @Test
    void anEventPassedOverForItsPartitionStaysFreeForTheInstanceHandlingTheOlderOne() throws SQLException {
        long older = publish("K", 1);
        long newer = publish("K", 2);
        List<List<Long>> seenByB = new ArrayList<>();
        whileHandling = p -> {
            if (p.getInt("n") == 1) {
                seenByB.add(worker(instanceB).processAll(List.of(newer))); // B's transaction stays open
            }
        };
        assertEquals(List.of(older, newer), worker(instanceA).processAll(List.of(older, newer)));
        instanceA.commit();
        instanceB.commit();
        assertEquals(List.of(List.of()), seenByB);
        assertEquals(List.of("1", "2"), handled);
    }

    @Test
    void aNewerEventWaitsForAnOlderOneThatFailedAndBacksOff() throws SQLException {
        long older = publish("K", 1);
        long newer = publish("K", 2);
        whileHandling = p -> {
            throw new IllegalStateException("refused");
        };
        assertThrows(IllegalStateException.class, () -> worker(instanceA).process(older));
        instanceA.rollback();
        whileHandling = p -> {};

        assertFalse(worker(instanceB).process(newer));
        instanceB.commit();
        assertTrue(worker(instanceA).process(older));
        instanceA.commit();
        assertTrue(worker(instanceB).process(newer));
        instanceB.commit();
    }

    @Test
    void aDoneEventIsNeverHandledAgain() throws SQLException {
        long id = publish("K", 1);
        assertTrue(worker(instanceA).process(id));
        instanceA.commit();

        assertFalse(worker(instanceB).process(id));
        instanceB.commit();
        assertEquals(List.of("1"), handled);
    }

    @Test
    void whatAFailedHandlerWroteIsRolledBackWithItsClaim() throws SQLException {
        long id = publish("K", 1);
        whileHandling = p -> {
            try (PreparedStatement ps = instanceA.prepareStatement(
                    "INSERT INTO roster (id, created_at, created_by, entry_count) VALUES (1, CURRENT_TIMESTAMP, 'x', 0)")) {
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("refused after writing");
        };
        assertThrows(IllegalStateException.class, () -> worker(instanceA).process(id));
        instanceA.rollback();

        assertEquals("PENDING", status(id));
        assertEquals(0, count("SELECT COUNT(*) FROM roster"));
    }

    @Test
    void oneTransactionHandlesAPartitionInOrderAndFailsAsAWhole() throws SQLException {
        long first = publish("K", 1);
        long second = publish("K", 2);
        long third = publish("L", 3);
        assertEquals(List.of(first, second, third), worker(instanceA).processAll(List.of(first, second, third)));
        instanceA.commit();
        assertEquals(List.of("1", "2", "3"), handled);

        long fourth = publish("K", 4);
        long fifth = publish("M", 5);
        whileHandling = p -> {
            if (p.getInt("n") == 5) {
                throw new IllegalStateException("refused");
            }
        };
        assertThrows(IllegalStateException.class, () -> worker(instanceA).processAll(List.of(fourth, fifth)));
        instanceA.rollback();
        assertEquals("PENDING", status(fourth), "the whole transaction rolled back, the good event with it");
        assertEquals("PENDING", status(fifth));
    }

    @Test
    void theDrainCursorMovesPastEventsItCouldNotClaim() throws SQLException {
        long held = publish("K", 1);
        long waiting = publish("K", 2);
        long free = publish("L", 3);
        OutboxWorker b = worker(instanceB);
        assertEquals(List.of(held, waiting, free), b.dueIds(0, 10));
        assertEquals(List.of(free), b.dueIds(waiting, 10));
    }

    private long publish(String partition, int n) throws SQLException {
        EventPublisher publisher = new EventPublisher(TestDatabase.transaction(instanceA));
        publisher.subscribers = instance(new RecordingSubscriber(partition));
        publisher.outboxWritten = noEvents();
        publisher.publish(TOPIC, Json.createObjectBuilder().add("n", n).build());
        instanceA.commit();
        return count("SELECT MAX(id) FROM outbox_event");
    }

    private OutboxWorker worker(Connection transaction) {
        OutboxWorker worker = new OutboxWorker(TestDatabase.transaction(transaction));
        worker.subscribers = instance(new RecordingSubscriber(null));
        worker.maxAttempts = 10;
        return worker;
    }

    private final class RecordingSubscriber implements EventSubscriber {
        private final String partition;

        RecordingSubscriber(String partition) {
            this.partition = partition;
        }

        @Override
        public String name() {
            return "test.recorder";
        }

        @Override
        public String topic() {
            return TOPIC;
        }

        @Override
        public String partitionKey(JsonObject payload) {
            return partition;
        }

        @Override
        public void handle(JsonObject payload) {
            whileHandling.accept(payload);
            handled.add(String.valueOf(payload.getInt("n")));
        }
    }

    private String status(long id) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT status FROM outbox_event WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.getConnection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void commit(Connection c) {
        try {
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instance<EventSubscriber> instance(EventSubscriber only) {
        return Publishers.instance(List.of(only));
    }

    private static Event<EventPublisher.OutboxWritten> noEvents() {
        return Publishers.noEvents();
    }
}
