package org.alerrt.tracker.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.text.CsvCells;
import org.alerrt.tracker.reporting.api.ReportingAttention;
import org.alerrt.tracker.reporting.api.ReportingStatusLookup;
import org.alerrt.tracker.training.api.Level1Status;
import org.alerrt.tracker.training.api.OfficerStatus;
import org.alerrt.tracker.training.api.OfficerStatuses;

/**
 * Officers by agency with hours in the unit, the mandate, Level 1 and what needs action: a PID missing (with the
 * TCOLE due date of the credit it holds back), results waiting for a decision (e.g. 3312 hours over the cap).
 */
@ApplicationScoped
public class ComplianceService {

    public static final List<String> CSV_HEADER = List.of(
            "learner_id",
            "last_name",
            "first_name",
            "pid",
            "agency",
            "unit_start",
            "unit_end",
            "credited_hours",
            "required_hours",
            "hours_met",
            "level1",
            "level1_met_on",
            "needs_action");

    @Inject
    OfficerStatuses officers;

    @Inject
    ServerSettings server;

    @Inject
    ReportingStatusLookup reports;

    public List<ComplianceRow> page(String agency, LocalDate on, long afterId, int limit) {
        LocalDate today = LocalDate.now(server.zone());
        List<OfficerStatus> page = officers.page(agency, on, afterId, limit);
        Map<Long, ReportingAttention> attention =
                reports.attentionOf(page.stream().map(OfficerStatus::learnerId).toList(), today);
        return page.stream()
                .map(o -> new ComplianceRow(o, actions(o, attention.get(o.learnerId()), today)))
                .toList();
    }

    /** Every officer (of the agency), in pages, as CSV for a spreadsheet. */
    public String csv(String agency, LocalDate on) {
        StringBuilder out = new StringBuilder();
        CsvCells.line(out, CSV_HEADER);
        long after = 0;
        while (true) {
            List<ComplianceRow> page = page(agency, on, after, OfficerStatuses.MAX_PAGE);
            for (ComplianceRow r : page) {
                OfficerStatus o = r.officer();
                CsvCells.line(
                        out,
                        List.of(
                                Long.toString(o.learnerId()),
                                text(o.lastName()),
                                text(o.firstName()),
                                text(o.pid()),
                                text(o.agency()),
                                o.unit().start().toString(),
                                o.unit().end().toString(),
                                Integer.toString(o.creditedHours()),
                                Integer.toString(o.requiredHours()),
                                Boolean.toString(o.hoursMet()),
                                o.level1().state().name(),
                                o.level1().metOn() == null
                                        ? ""
                                        : o.level1().metOn().toString(),
                                String.join("; ", r.actions())));
            }
            if (page.size() < OfficerStatuses.MAX_PAGE) {
                return out.toString();
            }
            after = page.get(page.size() - 1).officer().learnerId();
        }
    }

    private List<String> actions(OfficerStatus o, ReportingAttention reportsToAct, LocalDate today) {
        List<String> actions = new ArrayList<>();
        if (o.pidMissing()) {
            if (o.heldForPidSince() != null) {
                LocalDate due = reports.reportDueBy(o.heldForPidSince());
                actions.add("PID missing: credit held since " + o.heldForPidSince() + ", TCOLE report due by " + due
                        + (today.isAfter(due) ? " (overdue)" : ""));
            } else {
                actions.add("PID missing");
            }
        }
        if (o.awaitingDecision() > 0) {
            actions.add(o.awaitingDecision() + " result(s) wait for a decision (e.g. 3312 hours over the cap)");
        }
        if (o.level1().state() == Level1Status.State.OVERDUE) {
            actions.add("Level 1 overdue");
        }
        if (reportsToAct != null && reportsToAct.overdue() > 0) {
            actions.add(reportsToAct.overdue() + " TCOLE report(s) overdue");
        }
        if (reportsToAct != null && reportsToAct.rejected() > 0) {
            actions.add(reportsToAct.rejected() + " record(s) rejected by TCOLE to correct");
        }
        return actions;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
