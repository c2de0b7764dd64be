package org.alerrt.tracker.platform.xapiclient;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the delay instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    void sleep(Duration delay) throws InterruptedException;
}
