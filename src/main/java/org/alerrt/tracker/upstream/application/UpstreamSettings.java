package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.alerrt.tracker.platform.xapiclient.RetryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of upstream LRSs (MicroProfile Config, documented in docs/configuration.md, group Upstream); their
 * values are checked at start ({@link UpstreamSettingsCheck}).
 */
@ApplicationScoped
public class UpstreamSettings {

    static final String KEY = "tracker.upstream.key";
    static final String CHECK_SECONDS = "tracker.upstream.check-seconds";
    static final String PAGE_SIZE = "tracker.upstream.page-size";
    static final String OVERLAP_SECONDS = "tracker.upstream.overlap-seconds";
    static final String FORWARD_BATCH_SIZE = "tracker.upstream.forward-batch-size";
    static final String FORWARD_SETTLE_SECONDS = "tracker.upstream.forward-settle-seconds";
    static final String FILE = "tracker.upstream.file";
    static final String METRICS_SECONDS = "tracker.upstream.metrics-seconds";
    static final String ATTEMPTS = "tracker.upstream.attempts";

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> key;

    @Inject
    @ConfigProperty(name = CHECK_SECONDS, defaultValue = "10")
    long checkSeconds;

    @Inject
    @ConfigProperty(name = PAGE_SIZE, defaultValue = "100")
    int pageSize;

    @Inject
    @ConfigProperty(name = OVERLAP_SECONDS, defaultValue = "5")
    long overlapSeconds;

    @Inject
    @ConfigProperty(name = FORWARD_BATCH_SIZE, defaultValue = "50")
    int forwardBatchSize;

    @Inject
    @ConfigProperty(name = FORWARD_SETTLE_SECONDS, defaultValue = "5")
    long forwardSettleSeconds;

    @Inject
    @ConfigProperty(name = FILE, defaultValue = "upstreams.json")
    String file;

    @Inject
    @ConfigProperty(name = METRICS_SECONDS, defaultValue = "15")
    long metricsSeconds;

    @Inject
    @ConfigProperty(name = ATTEMPTS, defaultValue = "5")
    int attempts;

    /**
     * How patient a run is with a remote that is down or answers 408, 429 or 5xx: this many attempts, with the
     * client's back-off (from half a second, doubling, with jitter) before the run gives up until the next one.
     */
    public RetryPolicy retryPolicy() {
        RetryPolicy d = RetryPolicy.defaults();
        return new RetryPolicy(attempts, d.baseDelay(), d.maxDelay(), d.maxRetryAfter());
    }

    /** How often the upstream gauges are read from the database (not at each scrape). */
    public Duration metricsEvery() {
        return Duration.ofSeconds(metricsSeconds);
    }

    /** The upstream file, in the configuration directory unless absolute; it need not exist. */
    public String file() {
        return file;
    }

    /** The configured key (base64), if any; without it a generated key file under the data directory is used. */
    public Optional<String> key() {
        return key.filter(k -> !k.isBlank());
    }

    /** How often the schedule looks for upstreams whose pull is due. */
    public Duration checkEvery() {
        return Duration.ofSeconds(checkSeconds);
    }

    /** The {@code limit} of each GET statements. */
    public int pageSize() {
        return pageSize;
    }

    /** How far before the checkpoint each pull reads again ({@code PullCheckpoint.since}). */
    public Duration overlap() {
        return Duration.ofSeconds(overlapSeconds);
    }

    /** Statements read from the log and POSTed per batch; one transaction records each batch's outcome. */
    public int forwardBatchSize() {
        return forwardBatchSize;
    }

    /**
     * How old a stored statement must be before it is forwarded: every transaction that drew an earlier position
     * has ended by then, so the position never passes a statement still being committed.
     */
    public Duration forwardSettle() {
        return Duration.ofSeconds(forwardSettleSeconds);
    }
}
