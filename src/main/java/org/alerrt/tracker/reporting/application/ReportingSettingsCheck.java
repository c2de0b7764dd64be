package org.alerrt.tracker.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.alerrt.tracker.platform.config.Setting;
import org.alerrt.tracker.platform.config.SettingsCheck;
import org.alerrt.tracker.reporting.domain.ReportDeadline;
import org.alerrt.tracker.reporting.domain.RosterFormat;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The reporting context's settings, checked at start (docs/configuration.md: Reporting). The roster columns and
 * headers, and the two deadlines, are checked as pairs: each rule reads the other key of its pair.
 */
@ApplicationScoped
public class ReportingSettingsCheck implements SettingsCheck {

    static final String DEADLINE_KEY = "tracker.reporting.deadline-days";
    static final String WARNING_KEY = "tracker.reporting.due-warning-days";

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.rule(ReportingSettings.COLUMNS_KEY, v -> RosterFormat.parse(v,
                        sameCount(v), ReportingSettings.COLUMNS_KEY, ReportingSettings.HEADERS_KEY)),
                Setting.rule(ReportingSettings.HEADERS_KEY, v -> RosterFormat.parse(
                        other(ReportingSettings.COLUMNS_KEY, RosterFormat.DEFAULT_COLUMNS), v,
                        ReportingSettings.COLUMNS_KEY, ReportingSettings.HEADERS_KEY)),
                Setting.integer(DEADLINE_KEY, 1, 365),
                Setting.rule(WARNING_KEY, v -> {
                    String deadline = other(DEADLINE_KEY, "30").strip();
                    int days = deadline.matches("[0-9]{1,3}") ? Integer.parseInt(deadline) : 30;
                    if (!v.strip().matches("[0-9]{1,3}")) {
                        throw new IllegalArgumentException("must be a whole number from 0 to " + days);
                    }
                    new ReportDeadline(days, Integer.parseInt(v.strip()));
                }));
    }

    /** Only the columns are checked here; a header count that does not match is reported on the headers key. */
    private static String sameCount(String columns) {
        return String.join(",", java.util.Collections.nCopies(Math.max(1, columns.split(",").length), "h"));
    }

    private static String other(String key, String defaultValue) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(defaultValue);
    }
}
