package org.alerrt.tracker.bench;

import java.util.Arrays;

/** Request latencies in nanoseconds, thread-safe, with nearest-rank percentiles in milliseconds. */
public final class Latencies {

    private long[] values = new long[1024];
    private int size;

    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public synchronized long[] values() {
        return Arrays.copyOf(values, size);
    }

    public synchronized int count() {
        return size;
    }

    /** @param p in (0, 100] */
    public synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    public synchronized double maxMillis() {
        return size == 0 ? Double.NaN : Arrays.stream(values, 0, size).max().getAsLong() / 1e6;
    }

    public String summary() {
        return "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
                .formatted(percentileMillis(50), percentileMillis(95), percentileMillis(99), maxMillis());
    }
}
