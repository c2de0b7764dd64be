package org.alerrt.tracker.platform.security.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.alerrt.tracker.testsupport.ManualClock;
import org.junit.jupiter.api.Test;

/** The service over a store: names and addresses counted apart, success resets the name only, admin clears. */
class SignInThrottleTest {

    private final MemoryThrottleStore store = new MemoryThrottleStore();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(store, ThrottlePolicy.DEFAULT, clock);

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(ThrottleKind.ACCOUNT, name, address);
        }
    }

    @Test
    void theSixthFailureLocksTheNameForOneSecondThenTwo() {
        fail("alice", "192.0.2.1", 5);
        assertTrue(throttle.check(ThrottleKind.ACCOUNT, "alice", "192.0.2.1")
                .lock()
                .isEmpty());
        fail("alice", "192.0.2.1", 1);
        var lock = throttle.check(ThrottleKind.ACCOUNT, "alice", "192.0.2.9")
                .lock()
                .orElseThrow();
        assertEquals(ThrottleKind.ACCOUNT, lock.kind(), "from any address");
        assertEquals(1, lock.retryAfterSeconds(clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(
                throttle.check(ThrottleKind.ACCOUNT, "alice", "192.0.2.1")
                        .lock()
                        .isEmpty(),
                "lock over");
        fail("alice", "192.0.2.1", 1);
        assertEquals(
                2,
                throttle.check(ThrottleKind.ACCOUNT, "alice", "192.0.2.1")
                        .lock()
                        .orElseThrow()
                        .retryAfterSeconds(clock.instant()));
        assertTrue(
                throttle.check(ThrottleKind.ACCOUNT, "bob", "192.0.2.1").lock().isEmpty(),
                "another name from the same address");
        assertTrue(
                throttle.check(ThrottleKind.LRS_KEY, "alice", "192.0.2.9")
                        .lock()
                        .isEmpty(),
                "an LRS key of the same name is another counter");
    }

    @Test
    void aSuccessForgetsTheNameButNotTheAddress() {
        fail("alice", "192.0.2.1", 4);
        SignInThrottle.Check check = throttle.check(ThrottleKind.ACCOUNT, "alice", "192.0.2.1");
        throttle.succeeded(check);
        assertNull(store.get(ThrottleKind.ACCOUNT, "alice"));
        assertEquals(4, store.get(ThrottleKind.ADDRESS, "192.0.2.1").failures());
        fail("alice", "192.0.2.1", 5);
        assertTrue(
                throttle.check(ThrottleKind.ACCOUNT, "alice", "192.0.2.1")
                        .lock()
                        .isEmpty(),
                "five free again");
    }

    @Test
    void aSuccessWithoutFailuresWritesNothing() {
        int writes = store.writes;
        throttle.succeeded(throttle.check(ThrottleKind.ACCOUNT, "carol", "192.0.2.1"));
        assertEquals(writes, store.writes);
    }

    @Test
    void theAddressBudgetIsSharedByEveryNameFromIt() {
        for (int i = 0; i < 20; i++) {
            throttle.failed(ThrottleKind.ACCOUNT, "user-" + i, "192.0.2.7");
        }
        assertTrue(
                throttle.check(ThrottleKind.ACCOUNT, "dave", "192.0.2.7").lock().isEmpty(), "twenty are free");
        throttle.failed(ThrottleKind.LRS_KEY, "some-key", "192.0.2.7");
        var lock =
                throttle.check(ThrottleKind.ACCOUNT, "dave", "192.0.2.7").lock().orElseThrow();
        assertEquals(ThrottleKind.ADDRESS, lock.kind(), "both realms count against the address");
        assertTrue(
                throttle.check(ThrottleKind.ACCOUNT, "dave", "192.0.2.8").lock().isEmpty(), "another address");
    }

    @Test
    void anAdministratorClearsALock() {
        fail("erin", "192.0.2.1", 6);
        assertTrue(
                throttle.check(ThrottleKind.ACCOUNT, "erin", "192.0.2.1").lock().isPresent());
        assertTrue(throttle.clear(ThrottleKind.ACCOUNT, "erin"));
        assertTrue(
                throttle.check(ThrottleKind.ACCOUNT, "erin", "192.0.2.1").lock().isEmpty());
        assertFalse(throttle.clear(ThrottleKind.ACCOUNT, "erin"), "nothing left to clear");
    }

    @Test
    void thePurgeDeletesForgottenCountersOnly() {
        fail("frank", "192.0.2.1", 1);
        clock.advance(Duration.ofMinutes(30));
        fail("grace", "192.0.2.2", 1);
        clock.advance(Duration.ofMinutes(31));
        assertEquals(2, throttle.purge(), "frank's and his address's hour is over, grace's is not");
        assertNull(store.get(ThrottleKind.ACCOUNT, "frank"));
        assertEquals(1, store.get(ThrottleKind.ACCOUNT, "grace").failures());
    }

    @Test
    void logLinesGetNoControlCharacters() {
        assertEquals("a?b?c", SignInThrottle.printable("a\nb\rc"));
    }
}
