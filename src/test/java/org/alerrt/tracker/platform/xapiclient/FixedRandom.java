package org.alerrt.tracker.platform.xapiclient;

import java.util.random.RandomGenerator;

/** Always draws the same fraction, so back-off delays are known in advance. */
final class FixedRandom implements RandomGenerator {

    private final double fraction;

    FixedRandom(double fraction) {
        this.fraction = fraction;
    }

    @Override
    public long nextLong() {
        return (long) (fraction * Long.MAX_VALUE);
    }

    @Override
    public double nextDouble() {
        return fraction;
    }
}
