package org.alerrt.tracker.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsValidatorTest {

    private static List<String> problems(Setting setting, String value) {
        return SettingsValidator.problems(
                List.of(setting), key -> Optional.of(new SettingsValidator.Configured(value, "Environment")));
    }

    private static void accepted(Setting setting, String... values) {
        for (String v : values) {
            assertEquals(List.of(), problems(setting, v), v);
        }
    }

    private static void refused(Setting setting, String... values) {
        for (String v : values) {
            assertEquals(1, problems(setting, v).size(), v);
        }
    }

    @Test
    void theLineNamesTheSettingTheValueItsSourceAndWhatIsAllowed() {
        assertEquals(
                List.of("Invalid setting tracker.time-zone = 'Mars/Olympus' (from Environment): must be a time"
                        + " zone ID such as America/Chicago"),
                problems(Setting.timeZone("tracker.time-zone"), "Mars/Olympus"));
    }

    @Test
    void aSecretIsNeverEchoed() {
        String line = problems(Setting.secret("tracker.bootstrap.lrs.secret", 12), "short-pw")
                .get(0);
        assertTrue(line.contains("(hidden, 8 characters)") && !line.contains("short-pw"), line);
    }

    @Test
    void unsetKeysAreNotChecked() {
        assertEquals(List.of(), SettingsValidator.problems(List.of(Setting.timeZone("k")), key -> Optional.empty()));
    }

    @Test
    void aKeyDeclaredTwiceIsReportedOnce() {
        Setting zone = Setting.timeZone("tracker.time-zone");
        assertEquals(
                1,
                SettingsValidator.problems(
                                List.of(zone, zone), key -> Optional.of(new SettingsValidator.Configured("x", null)))
                        .size());
    }

    @Test
    void integersInRange() {
        Setting s = Setting.integer("k", 1, 10);
        accepted(s, "1", "10", " 5 ");
        refused(s, "0", "11", "five", "1.5", "", "99999999999999999999");
    }

    @Test
    void absoluteHttpUrls() {
        Setting s = Setting.httpUrl("k");
        accepted(s, "http://127.0.0.1:8080", "https://tracker.example.org/base/");
        refused(s, "tracker.example.org", "/relative", "ftp://x.org", "https://", "http://x.org/?a=1", "http://x y");
    }

    @Test
    void booleansAndWords() {
        accepted(Setting.bool("k"), "true", "FALSE", "True");
        refused(Setting.bool("k"), "yes", "1", "");
        accepted(Setting.oneOf("k", "on", "off"), "on", "off");
        refused(Setting.oneOf("k", "on", "off"), "ON", "maybe");
    }

    @Test
    void timeZonesPatternsAndTexts() {
        accepted(Setting.timeZone("k"), "America/Chicago", "UTC", "Europe/Berlin");
        refused(Setting.timeZone("k"), "Mars/Olympus", "CST6CDT7", "");
        accepted(Setting.regex("k"), "^[0-9]{1,7}$", "[A-Z]{2}\\d+");
        refused(Setting.regex("k"), "^[0-9{1,7}$", "(");
        accepted(Setting.text("k", 1, 5), "a", "abcde");
        refused(Setting.text("k", 1, 5), " ", "abcdef");
        refused(Setting.secret("k", 12), "elevenchars");
    }

    @Test
    void everyDeclaredSettingOfPlatformAcceptsItsDocumentedDefault() {
        Map<String, String> defaults = Map.of(
                "tracker.public-url",
                "http://127.0.0.1:8080",
                "tracker.time-zone",
                "America/Chicago",
                "tracker.db.url",
                "jdbc:h2:file:./data/tracker",
                "tracker.db.wait-seconds",
                "30",
                "tracker.http.max-body-bytes",
                "10485760",
                "tracker.security.password-hash-iterations",
                "600000",
                "tracker.events.poll-interval-ms",
                "2000");
        List<String> problems = SettingsValidator.problems(
                new PlatformSettingsCheck().settings(),
                key -> Optional.ofNullable(defaults.get(key)).map(v -> new SettingsValidator.Configured(v, "default")));
        assertEquals(List.of(), problems);
    }
}
