package org.alerrt.tracker.upstream.adapters.metrics;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alerrt.tracker.upstream.application.UpstreamFigures;
import org.alerrt.tracker.upstream.application.UpstreamSettings;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges per upstream on {@code /metrics} (application registry, tag {@code upstream=<name>}), the same figures as
 * the readiness data: {@code tracker_upstream_pulled}, {@code tracker_upstream_lag_seconds},
 * {@code tracker_upstream_failing} (1 while the latest pull stopped at an error) and, with forwarding set up,
 * {@code tracker_upstream_forwarded}, {@code tracker_upstream_forward_lag_seconds},
 * {@code tracker_upstream_dead_letters} and {@code tracker_upstream_forward_failing}.
 * <p>
 * Every instance reports them (they come from the shared database), read every
 * {@code tracker.upstream.metrics-seconds} (15 s) rather than at each scrape, so a scraper never costs the database a query; an upstream removed loses its gauges at the
 * next refresh.
 */
@ApplicationScoped
public class UpstreamMetrics {

    private static final Logger LOG = Logger.getLogger(UpstreamMetrics.class.getName());
    private static final String TAG = "upstream";

    /** Gauge name (seconds say so in the name, the Prometheus way) and its description. */
    private record Kind(String name, String description) {}

    private static final Kind PULLED = new Kind("tracker_upstream_pulled", "statements pulled and stored");
    private static final Kind LAG = new Kind("tracker_upstream_lag_seconds", "age of the latest statement pulled");
    private static final Kind FAILING = new Kind("tracker_upstream_failing", "1 while the latest pull failed");
    private static final Kind FORWARDED = new Kind("tracker_upstream_forwarded", "statements forwarded");
    private static final Kind FORWARD_LAG =
            new Kind("tracker_upstream_forward_lag_seconds", "how far forwarding trails");
    private static final Kind DEAD_LETTERS =
            new Kind("tracker_upstream_dead_letters", "statements the upstream refused, kept to retry");
    private static final Kind FORWARD_FAILING =
            new Kind("tracker_upstream_forward_failing", "1 while the latest forward run failed");

    @Inject
    MetricRegistry registry;

    @Inject
    UpstreamFigures figures;

    @Inject
    UpstreamSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The latest values, by metric; a gauge reads its value here. */
    private final Map<MetricID, Double> values = new ConcurrentHashMap<>();

    private ScheduledFuture<?> refresh;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        refresh = scheduler.scheduleWithFixedDelay(
                this::refreshQuietly, 0, settings.metricsEvery().toSeconds(), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (refresh != null) {
            refresh.cancel(false);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) { // the database's own health check reports an outage; keep the last values
            LOG.log(Level.FINE, "upstream metrics not refreshed", e);
        }
    }

    /** Reads every upstream's figures, registers the gauges of new ones and removes those of removed ones. */
    void refresh() {
        Map<MetricID, Double> current = new HashMap<>();
        Map<MetricID, Kind> kinds = new HashMap<>();
        for (UpstreamFigures.Figures f : figures.all(Instant.now())) {
            Tag tag = new Tag(TAG, f.name());
            put(current, kinds, PULLED, tag, f.pulled());
            f.lagSeconds().ifPresent(lag -> put(current, kinds, LAG, tag, lag));
            put(current, kinds, FAILING, tag, f.failing() ? 1 : 0);
            f.forwarding().ifPresent(w -> {
                put(current, kinds, FORWARDED, tag, w.forwarded());
                put(current, kinds, FORWARD_LAG, tag, w.lagSeconds());
                put(current, kinds, DEAD_LETTERS, tag, w.deadLetters());
                put(current, kinds, FORWARD_FAILING, tag, w.failing() ? 1 : 0);
            });
        }
        for (MetricID gone : Set.copyOf(values.keySet())) {
            if (!current.containsKey(gone)) {
                values.remove(gone);
                registry.remove(gone);
            }
        }
        current.forEach((id, value) -> {
            if (values.put(id, value) == null) {
                Kind kind = kinds.get(id);
                registry.gauge(
                        Metadata.builder()
                                .withName(kind.name())
                                .withDescription(kind.description())
                                .build(),
                        () -> values.getOrDefault(id, Double.NaN),
                        id.getTagsAsArray());
            }
        });
    }

    private static void put(Map<MetricID, Double> current, Map<MetricID, Kind> kinds, Kind kind, Tag tag, long value) {
        MetricID id = new MetricID(kind.name(), tag);
        current.put(id, (double) value);
        kinds.put(id, kind);
    }
}
