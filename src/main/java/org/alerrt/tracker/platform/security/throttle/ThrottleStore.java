package org.alerrt.tracker.platform.security.throttle;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** Where the counters live: the database in production ({@link JdbcThrottleStore}), a map in unit tests. */
public interface ThrottleStore {

    /** The counters of one name of {@code nameKind} and of one address (none, one or two). */
    List<ThrottleCounter> find(ThrottleKind nameKind, String name, String address);

    /**
     * Replaces the counter of {@code kind}/{@code key} (null when there is none yet) with {@code next} of it, so that
     * concurrent failures on several instances are all counted.
     */
    ThrottleCounter update(ThrottleKind kind, String key, UnaryOperator<ThrottleCounter> next);

    /** @return whether there was such a counter */
    boolean delete(ThrottleKind kind, String key);

    /** The counters, newest failure first, at most {@code limit}. */
    List<ThrottleCounter> list(int limit);

    /** Deletes counters whose last failure is before {@code quietSince} and whose lock (if any) ended by {@code now}. */
    int purge(Instant quietSince, Instant now);
}
