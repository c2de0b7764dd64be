package org.alerrt.tracker.platform.security.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The failed sign-ins of one name or address: how many since they were last forgotten, the last one, and the lock
 * they earned (none while within the free budget).
 */
public record ThrottleCounter(ThrottleKind kind, String key, int failures, Instant lastFailure, Instant lockedUntil) {

    /** Longest key stored; longer names cannot be accounts or keys, so they are throttled together by their prefix. */
    public static final int MAX_KEY_LENGTH = 200;

    public ThrottleCounter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastFailure, "lastFailure");
        if (failures < 0) {
            throw new IllegalArgumentException("failures: not negative");
        }
        key = storedKey(key);
    }

    /** The key as stored (cut to {@link #MAX_KEY_LENGTH}). */
    public static String storedKey(String key) {
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Whole seconds until the lock ends, at least 1 (for Retry-After); zero when not locked. */
    public long retryAfterSeconds(Instant now) {
        if (!lockedAt(now)) {
            return 0;
        }
        Duration left = Duration.between(now, lockedUntil);
        return Math.max(1, left.getSeconds() + (left.getNano() > 0 ? 1 : 0));
    }
}
