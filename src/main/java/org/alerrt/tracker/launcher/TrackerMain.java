package org.alerrt.tracker.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.List;

/**
 * Runs Payara Micro's own main, and turns the starts Payara Micro does not end into exit status 1 with one line:
 * <ul>
 * <li>a database that cannot be reached: Payara connects while it prepares the deployment, before any application
 * code runs, and then serves 404; {@link DatabaseWait} waits for it first;</li>
 * <li>a boot that fails (the HTTP port in use): Payara logs it and ends with status 0;</li>
 * <li>a deployment that failed for any other reason: Payara says "ready" and serves 404.</li>
 * </ul>
 */
public final class TrackerMain {

    static final int EXIT_STATUS = 1;
    private static final String PAYARA_MAIN = "fish.payara.micro.impl.PayaraMicroImpl";

    private TrackerMain() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        DatabaseWait.fromEnvironment().await().ifPresent(TrackerMain::fail);
        Class<?> payara = Class.forName(PAYARA_MAIN, true, Thread.currentThread().getContextClassLoader());
        try {
            payara.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            fail(bootFailure(args, e.getCause()));
        }
        Object runtime = payara.getMethod("getRuntime").invoke(payara.getMethod("getInstance").invoke(null));
        Collection<?> deployed = (Collection<?>) runtime.getClass().getMethod("getDeployedApplicationNames")
                .invoke(runtime);
        if (deployed.isEmpty()) {
            fail("ALERRT Tracker did not start: the application failed to deploy; the first SEVERE entry above says"
                    + " why");
        }
    }

    private static void fail(String line) {
        System.err.println(line);
        System.exit(EXIT_STATUS);
    }

    /** Payara does not chain the bind failure into the exception it throws: a busy port is found by trying it. */
    static String bootFailure(String[] args, Throwable failure) {
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
