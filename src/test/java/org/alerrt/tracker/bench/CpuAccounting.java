package org.alerrt.tracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by the server JVM, PostgreSQL and the load generator, from Linux {@code /proc/<pid>/stat}
 * (utime + stime, plus cutime + cstime so exited PostgreSQL workers count through the postmaster). Taken before and
 * after a run, it splits the machine's CPU per statement between the three; elsewhere it reports nothing.
 */
final class CpuAccounting {

    /** Clock ticks per second of {@code /proc} times (USER_HZ, 100 on every mainstream Linux build). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long serverPid;

    CpuAccounting(long serverPid) {
        this.serverPid = serverPid;
    }

    /** CPU seconds so far per process group; empty when {@code /proc} is not there. */
    Map<String, Double> sample() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return seconds;
        }
        seconds.put("server JVM", ticks(serverPid) / TICKS_PER_SECOND);
        seconds.put("PostgreSQL (all processes)", postgresTicks() / TICKS_PER_SECOND);
        seconds.put("load generator", ticks(ProcessHandle.current().pid()) / TICKS_PER_SECOND);
        return seconds;
    }

    /** CPU seconds the server JVM has used since it started; NaN without {@code /proc}. */
    double serverSeconds() {
        return Files.isDirectory(Path.of("/proc/self")) ? ticks(serverPid) / TICKS_PER_SECOND : Double.NaN;
    }

    /**
     * A Markdown table of the CPU each group used between two samples, per 1,000 of {@code units} (statements,
     * requests).
     */
    static String table(
            Map<String, Double> before, Map<String, Double> after, long count, String units, double wallSeconds) {
        if (before.isEmpty()) {
            return "(no /proc: CPU accounting needs Linux)\n";
        }
        StringBuilder sb = new StringBuilder(
                "| process | CPU s | cores busy | CPU ms per 1,000 " + units + " |\n" + "|---|---:|---:|---:|\n");
        double total = 0;
        for (String group : before.keySet()) {
            double used = after.get(group) - before.get(group);
            total += used;
            sb.append(String.format(
                    "| %s | %.1f | %.2f | %.1f |%n", group, used, used / wallSeconds, used * 1_000_000 / count));
        }
        sb.append(String.format(
                "| **total** | %.1f | %.2f | %.1f |%n", total, total / wallSeconds, total * 1_000_000 / count));
        return sb.toString();
    }

    private static long postgresTicks() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(CpuAccounting::isPostgres)
                    .mapToLong(p -> ticks(Long.parseLong(p.getFileName().toString())))
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isPostgres(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).trim().startsWith("postgres");
        } catch (IOException e) {
            return false; // exited meanwhile
        }
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // fields after the parenthesised command name; utime is field 14 of the whole line
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
