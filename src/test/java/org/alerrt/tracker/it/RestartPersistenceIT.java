package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.alerrt.tracker.testsupport.TrackerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 file database keeps every statement, completion and certificate across a stop and a start of the
 * server (run in the H2 execution only), started as {@code ./tracker run} starts it: the Payara runtime kept in the
 * data directory, so the restart also shows that a kept runtime deploys the application once.
 */
class RestartPersistenceIT {

    @TempDir
    Path dataDir;

    private Map<String, String> environment() {
        String configDir = System.getProperty("tracker.configDir", "lrs-config");
        return Map.of(
                "TRACKER_DB_URL",
                "jdbc:h2:file:" + dataDir.resolve("tracker"),
                "TRACKER_DATA_DIR",
                dataDir.toString(),
                "TRACKER_CONFIG_DIR",
                configDir,
                "TRACKER_BOOTSTRAP_ADMIN_PASSWORD",
                TrackerClient.ADMIN_PASSWORD,
                "TRACKER_BOOTSTRAP_LRS_KEY",
                TrackerClient.LRS_KEY,
                "TRACKER_BOOTSTRAP_LRS_SECRET",
                TrackerClient.LRS_SECRET,
                "TRACKER_EVENTS_POLL_INTERVAL_MS",
                "500");
    }

    @Test
    void statementsCompletionsAndCertificatesSurviveARestart() throws IOException {
        Path samples = Path.of(System.getProperty("tracker.configDir", "lrs-config"), "samples");
        Path log = Path.of("target", "restart-it-server.log");
        String statementsBefore;
        String completionsBefore;
        String certificatesBefore;
        Files.deleteIfExists(log);
        try (TrackerProcess server = start(log)) {
            TrackerClient client = new TrackerClient(server.base());
            assertEquals(
                    200,
                    client.send(client.admin("learners/import")
                                    .header("Content-Type", "text/csv")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            Files.readString(samples.resolve("learners.csv")))))
                            .statusCode());
            assertEquals(
                    200,
                    client.postStatements(Files.readString(samples.resolve("statements.json")))
                            .statusCode());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> certificates(client).size() == 1);
            statementsBefore = statements(client);
            completionsBefore = client.send(client.admin("completions").GET()).body();
            certificatesBefore = certificates(client).toString();
            assertEquals(4, object(statementsBefore).getJsonArray("statements").size());
        }
        long restartedAt = Files.size(log);
        try (TrackerProcess server = start(log)) {
            TrackerClient client = new TrackerClient(server.base());
            assertEquals(statementsBefore, statements(client));
            assertEquals(
                    completionsBefore,
                    client.send(client.admin("completions").GET()).body());
            assertEquals(certificatesBefore, certificates(client).toString());
            String code = certificates(client).getJsonObject(0).getString("code");
            var verified = client.send(client.anonymous("/api/verify/" + code).GET());
            assertEquals(200, verified.statusCode(), verified.body());
            assertEquals(
                    1,
                    array(client.send(client.admin("learners?q=jane.doe").GET()).body())
                            .size(),
                    "learners are kept, not duplicated");
            // Payara logs "ready" once every deployment of the start is done; a deployment recorded by the last run
            // and redeployed before the jar's would print the banner twice
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> restartLog(log, restartedAt).contains("ready in"));
            assertEquals(
                    1,
                    restartLog(log, restartedAt).split(BANNER, -1).length - 1,
                    "one deployment per start; log: " + log);
        }
    }

    private static final String BANNER = "==================== ALERRT Tracker";

    private TrackerProcess start(Path log) {
        return TrackerProcess.start(
                environment(), log, TrackerProcess.TEST_JVM_OPTIONS, TrackerProcess.keptRuntime(dataDir));
    }

    private static String restartLog(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        int start = (int) Math.min(from, all.length);
        return new String(all, start, all.length - start, StandardCharsets.UTF_8);
    }

    private static String statements(TrackerClient client) {
        return client.send(client.xapi("statements?ascending=true").GET()).body();
    }

    private static JsonArray certificates(TrackerClient client) {
        return object(client.send(client.admin("certificates").GET()).body()).getJsonArray("certificates");
    }
}
