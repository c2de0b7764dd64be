package org.alerrt.tracker.certificates.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.alerrt.tracker.certificates.domain.Delivery;
import org.alerrt.tracker.reporting.api.ReportingStatus;

/**
 * Who reports a certificate's hours to TCOLE, as the PDF, the verify page and the verify API say it: ALERRT for
 * online and direct delivery (with where its report stands), the officer's agency for indirect delivery. TCOLE
 * allows no double reporting, so an agency must see at a glance whether it is its job (rulebook, Who reports).
 *
 * @param byAlerrt whether ALERRT reports it
 * @param reporter the sentence naming who reports
 * @param state    where ALERRT's report stands ("queued", "reported on 11/30/2026", "returned by TCOLE for
 *                 correction, ...", "to be reported by ALERRT");
 *                 null when the agency reports
 */
public record WhoReports(boolean byAlerrt, String reporter, String state) {

    static final String BY_ALERRT = "Reported to TCOLE by ALERRT";
    static final String BY_AGENCY =
            "Reported to TCOLE by the officer's agency with this certificate (ALERRT does not report it)";
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    /** @param status reporting's entry of the completion, empty when none is queued (yet) */
    public static WhoReports of(Delivery delivery, Optional<ReportingStatus> status, ZoneId zone) {
        if (!delivery.reportedByAlerrt()) {
            return new WhoReports(false, BY_AGENCY, null);
        }
        String state = status.map(s -> s.reported()
                        ? "reported on "
                                + US_DATE.format(s.reportedAt().atZone(zone).toLocalDate())
                        : s.rejected() ? "returned by TCOLE for correction, ALERRT reports it again" : "queued")
                .orElse("to be reported by ALERRT");
        return new WhoReports(true, BY_ALERRT, state);
    }

    /** The one line printed and shown: "Reported to TCOLE by ALERRT: queued". */
    public String line() {
        return state == null ? reporter : reporter + ": " + state;
    }
}
