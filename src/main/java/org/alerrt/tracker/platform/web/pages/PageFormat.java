package org.alerrt.tracker.platform.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.alerrt.tracker.platform.config.ServerSettings;

/**
 * Dates as pages show them ({@code #{fmt.date(d)}}): US style MM/DD/YYYY, as on TCOLE records; instants in the
 * tracker's time zone, because Faces' date converter does not take {@link Instant}.
 */
@Named("fmt")
@ApplicationScoped
public class PageFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm");

    @Inject
    ServerSettings server;

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The calendar day of an instant in the tracker's zone. */
    public String day(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(server.zone()));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(server.zone()));
    }
}
