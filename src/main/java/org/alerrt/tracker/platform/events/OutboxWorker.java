package org.alerrt.tracker.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.platform.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Handles one outbox row per transaction: lock it, run its subscriber, mark it done, all or nothing. The lock is the
 * lease and the conditional mark its fence: another instance skips a locked row, a crash drops the lock with the
 * uncommitted work, and a row already done can never be marked (nor its work committed) again.
 */
@ApplicationScoped
public class OutboxWorker extends JdbcRepository {

    @Inject
    @Any
    Instance<EventSubscriber> subscribers;

    @Inject
    @ConfigProperty(name = "tracker.events.max-attempts", defaultValue = "10")
    int maxAttempts;

    public OutboxWorker() {}

    /** For tests without a container. */
    OutboxWorker(DataSource dataSource) {
        super(dataSource);
    }

    /** Due rows with an id above {@code afterId}, oldest first. */
    List<Long> dueIds(long afterId, int limit) {
        return query(
                "Cannot read the outbox",
                OutboxSql.SELECT_DUE,
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(Instant.now()));
                    ps.setLong(2, afterId);
                    ps.setInt(3, limit);
                },
                rs -> rs.getLong(1));
    }

    /**
     * @return false when another instance holds the row, it is already done, or an older event of its partition
     *     is still to be handled
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean process(long id) {
        return !processAll(List.of(id)).isEmpty();
    }

    /**
     * Handles several rows in one transaction (one commit instead of one each); any failure rolls all of them back,
     * and the caller then handles them one by one to find and record the failing one.
     *
     * @return the rows handled, in order; the others were skipped as {@link #process} skips them
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> processAll(List<Long> ids) {
        List<Long> handled = new ArrayList<>();
        try (Connection c = dataSource().getConnection()) {
            for (long id : ids) {
                if (claimAndHandle(c, id)) {
                    handled.add(id);
                }
            }
            return handled;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot process outbox events " + ids, e);
        }
    }

    /**
     * The partition's order is checked before the row is locked: a row this transaction passes over must stay free
     * for whichever instance gets to it once the older event is done.
     */
    private boolean claimAndHandle(Connection c, long id) throws SQLException {
        requireTransaction(c);
        String subscriberName;
        String partition;
        try (PreparedStatement ps = c.prepareStatement(OutboxSql.PARTITION_OF)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                subscriberName = rs.getString(1);
                partition = rs.getString(2);
            }
        }
        if (partition != null && olderPending(c, subscriberName, partition, id)) {
            return false;
        }
        String payload;
        try (PreparedStatement ps = c.prepareStatement(OutboxSql.LOCK_ONE)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                payload = rs.getString(1);
            }
        }
        subscriber(subscriberName).handle(parse(payload));
        try (PreparedStatement ps = c.prepareStatement(OutboxSql.MARK_DONE)) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setLong(2, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("Outbox event " + id + " was no longer pending");
            }
        }
        return true;
    }

    /**
     * An auto-commit connection here means the caller's thread has no proper component context, so its connections
     * are not enlisted in the transaction: every statement would commit on its own. Refused rather than half done.
     */
    private static void requireTransaction(Connection c) throws SQLException {
        if (c.getAutoCommit()) {
            throw new IllegalStateException("The outbox connection is outside the JTA transaction (auto-commit):"
                    + " outbox work must run on a thread with an application component context");
        }
    }

    private static boolean olderPending(Connection c, String subscriber, String partition, long id)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OutboxSql.OLDER_PENDING)) {
            ps.setString(1, subscriber);
            ps.setString(2, partition);
            ps.setLong(3, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Exponential back-off; after {@code tracker.events.max-attempts} the row is parked as FAILED for an admin. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(long id, int attemptsSoFar, Throwable error) {
        boolean last = attemptsSoFar + 1 >= maxAttempts;
        Duration delay = Duration.ofSeconds(Math.min(3600, 1L << Math.min(attemptsSoFar + 1, 12)));
        String message = String.valueOf(error);
        update("Cannot record outbox failure " + id, OutboxSql.RECORD_FAILURE, ps -> {
            ps.setTimestamp(1, Timestamp.from(Instant.now().plus(delay)));
            ps.setString(2, last ? "FAILED" : "PENDING");
            ps.setString(3, message.length() > 2000 ? message.substring(0, 2000) : message);
            ps.setLong(4, id);
        });
    }

    int attempts(long id) {
        return queryOne(
                        "Cannot read outbox event " + id,
                        "SELECT attempts FROM outbox_event WHERE id = ?",
                        ps -> ps.setLong(1, id),
                        rs -> rs.getInt(1))
                .orElse(0);
    }

    /** Deletes handled events older than the cutoff; harmless when several instances do it at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeDone(Instant before) {
        return update(
                "Cannot purge the outbox", OutboxSql.PURGE_DONE, ps -> ps.setTimestamp(1, Timestamp.from(before)));
    }

    private EventSubscriber subscriber(String name) {
        for (EventSubscriber s : subscribers) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalStateException("No event subscriber named " + name);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = CachedJson.reader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
