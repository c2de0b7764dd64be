package org.alerrt.tracker.platform.xapiclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy =
            new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1));

    @Test
    void ceilingDoublesUpToTheMaximum() {
        assertEquals(Duration.ofMillis(100), policy.ceiling(1));
        assertEquals(Duration.ofMillis(200), policy.ceiling(2));
        assertEquals(Duration.ofMillis(800), policy.ceiling(4));
        assertEquals(Duration.ofSeconds(1), policy.ceiling(5));
        assertEquals(Duration.ofSeconds(1), policy.ceiling(1000), "no overflow");
    }

    @Test
    void backoffIsFullJitterBelowTheCeiling() {
        assertEquals(Duration.ZERO, policy.backoff(3, new FixedRandom(0)));
        assertEquals(Duration.ofMillis(200), policy.backoff(3, new FixedRandom(0.5)));
        Random random = new Random(42);
        boolean belowHalf = false;
        for (int i = 0; i < 1000; i++) {
            Duration d = policy.backoff(2, random);
            assertTrue(!d.isNegative() && d.compareTo(Duration.ofMillis(200)) <= 0, d::toString);
            belowHalf |= d.compareTo(Duration.ofMillis(100)) < 0;
        }
        assertTrue(belowHalf, "the whole range is used, not only its top");
        assertThrows(IllegalArgumentException.class, () -> policy.backoff(0, random));
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(2)), RetryPolicy.retryAfter(" 2 ", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryPolicy.retryAfter("Mon, 07 Dec 2026 10:01:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryPolicy.retryAfter("Mon, 07 Dec 2026 09:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryPolicy.retryAfter("soon", now));
        assertEquals(Optional.empty(), RetryPolicy.retryAfter("-3", now));
        assertTrue(RetryPolicy.retryAfter("99999999999999999999999", now)
                        .orElseThrow()
                        .compareTo(Duration.ofDays(365))
                > 0);
    }

    @Test
    void atLeastOneAttempt() {
        assertThrows(
                IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO));
        assertEquals(1, RetryPolicy.none().maxAttempts());
    }
}
