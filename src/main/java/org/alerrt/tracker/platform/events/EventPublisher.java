package org.alerrt.tracker.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.platform.persistence.PersistenceException;

/**
 * Publishes a domain event by writing one outbox row per interested subscriber in the caller's transaction
 * (transactional outbox): the event exists exactly when the change that caused it is committed.
 */
@ApplicationScoped
public class EventPublisher extends JdbcRepository {

    @Inject
    @Any
    Instance<EventSubscriber> subscribers;

    @Inject
    Event<OutboxWritten> outboxWritten;

    public EventPublisher() {}

    /** For tests without a container. */
    EventPublisher(DataSource dataSource) {
        super(dataSource);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, JsonObject payload) {
        publishAll(topic, List.of(payload));
    }

    /**
     * Most statements interest no subscriber: the rows are chosen first, so those cost no connection check-out or
     * prepared statement (the publish showed as 5 % of a single statement POST, docs/PERFORMANCE.md).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(String topic, List<JsonObject> payloads) {
        List<EventSubscriber> interested = new ArrayList<>();
        List<JsonObject> delivered = new ArrayList<>();
        for (EventSubscriber subscriber : subscribers) {
            if (!subscriber.topic().equals(topic)) {
                continue;
            }
            for (JsonObject payload : payloads) {
                if (subscriber.wants(payload)) {
                    interested.add(subscriber);
                    delivered.add(payload);
                }
            }
        }
        if (interested.isEmpty()) {
            return;
        }
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(OutboxSql.INSERT)) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < interested.size(); i++) {
                ps.setString(1, topic);
                ps.setString(2, interested.get(i).name());
                ps.setString(3, delivered.get(i).toString());
                ps.setTimestamp(4, now);
                ps.setTimestamp(5, now);
                ps.setString(6, interested.get(i).partitionKey(delivered.get(i)));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot write outbox events for " + topic, e);
        }
        outboxWritten.fire(new OutboxWritten(interested.size()));
    }

    /** CDI event observed after commit to dispatch without waiting for the next poll. */
    public record OutboxWritten(int rows) {}
}
