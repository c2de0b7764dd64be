package org.alerrt.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alerrt.tracker.certificates.application.CertificatesSettingsCheck;
import org.alerrt.tracker.cmi5.application.Cmi5SettingsCheck;
import org.alerrt.tracker.lrs.application.LrsSettingsCheck;
import org.alerrt.tracker.platform.config.PlatformSettingsCheck;
import org.alerrt.tracker.platform.config.Setting;
import org.alerrt.tracker.platform.config.SettingsValidator;
import org.alerrt.tracker.reporting.application.ReportingSettingsCheck;
import org.alerrt.tracker.training.application.TrainingSettingsCheck;
import org.alerrt.tracker.upstream.application.UpstreamSettingsCheck;
import org.junit.jupiter.api.Test;

/**
 * The one table of docs/configuration.md and the settings the contexts declare for the start-up check agree: every
 * documented key has a rule, every rule a documented key, and every documented default passes its rule.
 */
class SettingsDocumentedTest {

    private static final Pattern ROW = Pattern.compile("^\\| [^|]+ \\| (.+?) \\| (.*?) \\| .*\\|$");
    private static final Pattern KEY = Pattern.compile("`(tracker\\.[a-z0-9.-]+)`");

    private static List<Setting> declared() {
        return Stream.of(
                        new PlatformSettingsCheck(),
                        new LrsSettingsCheck(),
                        new TrainingSettingsCheck(),
                        new CertificatesSettingsCheck(),
                        new ReportingSettingsCheck(),
                        new Cmi5SettingsCheck(),
                        new UpstreamSettingsCheck())
                .flatMap(c -> c.settings().stream())
                .toList();
    }

    /** key → documented default (the default column's text between backticks, or null when not a literal). */
    private static Map<String, String> documented() throws IOException {
        Map<String, String> keys = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("docs", "configuration.md"))) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            Matcher key = KEY.matcher(row.group(1).replaceAll("\\(env [^)]*\\)", ""));
            List<String> defaults = Pattern.compile("`([^`]*)`")
                    .matcher(row.group(2))
                    .results()
                    .map(m -> m.group(1))
                    .toList();
            int i = 0;
            while (key.find()) {
                keys.put(key.group(1), i < defaults.size() ? defaults.get(i) : null);
                i++;
            }
        }
        return keys;
    }

    @Test
    void everyDocumentedSettingIsCheckedAtStartAndEveryCheckedOneDocumented() throws IOException {
        Set<String> doc = new TreeSet<>(documented().keySet());
        Set<String> rules = new TreeSet<>();
        declared().forEach(s -> rules.add(s.key()));
        assertEquals(doc, rules);
    }

    @Test
    void everyDocumentedDefaultPassesItsRule() throws IOException {
        Map<String, String> defaults = documented();
        List<String> problems = SettingsValidator.problems(
                declared(),
                key -> Optional.ofNullable(defaults.get(key))
                        .map(v -> new SettingsValidator.Configured(v, "docs/configuration.md")));
        assertEquals(List.of(), problems);
    }
}
