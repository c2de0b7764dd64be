package org.alerrt.tracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
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
        serverHousekeeping().forEach((kind, used) -> seconds.put(OF_THE_SERVER + kind, used));
        return seconds;
    }

    /** The prefix of the groups that are a part of the server JVM's time: shown by {@link #table}, not added up. */
    static final String OF_THE_SERVER = "server JVM, of which ";

    /**
     * CPU seconds so far of the server JVM's housekeeping threads, by kind: the JIT compilers and the garbage
     * collector (a part of {@code sample()}'s "server JVM"). A lower bound: the JVM ends compiler threads it no longer
     * needs, and an ended thread's time leaves {@code /proc/<pid>/task}. Empty without {@code /proc}.
     */
    private Map<String, Double> serverHousekeeping() {
        Path proc = Path.of("/proc", String.valueOf(serverPid));
        if (!Files.isDirectory(proc.resolve("task"))) {
            return Map.of();
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String kind : List.of(JIT, GC)) {
            seconds.put(kind, threadTicks(proc, kind) / TICKS_PER_SECOND);
        }
        return seconds;
    }

    static final String JIT = "JIT compiler threads";
    static final String GC = "GC threads";

    /** JIT or GC by HotSpot's thread names ({@code comm} keeps their first 15 characters), else null. */
    static String kindOfThread(String name) {
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            return JIT;
        }
        return name.startsWith("GC Thread") || name.startsWith("G1 ") ? GC : null;
    }

    private static String housekeepingKind(Path thread) {
        try {
            return kindOfThread(Files.readString(thread.resolve("comm")).trim());
        } catch (IOException e) {
            return null; // ended meanwhile
        }
    }

    /** A warm-up round ends the warm-up once the JVM's JIT compilers took no more than this share of its CPU. */
    static final double SETTLED_JIT_SHARE = 0.05;

    /**
     * Runs {@code round} until the JIT compilers of JVM {@code pid} took at most {@link #SETTLED_JIT_SHARE} of its
     * CPU during one, or {@code maxRounds} times: what is timed next is that JVM's steady state, not its compilation
     * of the paths the phase exercises (on these two cores the server's took 8-55 rounds and up to a third of its
     * CPU). Without {@code /proc} or a pid (negative), one round.
     *
     * @return the rounds run
     */
    static int warmUntilJitSettles(String what, String whose, long pid, int maxRounds, Runnable round) {
        Path proc = Path.of("/proc", String.valueOf(pid));
        return roundsUntilSettled(
                maxRounds,
                () -> {
                    long jitBefore = threadTicks(proc, JIT);
                    long allBefore = ticks(proc);
                    round.run();
                    return pid < 0 || !Files.isDirectory(proc)
                            ? Double.NaN
                            : (double) (threadTicks(proc, JIT) - jitBefore) / (ticks(proc) - allBefore);
                },
                (i, share) -> LrsBench.log(String.format(
                        "%s: warm-up round %d, JIT compilers %.0f %% of %s CPU", what, i, share * 100, whose)));
    }

    /**
     * The rule of {@link #warmUntilJitSettles}: runs rounds ({@code jitShareOfARound} runs one and gives the
     * compilers' share of it) until one's share is at most {@link #SETTLED_JIT_SHARE}, is unknown (NaN), or
     * {@code maxRounds} have run.
     */
    static int roundsUntilSettled(int maxRounds, DoubleSupplier jitShareOfARound, RoundReport afterEachRound) {
        for (int i = 1; ; i++) {
            double share = jitShareOfARound.getAsDouble();
            afterEachRound.accept(i, share);
            if (!(share > SETTLED_JIT_SHARE) || i >= maxRounds) {
                return i;
            }
        }
    }

    /** A round's number and its JIT share. */
    @FunctionalInterface
    interface RoundReport {
        void accept(int round, double share);
    }

    long serverPid() {
        return serverPid;
    }

    /** The ticks of the threads of one kind ({@link #kindOfThread}) of a process directory of {@code /proc}. */
    private static long threadTicks(Path proc, String kind) {
        try (Stream<Path> threads = Files.list(proc.resolve("task"))) {
            return threads.filter(t -> kind.equals(housekeepingKind(t)))
                    .mapToLong(CpuAccounting::ticks)
                    .sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
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
            if (!group.startsWith(OF_THE_SERVER)) {
                total += used;
            }
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
        return ticks(Path.of("/proc", String.valueOf(pid)));
    }

    /** utime + stime + cutime + cstime of a process or thread directory of {@code /proc}; 0 when it is gone. */
    private static long ticks(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            // fields after the parenthesised command name; utime is field 14 of the whole line
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
