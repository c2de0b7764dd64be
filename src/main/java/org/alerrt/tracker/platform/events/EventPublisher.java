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

    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(String topic, List<JsonObject> payloads) {
        int rows = 0;
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(OutboxSql.INSERT)) {
            Timestamp now = Timestamp.from(Instant.now());
            for (EventSubscriber subscriber : subscribers) {
                if (!subscriber.topic().equals(topic)) {
                    continue;
                }
                for (JsonObject payload : payloads) {
                    if (subscriber.wants(payload)) {
                        ps.setString(1, topic);
                        ps.setString(2, subscriber.name());
                        ps.setString(3, payload.toString());
                        ps.setTimestamp(4, now);
                        ps.setTimestamp(5, now);
                        ps.setString(6, subscriber.partitionKey(payload));
                        ps.addBatch();
                        rows++;
                    }
                }
            }
            if (rows > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot write outbox events for " + topic, e);
        }
        if (rows > 0) {
            outboxWritten.fire(new OutboxWritten(rows));
        }
    }

    /** CDI event observed after commit to dispatch without waiting for the next poll. */
    public record OutboxWritten(int rows) {}
}
