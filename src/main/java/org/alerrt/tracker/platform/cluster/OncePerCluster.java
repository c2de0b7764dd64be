package org.alerrt.tracker.platform.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Timed work that runs once per cluster: every instance schedules the task, and at each turn it runs only on the
 * instance that {@link ClusterMembership#runsTimedWork() runs the cluster's timed work} (the oldest data-grid
 * member; the only instance without clustering). When that member leaves or dies, the next oldest runs the task at
 * its next turn: the work moves within the data grid's failure detection (a killed process: a few seconds; a hung
 * or unreachable one: {@code hazelcast.max.no.heartbeat.seconds}, 60 s) plus one delay.
 * <p>
 * Use it in place of {@code ManagedScheduledExecutorService.scheduleWithFixedDelay}, from a CDI bean started with
 * the application scope, and cancel the returned future in {@code @PreDestroy}:
 * <pre>
 * void start(&#64;Observes &#64;Initialized(ApplicationScoped.class) Object started) {
 *     purge = oncePerCluster.scheduleWithFixedDelay("outbox-purge", Duration.ofMinutes(5), Duration.ofHours(1),
 *             this::purge);
 * }
 * </pre>
 * Not from a startup EJB's {@code @PostConstruct}: on Payara a task scheduled there gets JDBC connections outside
 * the JTA transaction of the {@code @Transactional} methods it calls (auto-commit; found by the outbox work).
 * <p>
 * The task runs on the application's managed scheduled executor (so it may call EJBs and CDI beans); an exception
 * it throws is logged and the task runs again at its next turn. The work must still be safe to run twice (a
 * network partition gives each side its own oldest member) and must not rely on state kept in memory by the
 * instance that ran it last. Runs per task and instance are shown by the {@code cluster} readiness check
 * ({@code /health/ready}).
 */
@ApplicationScoped
public class OncePerCluster {

    private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ClusterMembership membership;

    private final Map<String, Task> tasks = new ConcurrentHashMap<>();

    /**
     * Runs {@code task} every {@code delay} after the end of its previous turn, the first turn after
     * {@code initialDelay}, on the one instance that runs the cluster's timed work at that moment.
     *
     * @param name what the task does, in logs and in the {@code cluster} health data (e.g. {@code outbox-purge})
     * @return cancel it when the scheduling bean is destroyed
     */
    public ScheduledFuture<?> scheduleWithFixedDelay(
            String name, Duration initialDelay, Duration delay, Runnable task) {
        Task t = new Task(name, membership::runsTimedWork, task, Clock.systemUTC());
        tasks.put(name, t);
        return executor.scheduleWithFixedDelay(t, initialDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The scheduled tasks with the turns each ran on this instance, by name. */
    public List<Runs> runs() {
        return tasks.values().stream()
                .map(Task::runs)
                .sorted(Comparator.comparing(Runs::name))
                .toList();
    }

    /** How often a task ran on this instance since it started, and when last. */
    public record Runs(String name, long runs, Instant lastRun) {}

    /** One scheduled task: runs its work at a turn when this instance is the one to, and counts it. */
    static final class Task implements Runnable {

        private final String name;
        private final BooleanSupplier here;
        private final Runnable work;
        private final Clock clock;
        private final AtomicLong runs = new AtomicLong();
        private volatile Instant lastRun;

        Task(String name, BooleanSupplier here, Runnable work, Clock clock) {
            this.name = Objects.requireNonNull(name);
            this.here = here;
            this.work = work;
            this.clock = clock;
        }

        @Override
        public void run() {
            if (!here.getAsBoolean()) {
                return;
            }
            lastRun = clock.instant();
            runs.incrementAndGet();
            try {
                work.run();
            } catch (RuntimeException e) { // a scheduled task that throws is never run again
                LOG.log(Level.WARNING, "Timed task " + name + " failed; it runs again at its next turn", e);
            }
        }

        Runs runs() {
            return new Runs(name, runs.get(), lastRun);
        }
    }
}
