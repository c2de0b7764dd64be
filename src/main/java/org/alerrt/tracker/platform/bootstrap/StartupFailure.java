package org.alerrt.tracker.platform.bootstrap;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * The one way the application stops a start that cannot succeed (bad setting, unreachable database, bad catalogue):
 * one log line per problem, then the process ends with {@link #EXIT_STATUS}, before anything says "ready".
 */
public final class StartupFailure {

    /** Exit status of a refused start (a supervisor such as systemd sees the failure). */
    public static final int EXIT_STATUS = 1;

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

    private StartupFailure() {}

    /**
     * Logs the problems and ends the process. Never returns; declared to return an exception so callers can write
     * {@code throw StartupFailure.stop(...)}.
     */
    public static RuntimeException stop(List<String> problems) {
        problems.forEach(LOG::severe);
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        System.out.flush();
        System.err.flush();
        // Payara Micro 6 only logs a failed deployment, then says "ready" and answers 404 (it has no option to stop
        // instead: payara/Payara#3910), so the application ends the process itself, from here only. halt, not
        // exit: called from the deploying thread, System.exit blocked in Payara's shutdown hook (observed: no exit
        // within 20 s). Nothing is lost: this runs before the application has served anything.
        Runtime.getRuntime().halt(EXIT_STATUS);
        return new IllegalStateException("unreachable: the process is exiting");
    }

    public static RuntimeException stop(String problem) {
        return stop(List.of(problem));
    }
}
