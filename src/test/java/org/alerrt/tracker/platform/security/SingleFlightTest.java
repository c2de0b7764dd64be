package org.alerrt.tracker.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    private final SingleFlight<String, String> flight = new SingleFlight<>();

    @Test
    void concurrentCallersOfOneKeyShareOneComputation() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<String> firstResult = first.submit(() -> flight.run("k", () -> {
                runs.incrementAndGet();
                started.countDown();
                await(release);
                return "hashed";
            }));
            started.await();
            List<String> results = Collections.synchronizedList(new ArrayList<>());
            List<Thread> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                Thread t = new Thread(() -> results.add(flight.run("k", () -> {
                    runs.incrementAndGet();
                    return "again";
                })));
                t.start();
                others.add(t);
            }
            for (Thread t : others) { // each is parked on the first caller's result before it is released
                while (t.getState() != Thread.State.WAITING) {
                    Thread.sleep(5);
                }
            }
            release.countDown();
            assertEquals("hashed", firstResult.get(5, TimeUnit.SECONDS));
            for (Thread t : others) {
                t.join(5_000);
            }
            assertEquals(Collections.nCopies(7, "hashed"), results);
            assertEquals(1, runs.get(), "one computation for eight callers");
        } finally {
            first.shutdownNow();
        }
    }

    @Test
    void afterItEndsTheNextCallComputesAgainAndOtherKeysNeverWait() {
        assertEquals("a1", flight.run("a", () -> "a1"));
        assertEquals("a2", flight.run("a", () -> "a2"), "nothing is kept once it ended");
        assertEquals("b", flight.run("b", () -> flight.run("c", () -> "b")), "another key runs at once");
    }

    @Test
    void aFailureReachesTheCallerAndIsNotKept() {
        IllegalStateException boom = new IllegalStateException("database down");
        assertSame(
                boom,
                assertThrows(
                        IllegalStateException.class,
                        () -> flight.run("k", () -> {
                            throw boom;
                        })));
        assertEquals("ok", flight.run("k", () -> "ok"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
