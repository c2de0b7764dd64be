package org.alerrt.tracker.reporting.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.alerrt.tracker.reporting.domain.ReportDeadline;
import org.alerrt.tracker.reporting.domain.RosterFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configuration this context reads, checked once at start-up: a roster format with an unknown column or a
 * mismatched header list stops the deployment with a message naming the key, instead of failing at export time.
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

    /** "Today" for the deadline is a Texas date. */
    @Inject
    @ConfigProperty(name = "tracker.time-zone", defaultValue = "America/Chicago")
    String timeZone;

    private RosterFormat format;
    private ReportDeadline deadline;
    private ZoneId zone;

    @PostConstruct
    void check() {
        format = RosterFormat.parse(columns, headers, COLUMNS_KEY, HEADERS_KEY);
        try {
            deadline = new ReportDeadline(deadlineDays, dueWarningDays);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tracker.reporting.due-warning-days / tracker.reporting.deadline-days: "
                    + e.getMessage(), e);
        }
        zone = ZoneId.of(timeZone);
    }

    /** Creates the bean at deployment, so bad configuration fails the start rather than the first export. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        format();
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
