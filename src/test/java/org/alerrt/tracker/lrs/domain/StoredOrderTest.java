package org.alerrt.tracker.lrs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.alerrt.tracker.testsupport.ManualClock;
import org.junit.jupiter.api.Test;

class StoredOrderTest {

    @Test
    void storedIsTheMillisecondOfTheClockWhenTheKeyWasDrawn() {
        ManualClock now = new ManualClock(Instant.parse("2026-11-23T10:15:30.123Z"));
        StoredOrder order = new StoredOrder(now, 7);
        long a = order.next();
        assertEquals(Instant.parse("2026-11-23T10:15:30.123Z"), StoredOrder.stored(a));
        now.advance(Duration.ofMillis(5));
        long b = order.next();
        assertTrue(b > a);
        assertEquals(Instant.parse("2026-11-23T10:15:30.128Z"), StoredOrder.stored(b));
        assertEquals(
                Instant.parse("2109-01-01T00:00:00Z"),
                StoredOrder.stored(
                        new StoredOrder(Clock.fixed(Instant.parse("2109-01-01T00:00:00Z"), ZoneOffset.UTC), 255)
                                .next()),
                "42 bits of milliseconds reach 2109");
    }

    /** The upstream forwarder reads the log from a position and up to a settle time by these bounds. */
    @Test
    void keyBeforeSeparatesTheKeysDrawnBeforeAnInstantFromThoseDrawnAtOrAfterIt() {
        Instant t = Instant.parse("2026-12-07T03:00:00.500Z");
        ManualClock now = new ManualClock(t.minusMillis(1));
        StoredOrder order = new StoredOrder(now, 255);
        long before = order.next();
        now.advance(Duration.ofMillis(1));
        long at = new StoredOrder(now, 0).next();
        assertTrue(before <= StoredOrder.keyBefore(t), "drawn the millisecond before");
        assertTrue(at > StoredOrder.keyBefore(t), "drawn at the instant, by any instance");
    }

    @Test
    void keysGrowAndStoredNeverGoesBackEvenWhenTheClockDoesOrOneMillisecondOverflows() {
        ManualClock now = new ManualClock(Instant.ofEpochMilli(1_700_000_000_000L));
        StoredOrder order = new StoredOrder(now, 3);
        long previous = 0;
        for (int i = 0; i < 20_000; i++) { // more than 8,192 in one millisecond
            long key = order.next();
            assertTrue(key > previous);
            assertFalse(StoredOrder.stored(key).isBefore(StoredOrder.stored(Math.max(previous, 1))));
            previous = key;
        }
        assertTrue(StoredOrder.stored(previous).toEpochMilli() > 1_700_000_000_000L, "overflow runs ahead");
        now.advance(Duration.ofMillis(-1000)); // clock stepped back
        long key = order.next();
        assertTrue(key > previous);
        assertFalse(StoredOrder.stored(key).isBefore(StoredOrder.stored(previous)));
    }

    @Test
    void concurrentDrawsAreUniqueAndTheirKeyOrderIsTheirStoredOrder() throws Exception {
        StoredOrder order = new StoredOrder(Clock.systemUTC(), 200);
        ConcurrentLinkedQueue<Long> keys = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    keys.add(order.next());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(keys);
        Collections.sort(sorted);
        assertEquals(40_000, sorted.stream().distinct().count());
        for (int i = 1; i < sorted.size(); i++) {
            assertFalse(StoredOrder.stored(sorted.get(i)).isBefore(StoredOrder.stored(sorted.get(i - 1))));
        }
    }

    @Test
    void instanceMustFitItsBits() {
        assertThrows(IllegalArgumentException.class, () -> new StoredOrder(Clock.systemUTC(), 256));
        assertThrows(IllegalArgumentException.class, () -> new StoredOrder(Clock.systemUTC(), -1));
    }
}
