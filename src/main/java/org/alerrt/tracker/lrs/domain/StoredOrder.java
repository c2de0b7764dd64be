package org.alerrt.tracker.lrs.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The key of a stored statement ({@code xapi_statement.seq}): time-ordered, and {@code stored} is derived from it,
 * so ordering by the key is ordering by {@code stored} (Communication §2.1.3 {@code ascending}, the {@code more}
 * cursor), whatever order concurrent transactions reach the database in. A database sequence could not give that:
 * a transaction that read the clock first could draw the larger number.
 * <p>
 * Layout (63 bits): the millisecond of {@code stored} (42 bits, good until 2109), a counter within the millisecond
 * (13 bits), and the instance (8 random bits, so instances sharing a database rarely draw the same key; when they
 * do, the primary key refuses the insert and the write is retried with new keys). More than 8,192 keys in one
 * millisecond on one instance carry into the next millisecond: {@code stored} runs that much ahead, never back.
 */
public final class StoredOrder {

    private static final int INSTANCE_BITS = 8;
    private static final int LOW_BITS = 13 + INSTANCE_BITS;
    private static final long STEP = 1L << INSTANCE_BITS;

    private final Clock clock;
    private final long instance;
    private final AtomicLong last = new AtomicLong();

    public StoredOrder(Clock clock, int instance) {
        if (instance < 0 || instance >= STEP) {
            throw new IllegalArgumentException("instance must be 0.." + (STEP - 1));
        }
        this.clock = clock;
        this.instance = instance;
    }

    /** The next key: larger than every key this instance gave before, and not before the clock. */
    public long next() {
        long floor = (clock.millis() << LOW_BITS) | instance;
        return last.accumulateAndGet(floor, (previous, now) -> Math.max(previous + STEP, now));
    }

    /** The largest key below every key drawn at or after {@code instant}. */
    public static long keyBefore(Instant instant) {
        return (instant.toEpochMilli() << LOW_BITS) - 1;
    }

    /** The {@code stored} time a key stands for (millisecond precision, as xAPI timestamps are kept). */
    public static Instant stored(long key) {
        return Instant.ofEpochMilli(key >>> LOW_BITS);
    }
}
