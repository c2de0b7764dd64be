package org.alerrt.tracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JIT-settled warm-up and the "of which" rows rest on telling HotSpot's compiler and GC threads from the rest, and
 * on those rows not being counted twice in a table's total.
 */
class CpuAccountingTest {

    @Test
    void tellsCompilerAndCollectorThreadsByTheirNames() {
        // /proc/<pid>/task/<tid>/comm keeps the first 15 characters of a thread's name
        assertEquals(CpuAccounting.JIT, CpuAccounting.kindOfThread("C2 CompilerThre"));
        assertEquals(CpuAccounting.JIT, CpuAccounting.kindOfThread("C1 CompilerThre"));
        assertEquals(CpuAccounting.GC, CpuAccounting.kindOfThread("GC Thread#0"));
        assertEquals(CpuAccounting.GC, CpuAccounting.kindOfThread("G1 Conc#0"));
        assertEquals(CpuAccounting.GC, CpuAccounting.kindOfThread("G1 Refine#0"));
        assertNull(CpuAccounting.kindOfThread("http-thread-poo"));
        assertNull(CpuAccounting.kindOfThread("VM Thread"));
        assertNull(CpuAccounting.kindOfThread("main"));
    }

    @Test
    void aTableShowsTheServersHousekeepingWithoutAddingItToTheTotal() {
        Map<String, Double> before = new LinkedHashMap<>();
        before.put("server JVM", 10.0);
        before.put(CpuAccounting.OF_THE_SERVER + CpuAccounting.JIT, 2.0);
        before.put("PostgreSQL (all processes)", 5.0);
        Map<String, Double> after = new LinkedHashMap<>();
        after.put("server JVM", 14.0);
        after.put(CpuAccounting.OF_THE_SERVER + CpuAccounting.JIT, 3.0);
        after.put("PostgreSQL (all processes)", 7.0);

        String table = CpuAccounting.table(before, after, 1_000, "requests", 2.0);

        assertTrue(table.contains("| server JVM, of which JIT compiler threads | 1.0 | 0.50 | 1000.0 |"), table);
        assertTrue(table.contains("| **total** | 6.0 | 3.00 | 6000.0 |"), table);
    }

    @Test
    void theWarmUpEndsWithTheFirstSettledRound() {
        Iterator<Double> shares = List.of(0.35, 0.20, 0.04, 0.30).iterator();
        List<Integer> reported = new ArrayList<>();
        assertEquals(3, CpuAccounting.roundsUntilSettled(10, shares::next, (round, share) -> reported.add(round)));
        assertEquals(List.of(1, 2, 3), reported);
    }

    @Test
    void theWarmUpStopsAtItsLastRoundIfTheCompilersNeverSettle() {
        assertEquals(4, CpuAccounting.roundsUntilSettled(4, () -> 0.30, (round, share) -> {}));
    }

    @Test
    void anUnknownShareEndsTheWarmUp() {
        assertEquals(1, CpuAccounting.roundsUntilSettled(10, () -> Double.NaN, (round, share) -> {}));
    }

    @Test
    void withoutAProcessToWatchTheWarmUpIsOneRound() {
        int[] rounds = new int[1];
        assertEquals(1, CpuAccounting.warmUntilJitSettles("test", "no JVM's", -1, 5, () -> rounds[0]++));
        assertEquals(1, rounds[0]);
    }
}
