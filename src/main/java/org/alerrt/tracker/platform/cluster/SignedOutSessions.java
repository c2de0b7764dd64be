package org.alerrt.tracker.platform.cluster;

import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sessions signed out anywhere in the cluster. Payara removes a signed-out session from the data grid and from the
 * instance that served the sign-out, but an instance that had read the session before (a failover, then the
 * session's instance back) keeps its copy in memory, accepts the old cookie and writes the session back to the
 * grid. So a sign-out also puts the session id here, in a data-grid map, for as long as the session could live
 * unused; the authentication mechanism ends a session whose id it finds here. Without a data grid (one instance)
 * there is nothing to remember: Payara's own invalidation is enough.
 * <p>
 * Should the grid not answer, the check lets the session pass (logged): this guards an edge case, it must not stop
 * every signed-in page.
 */
@ApplicationScoped
public class SignedOutSessions {

    static final String MAP = "alerrt-tracker-signed-out-sessions";
    private static final Logger LOG = Logger.getLogger(SignedOutSessions.class.getName());

    @Inject
    ClusterMembership membership;

    /** Remembers the session as signed out for {@code lifetime} (its maximum inactive interval). */
    public void signedOut(String sessionId, Duration lifetime) {
        map().ifPresent(m -> {
            try {
                m.set(sessionId, Boolean.TRUE, Math.max(1, lifetime.toSeconds()), TimeUnit.SECONDS);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot record a sign-out in the data grid", e);
            }
        });
    }

    /** Whether the session was signed out on any member. */
    public boolean isSignedOut(String sessionId) {
        return map().map(m -> {
                    try {
                        return m.containsKey(sessionId);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Cannot read signed-out sessions from the data grid", e);
                        return false;
                    }
                })
                .orElse(false);
    }

    private Optional<IMap<String, Boolean>> map() {
        return membership.grid().map(grid -> grid.getMap(MAP));
    }
}
