package org.alerrt.tracker.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.cluster.OncePerCluster;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drains the outbox: right after a commit that wrote events (on the instance that committed), and on a poll run by
 * one instance of the cluster ({@link OncePerCluster}) so that events written before a crash, or passed over, are
 * never left behind. Safe with several instances: each row is claimed under a row lock in
 * the transaction of its handler ({@link OutboxWorker#process}).
 *
 * <p>A CDI bean, not a startup EJB: on Payara, tasks scheduled from an EJB's {@code @PostConstruct} (or run as EJB
 * timers) get JDBC connections outside the JTA transaction (auto-commit, not shared with JPA's), which made the claim,
 * the handler's JPA writes and the mark done commit separately. {@link OutboxWorker} refuses such a connection.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 200;
    /** Events handled per transaction: one commit per event made the outbox the bottleneck under load (ChaosIT). */
    private static final int PER_TRANSACTION = 25;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxWorker worker;

    @Inject
    OncePerCluster oncePerCluster;

    @Inject
    @ConfigProperty(name = "tracker.events.poll-interval-ms", defaultValue = "2000")
    long pollIntervalMs;

    @Inject
    @ConfigProperty(name = "tracker.events.retention-hours", defaultValue = "168")
    long retentionHours;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private ScheduledFuture<?> poll;
    private ScheduledFuture<?> purge;

    /** After the {@code StartupSequence} (settings check, migration), which observes the same event first. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Timed work once per cluster; the drains after each instance's own commits still run everywhere.
        Duration every = Duration.ofMillis(pollIntervalMs);
        poll = oncePerCluster.scheduleWithFixedDelay("outbox-poll", every, every, this::drain);
        purge = oncePerCluster.scheduleWithFixedDelay(
                "outbox-purge", Duration.ofMinutes(5), Duration.ofHours(1), this::purge);
    }

    /** Handled events are kept for a while for diagnosis, then deleted so the table stays small. */
    void purge() {
        try {
            int deleted = worker.purgeDone(Instant.now().minus(Duration.ofHours(retentionHours)));
            if (deleted > 0) {
                LOG.fine(() -> "Purged " + deleted + " handled outbox events");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox purge failed; retried in an hour", e);
        }
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
        if (purge != null) {
            purge.cancel(false);
        }
    }

    public void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventPublisher.OutboxWritten written) {
        again.set(true);
        if (!draining.get()) { // a running drain sees the flag and loops once more: no task to hand off
            executor.execute(this::drain);
        }
    }

    /** One drain at a time per instance; a nudge that arrives meanwhile makes it loop once more. */
    void drain() {
        again.set(true);
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        boolean completed = false;
        try {
            while (again.getAndSet(false)) {
                long after = 0;
                List<Long> ids;
                do {
                    ids = worker.dueIds(after, BATCH);
                    for (int from = 0; from < ids.size(); from += PER_TRANSACTION) {
                        handle(ids.subList(from, Math.min(ids.size(), from + PER_TRANSACTION)));
                    }
                    after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
                } while (ids.size() == BATCH);
            }
            completed = true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox drain interrupted; the next poll resumes it", e);
        } finally {
            draining.set(false);
        }
        if (completed && again.get() && !draining.get()) {
            executor.execute(this::drain); // a commit nudged between the last check and the flag being cleared
        }
    }

    /** One transaction for the lot; when it fails, one each, so only the failing event backs off. */
    private void handle(List<Long> ids) {
        List<Long> handled;
        try {
            handled = worker.processAll(ids);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Outbox events " + ids + " rolled back together; handled one by one", e);
            ids.forEach(this::handle);
            return;
        }
        handled.forEach(id -> LOG.fine(() -> "Outbox event " + id + " handled")); // after the commit
    }

    private void handle(long id) {
        try {
            if (worker.process(id)) {
                LOG.fine(() -> "Outbox event " + id + " handled"); // after its commit: one line per handled event
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox event " + id + " failed; will retry", e);
            try {
                worker.recordFailure(id, worker.attempts(id), e);
            } catch (RuntimeException nested) {
                LOG.log(Level.WARNING, "Cannot record failure of outbox event " + id, nested);
            }
        }
    }
}
