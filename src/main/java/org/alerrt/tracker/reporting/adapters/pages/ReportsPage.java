package org.alerrt.tracker.reporting.adapters.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.alerrt.tracker.platform.web.pages.Pages;
import org.alerrt.tracker.platform.web.pages.SignedInUser;
import org.alerrt.tracker.reporting.application.QueueItem;
import org.alerrt.tracker.reporting.application.ReportQueueService;
import org.alerrt.tracker.reporting.application.ReportingConflictException;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.Roster;
import org.alerrt.tracker.reporting.domain.Urgency;

/**
 * {@code /admin/reports}: the TCOLE reporting lifecycle for administrators. What is queued and how urgent; what
 * needs them (rejected records, rosters exported but not confirmed); export to a roster, record its submission with
 * TCOLE's reference and TCOLE's acceptance; reject a record of a submitted roster with TCOLE's reason, re-queue a
 * rejected one. View scoped, so each button acts on the row it is in even if the lists changed since.
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

    /** Typed into the rows' fields: TCOLE references by roster id, TCOLE's and the admin's reasons by entry id. */
    private final Map<Long, String> references = new HashMap<>();

    private final Map<Long, String> rejections = new HashMap<>();
    private final Map<Long, String> corrections = new HashMap<>();
    private Long openRoster;

    private transient List<QueueItem> queue;
    private transient List<QueueItem> attention;
    private transient List<Roster> rosters;
    private transient List<ReportEntry> openEntries;

    public List<QueueItem> getQueue() {
        if (queue == null) {
            queue = reports.list(EntryStatus.QUEUED, null, null, QUEUE_PAGE);
        }
        return queue;
    }

    /** Rejected records and exported ones that are late or not confirmed as submitted. */
    public List<QueueItem> getAttention() {
        if (attention == null) {
            List<QueueItem> found = new ArrayList<>(reports.list(EntryStatus.REJECTED, null, null, QUEUE_PAGE));
            reports.list(EntryStatus.EXPORTED, null, null, QUEUE_PAGE).stream()
                    .filter(i -> i.urgency() != Urgency.ON_TIME)
                    .forEach(found::add);
            attention = found;
        }
        return attention;
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

    public Map<Long, String> getReferences() {
        return references;
    }

    public Map<Long, String> getRejections() {
        return rejections;
    }

    public Map<Long, String> getCorrections() {
        return corrections;
    }

    public Long getOpenRoster() {
        return openRoster;
    }

    /** The records of the roster opened with "Records", for per-record rejection. */
    public List<ReportEntry> getOpenEntries() {
        if (openEntries == null) {
            openEntries = openRoster == null ? List.of() : reports.entriesOf(openRoster);
        }
        return openEntries;
    }

    public void open(long rosterId) {
        openRoster = rosterId;
        openEntries = null;
    }

    public void export() {
        act(() -> {
            Roster r = reports.exportRoster(user.getName());
            return "Roster " + r.id() + " exported with " + r.entryCount() + " entr"
                    + (r.entryCount() == 1 ? "y" : "ies")
                    + ". Download its CSV, upload it to TCOLE, then record the submission with TCOLE's reference.";
        });
    }

    public void submit(long rosterId) {
        act(() -> reports.submitRoster(rosterId, references.get(rosterId), user.getName())
                .map(r ->
                        "Roster " + r.id() + " recorded as submitted to TCOLE (reference " + r.tcoleReference() + ").")
                .orElse(null));
    }

    public void accept(long rosterId) {
        act(() -> reports.acceptRoster(rosterId, user.getName())
                .map(r -> "Roster " + r.id() + " recorded as accepted by TCOLE.")
                .orElse(null));
    }

    public void reject(long entryId) {
        act(() -> reports.rejectEntry(entryId, rejections.get(entryId), user.getName())
                .map(i -> "Record " + entryId + " recorded as rejected by TCOLE.")
                .orElse(null));
    }

    public void requeue(long entryId) {
        act(() -> reports.requeueEntry(entryId, corrections.get(entryId), user.getName())
                .map(i -> "Record " + entryId + " corrected and queued again as entry "
                        + i.entry().id() + ".")
                .orElse(null));
    }

    /** Runs one change and says how it went; refusals are shown, never thrown at the user. */
    private void act(Supplier<String> change) {
        try {
            Optional.ofNullable(change.get())
                    .ifPresentOrElse(
                            Pages::info, () -> Pages.error(null, null, "That record or roster does not exist."));
        } catch (ReportingConflictException | IllegalArgumentException e) {
            Pages.error(null, null, e.getMessage());
        }
        queue = null;
        attention = null;
        rosters = null;
        openEntries = null;
    }
}
