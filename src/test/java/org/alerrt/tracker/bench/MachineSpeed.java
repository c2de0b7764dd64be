package org.alerrt.tracker.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The speed of this virtual machine at a moment: the CPU time one thread of the bench's JVM takes for a fixed piece
 * of work, a walk through a random cycle of 4 MiB of memory, one step after another, with no allocation and no
 * library code. The machine reports no steal time and its speed moves by a third and more from one minute to the
 * next, so a figure measured in one phase is only comparable with another phase's, or another run's, next to this
 * probe. A loop this small is compiled once and stays so, and the garbage collector has nothing to do with it:
 * the figure moves with the machine's user-space CPU and memory speed only (a first version parsed statements with
 * JSON-P, and fell by half over a run as the bench's own use of JSON-P recompiled that code). It does not see the
 * kernel's side (loopback network, system calls), which moved the server's figures most (docs/PERFORMANCE.md).
 */
final class MachineSpeed {

    /** Steps per walk: about a sixth of a second of CPU on this machine. */
    static final int STEPS = 10_000_000;

    /** 4 MiB of ints: larger than the cores' own caches, so the walk meets the memory the servers share. */
    private final int[] next = new int[1 << 20];

    private int position;

    MachineSpeed() {
        // Sattolo's shuffle: one cycle through every index, so the walk visits all of them in a random order
        for (int i = 0; i < next.length; i++) {
            next[i] = i;
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = next.length - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int t = next[i];
            next[i] = next[j];
            next[j] = t;
        }
        walk(STEPS / 4); // compiled before the first probe
    }

    /**
     * Milliseconds of this thread's CPU for {@link #STEPS} steps, the median of three walks: single walks a second
     * apart on the quiet machine differed by up to a quarter.
     */
    double probeMillis() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] walks = new double[3];
        for (int w = 0; w < walks.length; w++) {
            long start = threads.getCurrentThreadCpuTime();
            walk(STEPS);
            walks[w] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(walks);
        return walks[1];
    }

    private void walk(int steps) {
        int p = position;
        for (int i = 0; i < steps; i++) {
            p = next[p];
        }
        position = p; // kept, so the compiler cannot drop the walk
    }
}
