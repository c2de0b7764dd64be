package org.alerrt.tracker.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import org.alerrt.tracker.platform.config.Setting;
import org.alerrt.tracker.platform.config.SettingsCheck;
import org.alerrt.tracker.reporting.domain.ReportDeadline;
import org.alerrt.tracker.reporting.domain.RosterFormat;

/**
 * The reporting context's settings, checked at start (docs/configuration.md: Reporting). The roster columns and
 * headers, and the two deadlines, are checked as pairs.
 */
@ApplicationScoped
public class ReportingSettingsCheck implements SettingsCheck {

    static final String DEADLINE_KEY = "tracker.reporting.deadline-days";
    static final String WARNING_KEY = "tracker.reporting.due-warning-days";
    static final String UNSUBMITTED_KEY = "tracker.reporting.unsubmitted-warning-days";

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.rule(
                        ReportingSettings.COLUMNS_KEY,
                        v -> RosterFormat.parse(
                                v, sameCount(v), ReportingSettings.COLUMNS_KEY, ReportingSettings.HEADERS_KEY)),
                Setting.pair(
                        ReportingSettings.HEADERS_KEY,
                        ReportingSettings.COLUMNS_KEY,
                        RosterFormat.DEFAULT_COLUMNS,
                        (v, columns) -> RosterFormat.parse(
                                columns, v, ReportingSettings.COLUMNS_KEY, ReportingSettings.HEADERS_KEY)),
                Setting.integer(DEADLINE_KEY, 1, 365),
                Setting.pair(WARNING_KEY, DEADLINE_KEY, "30", (v, deadline) -> {
                    int days = deadline.strip().matches("[0-9]{1,3}") ? Integer.parseInt(deadline.strip()) : 30;
                    if (!v.strip().matches("[0-9]{1,3}")) {
                        throw new IllegalArgumentException("must be a whole number from 0 to " + days);
                    }
                    new ReportDeadline(days, Integer.parseInt(v.strip()), 0);
                }),
                Setting.integer(UNSUBMITTED_KEY, 0, 365));
    }

    /** Only the columns are checked here; a header count that does not match is reported on the headers key. */
    private static String sameCount(String columns) {
        return String.join(",", Collections.nCopies(Math.max(1, columns.split(",").length), "h"));
    }
}
