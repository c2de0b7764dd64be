package org.alerrt.tracker.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackerMainTest {

    private final List<Long> pauses = new ArrayList<>();

    private Optional<String> waiting(String seconds, int failures) {
        int[] calls = {0};
        return TrackerMain.awaitDatabase("jdbc:postgresql://127.0.0.1:1/tracker?password=s3cret", seconds, () -> {
            if (calls[0]++ < failures) {
                throw new IllegalStateException("wrapped", new ConnectException("Connection refused"));
            }
            return null;
        }, pauses::add);
    }

    @Test
    void aDatabaseThatAnswersAfterAWhileIsWaitedForWithBackOff() {
        assertEquals(Optional.empty(), waiting("30", 3));
        assertEquals(List.of(250L, 500L, 1000L), pauses);
    }

    @Test
    void aDatabaseThatNeverAnswersEndsTheStartWithOneLineNamingTheUrlButNotThePassword() {
        String line = waiting("0", Integer.MAX_VALUE).orElseThrow();
        assertEquals("ALERRT Tracker did not start: cannot connect to the database tracker.db.url ="
                + " 'jdbc:postgresql://127.0.0.1:1/tracker?password=***' within tracker.db.wait-seconds = 0 s:"
                + " Connection refused", line);
    }

    @Test
    void aBadWaitSettingIsNamed() {
        String line = waiting("soon", 0).orElseThrow();
        assertTrue(line.startsWith("Invalid setting tracker.db.wait-seconds = 'soon'"), line);
    }

    @Test
    void thePortIsTakenFromTheCommandLine() {
        assertEquals(18080, TrackerMain.port(new String[] {"--nocluster", "--port", "18080"}));
        assertEquals(8080, TrackerMain.port(new String[] {}));
    }

    @Test
    void theContentPortIsAPortOtherThanTheHttpPort() {
        assertEquals(Optional.empty(), TrackerMain.contentPortProblem(null, 8080));
        assertEquals(Optional.empty(), TrackerMain.contentPortProblem("18081", 8080));
        assertEquals(Optional.of("Invalid setting TRACKER_CONTENT_PORT = 'abc' (from Environment): must be a port"
                + " number from 1 to 65535 other than the HTTP port 8080 (--port, ./tracker run: TRACKER_PORT)"),
                TrackerMain.contentPortProblem("abc", 8080));
        for (String bad : List.of("0", "65536", " 8082", "", "18080")) {
            String line = TrackerMain.contentPortProblem(bad, 18080).orElseThrow();
            assertTrue(line.startsWith("Invalid setting TRACKER_CONTENT_PORT = '" + bad + "' (from Environment)"),
                    line);
        }
        assertTrue(TrackerMain.contentPortProblem(null, 8081).orElseThrow().startsWith(
                "Invalid setting TRACKER_CONTENT_PORT = '8081' (from default)"));
    }
}
