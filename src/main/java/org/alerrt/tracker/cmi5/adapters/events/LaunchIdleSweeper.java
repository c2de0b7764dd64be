package org.alerrt.tracker.cmi5.adapters.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alerrt.tracker.cmi5.application.Cmi5LaunchSettings;
import org.alerrt.tracker.cmi5.application.LaunchAccessService;
import org.alerrt.tracker.platform.cluster.OncePerCluster;

/**
 * Ends idle launch credentials on a poll ({@code tracker.launch.idle-check-seconds}), so a cmi5 session the
 * learner walked away from is abandoned (cmi5 §9.3.6) even if its token is never presented again. Once per
 * cluster ({@link OncePerCluster}); should two instances sweep at once (a network partition), each launch is still
 * ended once, under a SKIP LOCKED row lock. A CDI bean started with the application scope, not a startup EJB: see
 * {@link OncePerCluster} on transactions.
 */
@ApplicationScoped
public class LaunchIdleSweeper {

    private static final Logger LOG = Logger.getLogger(LaunchIdleSweeper.class.getName());

    @Inject
    OncePerCluster oncePerCluster;

    @Inject
    LaunchAccessService access;

    @Inject
    Cmi5LaunchSettings settings;

    private ScheduledFuture<?> poll;

    /** After the {@code StartupSequence} (settings check, migration), which observes the same event first. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Duration every = Duration.ofSeconds(settings.idleCheckSeconds());
        poll = oncePerCluster.scheduleWithFixedDelay("launch-idle-sweep", every, every, this::sweep);
    }

    void sweep() {
        try {
            int ended = access.expireIdle();
            if (ended > 0) {
                LOG.info(() -> "Ended " + ended + " idle launch credentials");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Idle launch sweep failed; retried at the next poll", e);
        }
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }
}
