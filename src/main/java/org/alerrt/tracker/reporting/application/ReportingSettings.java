package org.alerrt.tracker.reporting.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.reporting.domain.ReportDeadline;
import org.alerrt.tracker.reporting.domain.RosterFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configuration this context reads, parsed once. The values are checked at start ({@link ReportingSettingsCheck}):
 * a roster format with an unknown column or a mismatched header list stops the start, not the first export.
 */
@ApplicationScoped
public class ReportingSettings {

    static final String COLUMNS_KEY = "tracker.reporting.roster-columns";
    static final String HEADERS_KEY = "tracker.reporting.roster-headers";

    @Inject
    @ConfigProperty(name = COLUMNS_KEY, defaultValue = RosterFormat.DEFAULT_COLUMNS)
    String columns;

    @Inject
    @ConfigProperty(name = HEADERS_KEY, defaultValue = RosterFormat.DEFAULT_HEADERS)
    String headers;

    @Inject
    @ConfigProperty(name = "tracker.reporting.due-warning-days", defaultValue = "25")
    int dueWarningDays;

    @Inject
    @ConfigProperty(name = "tracker.reporting.deadline-days", defaultValue = "30")
    int deadlineDays;

    /** An exported roster not confirmed as submitted to TCOLE after this many days is flagged. */
    @Inject
    @ConfigProperty(name = "tracker.reporting.unsubmitted-warning-days", defaultValue = "7")
    int unsubmittedWarningDays;

    /** "Today" for the deadline is a Texas date. */
    @Inject
    ServerSettings server;

    private RosterFormat format;
    private ReportDeadline deadline;
    private ZoneId zone;

    @PostConstruct
    void parse() {
        format = RosterFormat.parse(columns, headers, COLUMNS_KEY, HEADERS_KEY);
        deadline = new ReportDeadline(deadlineDays, dueWarningDays, unsubmittedWarningDays);
        zone = server.zone();
    }

    public RosterFormat format() {
        return format;
    }

    public ReportDeadline deadline() {
        return deadline;
    }

    public ZoneId zone() {
        return zone;
    }
}
