package org.alerrt.tracker.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.alerrt.tracker.testsupport.ManualClock;
import org.junit.jupiter.api.Test;

class OncePerClusterTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final AtomicBoolean oldest = new AtomicBoolean();
    private final AtomicInteger worked = new AtomicInteger();

    private OncePerCluster.Task task(Runnable work) {
        return new OncePerCluster.Task("purge", oldest::get, work, clock);
    }

    @Test
    void aTurnOnAnInstanceThatDoesNotRunTheTimedWorkDoesNothing() {
        OncePerCluster.Task t = task(worked::incrementAndGet);
        t.run();
        t.run();
        assertEquals(0, worked.get());
        assertEquals(0, t.runs().runs());
        assertNull(t.runs().lastRun());
    }

    @Test
    void theWorkRunsFromTheTurnThisInstanceBecomesTheOneToRunItAndStopsWhenAnotherDoes() {
        OncePerCluster.Task t = task(worked::incrementAndGet);
        t.run();
        oldest.set(true); // the member that ran it died: this one is the oldest now
        t.run();
        clock.advance(Duration.ofSeconds(60));
        t.run();
        oldest.set(false);
        t.run();
        assertEquals(2, worked.get());
        assertEquals(new OncePerCluster.Runs("purge", 2, Instant.parse("2026-12-01T10:01:00Z")), t.runs());
    }

    @Test
    void aFailingTurnIsCountedAndDoesNotEndTheSchedule() {
        oldest.set(true);
        OncePerCluster.Task t = task(() -> {
            worked.incrementAndGet();
            throw new IllegalStateException("database down");
        });
        t.run(); // an exception escaping a scheduled task would cancel it for good
        t.run();
        assertEquals(2, worked.get());
        assertEquals(2, t.runs().runs());
    }
}
