package org.alerrt.tracker.platform.security.throttle;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The counters in a map, for unit tests; counts its writes so a test can tell the hot path wrote nothing. */
public final class MemoryThrottleStore implements ThrottleStore {

    private final Map<String, ThrottleCounter> rows = new LinkedHashMap<>();
    public int reads;
    public int writes;

    private static String id(ThrottleKind kind, String key) {
        return kind + "/" + ThrottleCounter.storedKey(key);
    }

    public ThrottleCounter get(ThrottleKind kind, String key) {
        return rows.get(id(kind, key));
    }

    @Override
    public List<ThrottleCounter> find(ThrottleKind nameKind, String name, String address) {
        reads++;
        return rows.values().stream()
                .filter(c -> c.kind() == nameKind && c.key().equals(ThrottleCounter.storedKey(name))
                        || c.kind() == ThrottleKind.ADDRESS && c.key().equals(ThrottleCounter.storedKey(address)))
                .toList();
    }

    @Override
    public ThrottleCounter update(ThrottleKind kind, String key, UnaryOperator<ThrottleCounter> next) {
        writes++;
        ThrottleCounter updated = next.apply(rows.get(id(kind, key)));
        rows.put(id(kind, key), updated);
        return updated;
    }

    @Override
    public boolean delete(ThrottleKind kind, String key) {
        writes++;
        return rows.remove(id(kind, key)) != null;
    }

    @Override
    public List<ThrottleCounter> list(int limit) {
        return rows.values().stream()
                .sorted(Comparator.comparing(ThrottleCounter::lastFailure).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public int purge(Instant quietSince, Instant now) {
        int before = rows.size();
        rows.values().removeIf(c -> c.lastFailure().isBefore(quietSince) && !c.lockedAt(now));
        return before - rows.size();
    }
}
