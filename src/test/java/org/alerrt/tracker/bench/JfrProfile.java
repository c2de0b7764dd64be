package org.alerrt.tracker.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A CPU profile of the server during one run: Java Flight Recorder started and dumped with {@code jcmd}, its
 * execution samples summarised three ways (hottest methods, the application method each sample is spent under, and
 * application methods inclusive of what they call).
 */
final class JfrProfile {

    private static final String APPLICATION = "org.alerrt.tracker.";

    private final long pid;
    private final Path file;
    private final String process;

    JfrProfile(long pid, Path file) {
        this(pid, file, "the server JVM");
    }

    JfrProfile(long pid, Path file, String process) {
        this.pid = pid;
        this.file = file.toAbsolutePath();
        this.process = process;
    }

    void start() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=bench", "settings=profile");
    }

    void stop() throws IOException, InterruptedException {
        jcmd("JFR.dump", "name=bench", "filename=" + file);
        jcmd("JFR.stop", "name=bench");
    }

    /** Markdown: the top {@code rows} of each view. */
    String summary(int rows) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> underApplication = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            String owner = "(no application frame: container, I/O, GC helpers)";
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith(APPLICATION)) {
                    if (owner.startsWith("(")) {
                        owner = n;
                    }
                    if (seen.add(n)) {
                        inclusive.merge(n, 1, Integer::sum);
                    }
                }
            }
            underApplication.merge(owner, 1, Integer::sum);
        }
        return "Execution samples of " + process + ": " + samples + ".\n\n"
                + table("hottest methods (self)", self, samples, rows)
                + table(
                        "innermost application method on the stack (self + the libraries it calls)",
                        underApplication,
                        samples,
                        rows)
                + table("application methods, inclusive", inclusive, samples, rows);
    }

    private static String table(String title, Map<String, Integer> counts, int samples, int rows) {
        StringBuilder sb = new StringBuilder("| " + title + " | samples | share |\n|---|---:|---:|\n");
        counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(rows)
                .forEach(e -> sb.append("| `")
                        .append(e.getKey().replace(APPLICATION, "…"))
                        .append("` | ")
                        .append(e.getValue())
                        .append(String.format(" | %.1f %% |%n", 100.0 * e.getValue() / Math.max(1, samples))));
        return sb.append('\n').toString();
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        String[] args = new String[command.length + 2];
        args[0] = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        args[1] = String.valueOf(pid);
        System.arraycopy(command, 0, args, 2, command.length);
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }
}
