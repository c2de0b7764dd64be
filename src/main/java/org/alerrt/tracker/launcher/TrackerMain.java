package org.alerrt.tracker.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * Runs Payara Micro's own main. Payara Micro logs a boot that fails (the HTTP port already in use) and then ends
 * with status 0 (its {@code PayaraMicro.main} swallows the exception), so a supervisor would think it stopped on
 * purpose: here the failure becomes one line and exit status 1.
 */
public final class TrackerMain {

    static final int EXIT_STATUS = 1;
    private static final String PAYARA_MAIN = "fish.payara.micro.impl.PayaraMicroImpl";

    private TrackerMain() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Class<?> payara = Class.forName(PAYARA_MAIN, true, Thread.currentThread().getContextClassLoader());
        try {
            payara.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            System.err.println(reason(args, e.getCause()));
            System.exit(EXIT_STATUS);
        }
    }

    /** Payara does not chain the bind failure into the exception it throws: a busy port is found by trying it. */
    static String reason(String[] args, Throwable failure) {
        int port = port(args);
        if (!free(port)) {
            return "ALERRT Tracker did not start: port " + port + " (--port, ./tracker run: TRACKER_PORT) is already"
                    + " in use; stop the other process or choose a free port from 1 to 65535";
        }
        return "ALERRT Tracker did not start: Payara Micro failed to boot (" + failure + "); see the log above";
    }

    /** The value of {@code --port}, Payara Micro's default 8080 without it. */
    static int port(String[] args) {
        List<String> list = List.of(args);
        int i = list.indexOf("--port");
        try {
            return i >= 0 && i + 1 < list.size() ? Integer.parseInt(list.get(i + 1)) : 8080;
        } catch (NumberFormatException e) {
            return 8080;
        }
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
