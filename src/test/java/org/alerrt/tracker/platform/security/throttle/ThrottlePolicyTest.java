package org.alerrt.tracker.platform.security.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule alone: free failures, the doubling lock, its cap, forgetting; time is passed in, never waited for. */
class ThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private final ThrottlePolicy policy = ThrottlePolicy.DEFAULT;

    /** The lock earned by each of {@code n} failures, one second apart. */
    private List<Duration> locks(ThrottleKind kind, int n) {
        List<Duration> out = new ArrayList<>();
        ThrottleCounter c = null;
        Instant now = T0;
        for (int i = 0; i < n; i++) {
            c = policy.afterFailure(kind, "k", c, now);
            out.add(c.lockedUntil() == null ? Duration.ZERO : Duration.between(now, c.lockedUntil()));
            now = now.plusSeconds(1);
        }
        return out;
    }

    @Test
    void fiveFreeFailuresPerNameThenOneTwoFourSeconds() {
        List<Duration> locks = locks(ThrottleKind.ACCOUNT, 9);
        assertEquals(
                List.of(
                        Duration.ZERO,
                        Duration.ZERO,
                        Duration.ZERO,
                        Duration.ZERO,
                        Duration.ZERO,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8)),
                locks);
        assertEquals(
                Collections.nCopies(9, Duration.ZERO),
                locks(ThrottleKind.LRS_KEY, 9),
                "an LRS key is counted, never locked: whoever knows it could otherwise stop its LMS");
    }

    @Test
    void theLockDoublesUpToFifteenMinutesAndStaysThere() {
        assertEquals(Duration.ofSeconds(512), policy.lockFor(10));
        assertEquals(Duration.ofMinutes(15), policy.lockFor(11), "1024 s capped");
        assertEquals(Duration.ofMinutes(15), policy.lockFor(1_000_000), "no overflow however many");
        assertEquals(Duration.ZERO, policy.lockFor(0));
    }

    @Test
    void anAddressHasTwentyFreeFailures() {
        List<Duration> locks = locks(ThrottleKind.ADDRESS, 22);
        assertTrue(locks.subList(0, 20).stream().allMatch(Duration::isZero), locks.toString());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), locks.subList(20, 22));
    }

    @Test
    void failuresAreForgottenAfterAQuietHourButNotDuringALock() {
        ThrottleCounter c = null;
        for (int i = 0; i < 6; i++) {
            c = policy.afterFailure(ThrottleKind.ACCOUNT, "k", c, T0);
        }
        assertEquals(6, c.failures());
        assertFalse(policy.forgotten(c, T0.plus(Duration.ofMinutes(59))));
        assertTrue(policy.forgotten(c, T0.plus(Duration.ofHours(1))));
        ThrottleCounter again = policy.afterFailure(ThrottleKind.ACCOUNT, "k", c, T0.plus(Duration.ofHours(1)));
        assertEquals(1, again.failures());
        assertNull(again.lockedUntil());

        ThrottlePolicy shortMemory =
                new ThrottlePolicy(0, 0, Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(1));
        ThrottleCounter locked = shortMemory.afterFailure(ThrottleKind.ADDRESS, "a", null, T0);
        assertFalse(shortMemory.forgotten(locked, T0.plus(Duration.ofMinutes(10))), "still locked");
        assertTrue(shortMemory.forgotten(locked, T0.plus(Duration.ofMinutes(30))));
    }

    @Test
    void aLockEndsWhenItSays() {
        ThrottleCounter c = new ThrottleCounter(ThrottleKind.ACCOUNT, "k", 6, T0, T0.plusMillis(1500));
        assertTrue(c.lockedAt(T0));
        assertEquals(2, c.retryAfterSeconds(T0), "rounded up");
        assertEquals(1, c.retryAfterSeconds(T0.plusMillis(1499)));
        assertFalse(c.lockedAt(T0.plusMillis(1500)));
        assertEquals(0, c.retryAfterSeconds(T0.plusMillis(1500)));
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ThrottlePolicy(-1, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ThrottlePolicy(5, 20, Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ThrottlePolicy(5, 20, Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofHours(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ThrottlePolicy(5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ZERO));
    }

    @Test
    void overlongKeysAreCutToTheColumn() {
        String name = "x".repeat(500);
        assertEquals(
                ThrottleCounter.MAX_KEY_LENGTH,
                new ThrottleCounter(ThrottleKind.ACCOUNT, name, 1, T0, null)
                        .key()
                        .length());
    }
}
