package org.alerrt.tracker.platform.security.throttle;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes forgotten counters every ten minutes, so names sprayed by an attacker do not pile up. Safe with several
 * instances: the delete is idempotent.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class SignInThrottlePurge {

    private static final Logger LOG = Logger.getLogger(SignInThrottlePurge.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SignInThrottle throttle;

    private ScheduledFuture<?> poll;

    @PostConstruct
    void start() {
        poll = executor.scheduleWithFixedDelay(this::purge, 10, 10, TimeUnit.MINUTES);
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
