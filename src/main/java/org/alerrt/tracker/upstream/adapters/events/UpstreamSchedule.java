package org.alerrt.tracker.upstream.adapters.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import org.alerrt.tracker.platform.cluster.OncePerCluster;
import org.alerrt.tracker.upstream.application.ForwardService;
import org.alerrt.tracker.upstream.application.PullService;
import org.alerrt.tracker.upstream.application.UpstreamSettings;

/**
 * Pulls from the upstream LRSs that are due and forwards to those with forwarding on, every
 * {@code tracker.upstream.check-seconds}, once per cluster ({@link OncePerCluster}; should two instances run at
 * once, the checkpoint and the position fence each page and batch). Two tasks, so a slow remote on one side does not
 * hold up the other. A CDI bean started with the application scope, not a startup EJB: see {@link OncePerCluster}
 * on transactions.
 */
@ApplicationScoped
public class UpstreamSchedule {

    @Inject
    OncePerCluster oncePerCluster;

    @Inject
    PullService pulls;

    @Inject
    ForwardService forwards;

    @Inject
    UpstreamSettings settings;

    private ScheduledFuture<?> pull;
    private ScheduledFuture<?> forward;

    /** After the {@code StartupSequence} (settings check, migration), which observes the same event first. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        pull = oncePerCluster.scheduleWithFixedDelay(
                "upstream-pull", settings.checkEvery(), settings.checkEvery(), pulls::pullDue);
        forward = oncePerCluster.scheduleWithFixedDelay(
                "upstream-forward", settings.checkEvery(), settings.checkEvery(), forwards::forwardDue);
    }

    @PreDestroy
    void stop() {
        if (pull != null) {
            pull.cancel(false);
        }
        if (forward != null) {
            forward.cancel(false);
        }
    }
}
