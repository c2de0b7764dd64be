package org.alerrt.tracker.platform.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * This instance's place in the cluster, as Payara Micro's data grid sees it. Payara binds its Hazelcast member at
 * {@value #HAZELCAST_JNDI} when Hazelcast is on (cluster mode, docs/operations.md); when it is off (the
 * single-instance default) nothing is bound and this instance is alone.
 * <p>
 * The member that runs the cluster's timed work is the <b>oldest</b> one: every member of a Hazelcast cluster sees
 * the members in the same order, oldest first (Hazelcast's {@code Cluster.getMembers()} contract; the oldest is
 * the cluster's master). No election of our own: when the oldest member leaves or is declared dead, every member's
 * list drops it and the next oldest is first. During a network partition each side has its own oldest member, so
 * timed work may run once per side; the tasks it is used for are safe to run twice (idempotent deletes, row locks
 * in PostgreSQL).
 */
@ApplicationScoped
public class ClusterMembership {

    static final String HAZELCAST_JNDI = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(ClusterMembership.class.getName());

    /** Empty without Hazelcast: the single-instance default. */
    private Optional<HazelcastInstance> hazelcast = Optional.empty();

    private final AtomicReference<Boolean> lastOldest = new AtomicReference<>();

    @PostConstruct
    void find() {
        try {
            hazelcast = Optional.of((HazelcastInstance) new InitialContext().lookup(HAZELCAST_JNDI));
            LOG.info(() ->
                    "Clustered on Payara's data grid as member " + localMember().orElse("?") + " of " + size());
        } catch (NamingException | ClassCastException e) {
            LOG.fine(() -> "No data grid (" + e + "): a single instance");
        }
    }

    /** Whether this instance is a member of a data grid (Hazelcast on), even a grid of one. */
    public boolean clustered() {
        return hazelcast.isPresent();
    }

    /**
     * Whether this instance runs the cluster's timed work: without a data grid always; in one, when it is the
     * oldest member. A member whose grid is shutting down or unreachable answers false: another member runs it.
     * A change is logged once (INFO), so the log tells which instance took over the timed work and when.
     */
    public boolean runsTimedWork() {
        boolean oldest = hazelcast.map(ClusterMembership::oldest).orElse(true);
        Boolean before = lastOldest.getAndSet(oldest);
        if (before == null || before != oldest) {
            LOG.log(
                    before == null && oldest && !clustered() ? Level.FINE : Level.INFO,
                    () -> oldest
                            ? "This instance runs the cluster's timed work (oldest of " + size() + " members)"
                            : "Another member runs the cluster's timed work (this instance is not the oldest of "
                                    + size() + " members)");
        }
        return oldest;
    }

    private static boolean oldest(HazelcastInstance grid) {
        try {
            Iterator<Member> members = grid.getCluster().getMembers().iterator();
            return members.hasNext() && members.next().localMember();
        } catch (RuntimeException e) { // HazelcastInstanceNotActiveException while the grid shuts down
            return false;
        }
    }

    /** The data grid, empty without one. */
    Optional<HazelcastInstance> grid() {
        return hazelcast;
    }

    /** Members of the data grid this instance sees (1 without one). */
    public int size() {
        return hazelcast
                .map(grid -> {
                    try {
                        Set<Member> members = grid.getCluster().getMembers();
                        return members.size();
                    } catch (RuntimeException e) {
                        return 0;
                    }
                })
                .orElse(1);
    }

    /** This member's data-grid address ({@code host:port}), empty without a data grid. */
    public Optional<String> localMember() {
        return hazelcast.flatMap(grid -> {
            try {
                var address = grid.getCluster().getLocalMember().getAddress();
                return Optional.of(address.getHost() + ":" + address.getPort());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }
}
