package org.alerrt.tracker.bench;

import jakarta.json.JsonReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The speed of this virtual machine at a moment: the CPU time one thread of the bench's JVM takes for a fixed piece of
 * the server's kind of work, parsing the same statement documents with JSON-P. The machine reports no steal time and
 * its speed moves by a third and more from one minute to the next, so a figure measured in one phase is only
 * comparable with another phase's, or another run's, next to this probe. Being the bench JVM's own thread, it does
 * not count the server's or PostgreSQL's background work (compilation, garbage collection, the outbox).
 */
final class MachineSpeed {

    /** Parses per probe: about a fifth of a second of CPU on this machine. */
    static final int PARSES = 50_000;

    private final List<String> documents;
    private boolean warm;
    /** Keeps the parses' results alive, so the compiler cannot drop the work. */
    private long keys;

    /** @param documents the statements to parse, in turn */
    MachineSpeed(List<String> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no documents to parse");
        }
        this.documents = List.copyOf(documents);
    }

    /** Milliseconds of this thread's CPU for {@link #PARSES} parses (the first call warms the code up first). */
    double probeMillis() {
        if (!warm) {
            keys += parse(2 * PARSES); // to C2-compiled code: the first 30,000 parses took five times as long
            warm = true;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        keys += parse(PARSES);
        return (threads.getCurrentThreadCpuTime() - start) / 1e6;
    }

    private int parse(int times) {
        int keys = 0;
        for (int i = 0; i < times; i++) {
            try (JsonReader r = CachedJson.reader(new StringReader(documents.get(i % documents.size())))) {
                keys += r.readObject().size();
            }
        }
        return keys;
    }
}
