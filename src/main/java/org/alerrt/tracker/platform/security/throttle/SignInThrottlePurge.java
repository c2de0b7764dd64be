package org.alerrt.tracker.platform.security.throttle;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.cluster.OncePerCluster;

/**
 * Deletes forgotten counters every ten minutes, so names sprayed by an attacker do not pile up. Once per cluster
 * ({@link OncePerCluster}); a second run (a network partition) deletes nothing more: the delete is idempotent. A CDI
 * bean started with the application scope, not a startup EJB: see {@link OncePerCluster} on transactions.
 */
@ApplicationScoped
public class SignInThrottlePurge {

    private static final Logger LOG = Logger.getLogger(SignInThrottlePurge.class.getName());

    static final Duration EVERY = Duration.ofMinutes(10);

    @Inject
    OncePerCluster oncePerCluster;

    @Inject
    SignInThrottle throttle;

    private ScheduledFuture<?> poll;

    /** After the {@code StartupSequence} (settings check, migration), which observes the same event first. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        poll = oncePerCluster.scheduleWithFixedDelay("sign-in-throttle-purge", EVERY, EVERY, this::purge);
    }

    void purge() {
        try {
            int deleted = throttle.purge();
            if (deleted > 0) {
                LOG.fine(() -> "Purged " + deleted + " forgotten sign-in throttle counters");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sign-in throttle purge failed; retried in ten minutes", e);
        }
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }
}
