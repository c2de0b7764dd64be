package org.alerrt.tracker.platform.security.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * The throttling rule. A name (user account or LRS key) has {@code freePerName} failed sign-ins for free, an address
 * {@code freePerAddress} (larger: many people may share one address); each failure beyond locks it for
 * {@code firstLock}, doubling with every further failure up to {@code maxLock}. Failures are forgotten once none has
 * come for {@code forgetAfter} and no lock is running; a successful sign-in forgets those of its name (not of its
 * address: one valid account must not reset an attacker's address budget).
 * <p>
 * An LRS key is counted but never locked: keys are not secret (content carries them), so a lock by key would let
 * anyone stop an LMS from recording statements; its secrets are generated with 192 random bits or set by the
 * operator, and guessing is bounded by the address budget.
 */
public record ThrottlePolicy(
        int freePerName, int freePerAddress, Duration firstLock, Duration maxLock, Duration forgetAfter) {

    public static final ThrottlePolicy DEFAULT =
            new ThrottlePolicy(5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

    public ThrottlePolicy {
        if (freePerName < 0 || freePerAddress < 0) {
            throw new IllegalArgumentException("free failures: not negative");
        }
        if (firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("locks: the first longer than zero, the longest at least the first");
        }
        if (forgetAfter.isNegative() || forgetAfter.isZero()) {
            throw new IllegalArgumentException("forget-after: longer than zero");
        }
    }

    public int freeFailures(ThrottleKind kind) {
        return kind == ThrottleKind.ADDRESS ? freePerAddress : freePerName;
    }

    /** The lock earned by the {@code n}-th failure beyond the free ones (n ≥ 1): firstLock·2^(n-1), at most maxLock. */
    public Duration lockFor(int n) {
        if (n < 1) {
            return Duration.ZERO;
        }
        Duration lock = firstLock;
        for (int i = 1; i < n && lock.compareTo(maxLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    /** The counter after one more failure at {@code now}; {@code current} is null when there is none yet. */
    public ThrottleCounter afterFailure(ThrottleKind kind, String key, ThrottleCounter current, Instant now) {
        int failures = current == null || forgotten(current, now) ? 1 : current.failures() + 1;
        int beyond = failures - freeFailures(kind);
        boolean locks = beyond > 0 && kind != ThrottleKind.LRS_KEY;
        return new ThrottleCounter(kind, key, failures, now, locks ? now.plus(lockFor(beyond)) : null);
    }

    /** Quiet for {@code forgetAfter} and not locked: the next failure starts from one again, the purge may delete it. */
    public boolean forgotten(ThrottleCounter counter, Instant now) {
        return !counter.lockedAt(now)
                && !counter.lastFailure().plus(forgetAfter).isAfter(now);
    }
}
