package org.alerrt.tracker.reporting.adapters.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.alerrt.tracker.platform.web.pages.Pages;
import org.alerrt.tracker.platform.web.pages.SignedInUser;
import org.alerrt.tracker.reporting.application.NothingToExportException;
import org.alerrt.tracker.reporting.application.QueueItem;
import org.alerrt.tracker.reporting.application.ReportQueueService;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.Roster;
import org.alerrt.tracker.reporting.domain.Urgency;

/**
 * {@code /admin/reports}: what is queued for TCOLE and how urgent, export to a roster, download and confirm the
 * upload. View scoped, so "Mark reported" acts on the roster shown in that row even if another was exported since.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int QUEUE_PAGE = 500;
    static final int ROSTER_PAGE = 100;

    @Inject
    ReportQueueService reports;

    @Inject
    SignedInUser user;

    private transient List<QueueItem> queue;
    private transient List<Roster> rosters;

    public List<QueueItem> getQueue() {
        if (queue == null) {
            queue = reports.list(EntryStatus.QUEUED, null, null, QUEUE_PAGE);
        }
        return queue;
    }

    public long count(String urgency) {
        Urgency u = Urgency.valueOf(urgency);
        return getQueue().stream().filter(i -> i.urgency() == u).count();
    }

    public List<Roster> getRosters() {
        if (rosters == null) {
            rosters = reports.rosters(null, ROSTER_PAGE);
        }
        return rosters;
    }

    public void export() {
        try {
            Roster r = reports.exportRoster(user.getName());
            Pages.info("Roster " + r.id() + " exported with " + r.entryCount() + " entr"
                    + (r.entryCount() == 1 ? "y" : "ies") + ". Download its CSV, upload it to TCLEDDS, then mark it "
                    + "reported.");
        } catch (NothingToExportException e) {
            Pages.error(null, null, "Nothing to export: the queue is empty.");
        }
        queue = null;
        rosters = null;
    }

    public void markReported(long rosterId) {
        reports.markReported(rosterId, user.getName()).ifPresentOrElse(
                r -> Pages.info("Roster " + r.id() + " marked as reported to TCOLE."),
                () -> Pages.error(null, null, "Roster " + rosterId + " does not exist."));
        rosters = null;
    }
}
