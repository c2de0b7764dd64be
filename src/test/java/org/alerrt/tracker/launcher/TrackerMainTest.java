package org.alerrt.tracker.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackerMainTest {

    private final List<Long> pauses = new ArrayList<>();

    private Optional<String> waiting(String seconds, int failures) {
        int[] calls = {0};
        return TrackerMain.awaitDatabase(
                "jdbc:postgresql://127.0.0.1:1/tracker?password=s3cret",
                seconds,
                () -> {
                    if (calls[0]++ < failures) {
                        throw new IllegalStateException("wrapped", new ConnectException("Connection refused"));
                    }
                    return null;
                },
                pauses::add);
    }

    @Test
    void aDatabaseThatAnswersAfterAWhileIsWaitedForWithBackOff() {
        assertEquals(Optional.empty(), waiting("30", 3));
        assertEquals(List.of(250L, 500L, 1000L), pauses);
    }

    @Test
    void aDatabaseThatNeverAnswersEndsTheStartWithOneLineNamingTheUrlButNotThePassword() {
        String line = waiting("0", Integer.MAX_VALUE).orElseThrow();
        assertEquals(
                "ALERRT Tracker did not start: cannot connect to the database tracker.db.url ="
                        + " 'jdbc:postgresql://127.0.0.1:1/tracker?password=***' within tracker.db.wait-seconds = 0 s:"
                        + " Connection refused",
                line);
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
        assertEquals(
                Optional.of(
                        "Invalid setting TRACKER_CONTENT_PORT = 'abc' (from Environment): must be a port"
                                + " number from 1 to 65535 other than the HTTP port 8080 (--port, ./tracker run: TRACKER_PORT)"),
                TrackerMain.contentPortProblem("abc", 8080));
        for (String bad : List.of("0", "65536", " 8082", "", "18080")) {
            String line = TrackerMain.contentPortProblem(bad, 18080).orElseThrow();
            assertTrue(
                    line.startsWith("Invalid setting TRACKER_CONTENT_PORT = '" + bad + "' (from Environment)"), line);
        }
        assertTrue(TrackerMain.contentPortProblem(null, 8081)
                .orElseThrow()
                .startsWith("Invalid setting TRACKER_CONTENT_PORT = '8081' (from default)"));
    }

    // ---- cluster settings (TRACKER_CLUSTER_*)

    private final Map<String, String> env = new HashMap<>();

    private Optional<String> clusterProblem(String... args) {
        return TrackerMain.clusterProblem(env::get, args, ip -> ip.equals("127.0.0.1") || ip.equals("10.0.0.5"));
    }

    @Test
    void withoutAMemberListThereIsNoClusterAndNothingToCheck() {
        assertEquals(Optional.empty(), clusterProblem("--nocluster"));
    }

    @Test
    void aClusterSettingWithoutAMemberListIsRefusedRatherThanStartingAlone() {
        env.put("TRACKER_CLUSTER_PORT", "6901");
        assertEquals(
                Optional.of("Invalid setting TRACKER_CLUSTER_PORT = '6901': it applies to cluster members only;"
                        + " set TRACKER_CLUSTER_MEMBERS too (docs/operations.md) or remove it"),
                clusterProblem());
    }

    @Test
    void aValidClusterWithDefaultsPasses() {
        env.put("TRACKER_CLUSTER_MEMBERS", "127.0.0.1:6900, 127.0.0.1:6901,tracker-3.internal:6900");
        assertEquals(Optional.empty(), clusterProblem("--port", "8080"));
        env.put("TRACKER_CLUSTER_INTERFACE", "10.0.0.5");
        env.put("TRACKER_CLUSTER_PORT", "5701");
        env.put("TRACKER_CLUSTER_NAME", "tracker.prod_2");
        assertEquals(Optional.empty(), clusterProblem());
    }

    @Test
    void eachBadValueStopsTheStartWithOneLineNamingIt() {
        env.put("TRACKER_CLUSTER_MEMBERS", "127.0.0.1:6900-6901");
        assertTrue(clusterProblem()
                .orElseThrow()
                .startsWith("Invalid setting TRACKER_CLUSTER_MEMBERS ="
                        + " '127.0.0.1:6900-6901': must be a comma-separated list of host:port"));
        for (String bad : List.of(
                "127.0.0.1",
                "127.0.0.1:0",
                "127.0.0.1:65536",
                "999.1.1.1:6900",
                ":6900",
                "127.0.0.1:6900,",
                "a b:6900")) {
            env.put("TRACKER_CLUSTER_MEMBERS", bad);
            assertTrue(clusterProblem().isPresent(), bad);
        }
        env.put("TRACKER_CLUSTER_MEMBERS", "127.0.0.1:6900");
        env.put("TRACKER_CLUSTER_PORT", "69000");
        assertTrue(clusterProblem().orElseThrow().startsWith("Invalid setting TRACKER_CLUSTER_PORT = '69000'"));
        env.remove("TRACKER_CLUSTER_PORT");
        for (String bad : List.of("0.0.0.0", "192.0.2.7", "eth0", "10.0.0.*")) {
            env.put("TRACKER_CLUSTER_INTERFACE", bad);
            assertEquals(
                    Optional.of("Invalid setting TRACKER_CLUSTER_INTERFACE = '" + bad + "': must be an IPv4"
                            + " address of this machine (the data grid binds to it alone), e.g. 127.0.0.1 or 10.0.0.5"),
                    clusterProblem(),
                    bad);
        }
        env.remove("TRACKER_CLUSTER_INTERFACE");
        env.put("TRACKER_CLUSTER_NAME", "my cluster");
        assertTrue(clusterProblem().orElseThrow().startsWith("Invalid setting TRACKER_CLUSTER_NAME = 'my cluster'"));
    }

    @Test
    void payaraOptionsThatTheClusterSettingsDecideAreRefused() {
        env.put("TRACKER_CLUSTER_MEMBERS", "127.0.0.1:6900");
        assertEquals(
                Optional.of("ALERRT Tracker did not start: --nocluster conflicts with TRACKER_CLUSTER_MEMBERS"
                        + " (the TRACKER_CLUSTER_* settings decide the data grid); remove one of them"),
                clusterProblem("--port", "8080", "--nocluster"));
        assertTrue(clusterProblem("--clusterMode", "multicast:224.2.2.4:2904").isPresent());
    }

    @Test
    void theDataGridBindsTheOneInterfaceAndJoinsTheListedMembersOverTcpOnly() {
        String xml = TrackerMain.hazelcastXml("alerrt-tracker", "127.0.0.1", 6901, "127.0.0.1:6900, 127.0.0.1:6901");
        assertTrue(xml.contains("<property name=\"hazelcast.socket.bind.any\">false</property>"), xml);
        assertTrue(xml.contains("<port auto-increment=\"false\">6901</port>"), xml);
        assertTrue(xml.contains("<interfaces enabled=\"true\"><interface>127.0.0.1</interface></interfaces>"), xml);
        assertTrue(xml.contains("<multicast enabled=\"false\"/>"), xml);
        assertTrue(xml.contains("<tcp-ip enabled=\"true\"><members>127.0.0.1:6900,127.0.0.1:6901</members>"), xml);
        assertTrue(xml.contains("<cluster-name>alerrt-tracker</cluster-name>"), xml);
    }

    @Test
    void aGivenPreBootFileIsKeptAfterTurningHazelcastAndSessionAvailabilityOn() {
        String[] args = {"--port", "8080", "--prebootcommandfile", "mine.txt"};
        assertEquals(
                TrackerMain.ENABLE_HAZELCAST + "\nset x=y\n",
                TrackerMain.preBootCommands(args, path -> path.equals("mine.txt") ? "set x=y\n" : null));
        assertArrayEquals(
                new String[] {"--port", "8080", "--hzconfigfile", "/tmp/hz.xml", "--prebootcommandfile", "/tmp/pre.txt"
                },
                TrackerMain.clusterArgs(args, "/tmp/hz.xml", "/tmp/pre.txt"));
        assertEquals(TrackerMain.ENABLE_HAZELCAST + "\n", TrackerMain.preBootCommands(new String[0], path -> null));
    }
}
