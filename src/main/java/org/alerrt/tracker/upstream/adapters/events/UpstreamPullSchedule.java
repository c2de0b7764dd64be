package org.alerrt.tracker.upstream.adapters.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import org.alerrt.tracker.platform.cluster.OncePerCluster;
import org.alerrt.tracker.upstream.application.PullService;
import org.alerrt.tracker.upstream.application.UpstreamSettings;

/**
 * Pulls from the upstream LRSs that are due, every {@code tracker.upstream.check-seconds}, once per cluster
 * ({@link OncePerCluster}; should two instances pull at once, the checkpoint fences each page). A CDI bean started
 * with the application scope, not a startup EJB: see {@link OncePerCluster} on transactions.
 */
@ApplicationScoped
public class UpstreamPullSchedule {

    @Inject
    OncePerCluster oncePerCluster;

    @Inject
    PullService pulls;

    @Inject
    UpstreamSettings settings;

    private ScheduledFuture<?> poll;

    /** After the start-up singletons (settings check, migration): the application scope starts with the web module. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        poll = oncePerCluster.scheduleWithFixedDelay(
                "upstream-pull", settings.checkEvery(), settings.checkEvery(), pulls::pullDue);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }
}
