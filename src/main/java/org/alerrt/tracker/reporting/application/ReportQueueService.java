package org.alerrt.tracker.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.platform.audit.AuditEntry;
import org.alerrt.tracker.platform.audit.AuditTrail;
import org.alerrt.tracker.platform.text.BoundedText;
import org.alerrt.tracker.reporting.domain.CompletionTrack;
import org.alerrt.tracker.reporting.domain.EntryKind;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.RecordSnapshot;
import org.alerrt.tracker.reporting.domain.ReportDeadline;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.ReportingRepository;
import org.alerrt.tracker.reporting.domain.Roster;
import org.alerrt.tracker.reporting.domain.RosterCsv;
import org.alerrt.tracker.reporting.domain.RosterFormat;
import org.alerrt.tracker.reporting.domain.Urgency;

/**
 * The TCOLE reporting lifecycle (docs/architecture.md, "Reporting: states"). Holds the no-double-reporting guarantee
 * with the schema: each cause queues at most one entry (unique origin), an entry is taken into exactly one roster
 * (conditional update), each roster step is recorded once, and a record that left ALERRT is only ever corrected by a
 * new entry. Every change to an entry is written to the audit log (subject {@value #SUBJECT}) in its transaction.
 */
@ApplicationScoped
public class ReportQueueService {

    public static final String SUBJECT = "report_entry";
    static final int MAX_REASON = 1000;
    static final int MAX_REFERENCE = 100;

    @Inject
    ReportingRepository repository;

    @Inject
    ReportingSettings settings;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * A completion was credited (or its credit revised). The first revision queues the original report; a later one
     * replaces the record of entries still queued, queues a replacement for a rejected one, and queues an AMEND
     * correction when the record already left ALERRT. Idempotent: an older or repeated revision, or a credit whose
     * withdrawal arrived first, changes nothing.
     */
    @Transactional
    public void credited(long completionId, long learnerId, RecordSnapshot record, int revision) {
        CompletionTrack track = repository.lockCompletion(completionId);
        if (!track.applies(revision)) {
            return;
        }
        repository.saveTrack(new CompletionTrack(completionId, revision, null, null));
        List<ReportEntry> entries = repository.entriesOfCompletion(completionId);
        Instant now = clock.instant();
        if (entries.isEmpty()) {
            ReportEntry queued =
                    repository.insert(ReportEntry.original(completionId, learnerId, record, revision, now));
            audit.record(
                    AuditTrail.SYSTEM,
                    SUBJECT,
                    queued.id(),
                    "QUEUED",
                    "completion " + completionId + " credited",
                    summary(queued));
            return;
        }
        boolean pending = false;
        for (ReportEntry e : entries) {
            if (e.status() == EntryStatus.QUEUED) {
                String notes = e.kind() == EntryKind.ORIGINAL ? record.moduleDescription() : e.notes();
                if (!repository.updateQueued(e.id(), record, revision, notes)) {
                    throw exportedMeanwhile(e);
                }
                audit.record(
                        AuditTrail.SYSTEM,
                        SUBJECT,
                        e.id(),
                        "REVISED",
                        "the credited record changed (revision " + revision + ") before export",
                        String.join("; ", record.changesSince(e.record())));
                pending = true;
            } else if (e.status() == EntryStatus.REJECTED) {
                replace(
                        e,
                        record,
                        revision,
                        "the officer's record was corrected (revision " + revision + ")",
                        AuditTrail.SYSTEM,
                        "revision:" + completionId + ":" + revision + ":" + e.id());
                pending = true;
            }
        }
        Optional<ReportEntry> filed = lastFiled(entries);
        if (!pending
                && filed.isPresent()
                && !record.changesSince(filed.get().record()).isEmpty()) {
            ReportEntry reported = filed.get();
            String notes = "AMEND record of roster " + reported.rosterId() + ": "
                    + String.join("; ", record.changesSince(reported.record()));
            ReportEntry amend = repository.insert(ReportEntry.correction(
                    reported,
                    EntryKind.AMEND,
                    record,
                    revision,
                    notes,
                    today(),
                    now,
                    "amend:" + completionId + ":" + revision));
            audit.record(
                    AuditTrail.SYSTEM, SUBJECT, amend.id(), "QUEUED", "correction of entry " + reported.id(), notes);
        }
    }

    /**
     * The completion's credit was taken back. Entries ALERRT still holds (queued, rejected) are WITHDRAWN; when the
     * record already left ALERRT a WITHDRAW correction is queued for ALERRT to file. Idempotent.
     */
    @Transactional
    public void withdraw(long completionId, String why, String by) {
        CompletionTrack track = repository.lockCompletion(completionId);
        if (track.withdrawn()) {
            return;
        }
        Instant now = clock.instant();
        repository.saveTrack(new CompletionTrack(completionId, track.revision(), now, why));
        List<ReportEntry> entries = repository.entriesOfCompletion(completionId);
        for (ReportEntry e : entries) {
            if (e.status().awaitsAlerrt()) {
                if (!repository.changeStatus(e.id(), e.status(), EntryStatus.WITHDRAWN, why, now)) {
                    throw exportedMeanwhile(e);
                }
                audit.record(by, SUBJECT, e.id(), "WITHDRAWN", why, "was " + e.status());
            }
        }
        Optional<ReportEntry> filed = lastFiled(entries);
        if (filed.isPresent()) {
            ReportEntry reported = filed.get();
            String notes = "WITHDRAW record of roster " + reported.rosterId() + ": " + why;
            ReportEntry withdrawal = repository.insert(ReportEntry.correction(
                    reported,
                    EntryKind.WITHDRAW,
                    reported.record(),
                    reported.revision(),
                    notes,
                    today(),
                    now,
                    "withdraw:" + completionId));
            audit.record(by, SUBJECT, withdrawal.id(), "QUEUED", "correction of entry " + reported.id(), notes);
        }
    }

    /**
     * A roster export took the entry between reading and changing it: the whole change rolls back and the event is
     * handled again (outbox retry), then seeing the entry as exported and queueing a correction instead.
     */
    private static IllegalStateException exportedMeanwhile(ReportEntry e) {
        return new IllegalStateException(
                "Report entry " + e.id() + " left the queue while it was being changed;" + " the change is retried");
    }

    /** The newest record of this completion that left ALERRT and still stands with TCOLE (not a withdrawal). */
    private static Optional<ReportEntry> lastFiled(List<ReportEntry> entries) {
        Optional<ReportEntry> last = Optional.empty();
        for (ReportEntry e : entries) {
            if (e.kind() == EntryKind.WITHDRAW && e.status() != EntryStatus.WITHDRAWN) {
                return Optional.empty();
            }
            if (e.status().leftAlerrt()) {
                last = Optional.of(e);
            }
        }
        return last;
    }

    public List<QueueItem> list(EntryStatus status, LocalDate afterDate, Long afterId, int limit) {
        LocalDate today = today();
        return repository.entries(status, afterDate, afterId, limit).stream()
                .map(e -> item(e, today))
                .toList();
    }

    /** Every entry of one completion, oldest first: its original report and any corrections. */
    public List<QueueItem> entriesOfCompletion(long completionId) {
        LocalDate today = today();
        return repository.entriesOfCompletion(completionId).stream()
                .map(e -> item(e, today))
                .toList();
    }

    public Optional<QueueItem> entry(long id) {
        return repository.entry(id).map(e -> item(e, today()));
    }

    /** The entry's audit history, oldest first. */
    public List<AuditEntry> history(long entryId) {
        return audit.of(SUBJECT, entryId);
    }

    private QueueItem item(ReportEntry e, LocalDate today) {
        ReportDeadline deadline = settings.deadline();
        LocalDate exportedOn = e.status() == EntryStatus.EXPORTED ? date(e.statusChangedAt()) : null;
        Urgency urgency = deadline.urgency(e.status(), e.dueFrom(), exportedOn, today);
        LocalDate dueBy = deadline.dueBy(e.dueFrom());
        String flag = switch (urgency) {
            case ON_TIME -> "";
            case OVERDUE -> "overdue: TCOLE report was due by " + dueBy;
            case DUE_SOON ->
                e.status() == EntryStatus.EXPORTED
                        ? "exported " + ChronoUnit.DAYS.between(exportedOn, today) + " days ago, not confirmed as"
                                + " submitted to TCOLE (due by " + dueBy + ")"
                        : e.status() == EntryStatus.REJECTED
                                ? "rejected by TCOLE: correct and re-queue by " + dueBy
                                : "due by " + dueBy;
        };
        return new QueueItem(e, dueBy, urgency, flag);
    }

    /**
     * Takes every queued entry into a new roster, keeping the layout it was written with and the digest of its CSV.
     *
     * @throws ReportingConflictException when nothing is queued; the transaction rolls back, so no empty roster stays
     */
    @Transactional
    public Roster exportRoster(String by) {
        Instant now = clock.instant();
        RosterFormat format = settings.format();
        Roster roster = repository.createRoster(now, by, format);
        int taken = repository.takeQueued(roster.id(), now);
        if (taken == 0) {
            throw new ReportingConflictException("queue", "The report queue has no QUEUED entries: nothing to export");
        }
        // the digest of the CSV as every download writes it, computed while streaming: memory stays flat
        MessageDigest digest = sha256();
        List<Long> exported = new ArrayList<>(taken);
        try (RosterCsv csv = new RosterCsv(format, new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
            repository.forEachEntryOf(roster.id(), e -> {
                csv.add(e);
                exported.add(e.id());
            });
        }
        repository.completeExport(roster.id(), taken, HexFormat.of().formatHex(digest.digest()));
        audit.recordAll(by, SUBJECT, exported, "EXPORTED", null, "roster " + roster.id());
        return repository.roster(roster.id()).orElseThrow();
    }

    public Optional<Roster> roster(long id) {
        return repository.roster(id);
    }

    public List<Roster> rosters(Long beforeId, int limit) {
        return repository.rosters(beforeId, limit);
    }

    public List<ReportEntry> entriesOf(long rosterId) {
        return repository.entriesOf(rosterId);
    }

    /**
     * Writes the roster's CSV onto {@code out}, the bytes written at export on every download: the roster's own
     * layout, and its entries' records never change.
     *
     * @return false when there is no such roster (nothing written)
     */
    @Transactional // PostgreSQL streams the rows only inside a transaction
    public boolean writeCsv(long rosterId, OutputStream out) {
        Optional<Roster> roster = repository.roster(rosterId);
        if (roster.isEmpty()) {
            return false;
        }
        try (RosterCsv csv = new RosterCsv(formatOf(roster.get()), out)) {
            repository.forEachEntryOf(rosterId, csv::add);
        }
        return true;
    }

    private RosterFormat formatOf(Roster r) {
        if (r.columnsSpec() == null) {
            return settings.format();
        }
        return RosterFormat.parse(
                r.columnsSpec(), r.headersSpec(), "roster " + r.id() + " columns", "roster " + r.id() + " headers");
    }

    /**
     * Records that the roster was uploaded to TCOLE under {@code tcoleReference}; its entries become SUBMITTED.
     * Repeating it with the same reference changes nothing; another reference is a conflict.
     */
    @Transactional
    public Optional<Roster> submitRoster(long rosterId, String tcoleReference, String by) {
        String reference = text(tcoleReference, "tcoleReference", MAX_REFERENCE);
        Optional<Roster> found = repository.roster(rosterId);
        if (found.isEmpty()) {
            return found;
        }
        if (found.get().submittedAt() != null) {
            if (!reference.equals(found.get().tcoleReference())) {
                throw new ReportingConflictException(
                        "tcoleReference",
                        "Roster " + rosterId + " was already submitted under TCOLE reference '"
                                + found.get().tcoleReference() + "'");
            }
            return found;
        }
        List<ReportEntry> exported = repository.entriesOf(rosterId).stream()
                .filter(e -> e.status() == EntryStatus.EXPORTED)
                .toList();
        if (repository.markSubmitted(rosterId, clock.instant(), by, reference)) {
            for (ReportEntry e : exported) {
                audit.record(
                        by,
                        SUBJECT,
                        e.id(),
                        "SUBMITTED",
                        null,
                        "roster " + rosterId + ", TCOLE reference " + reference);
            }
        }
        return repository.roster(rosterId);
    }

    /** Records that TCOLE accepted the submitted roster; its submitted entries become ACCEPTED. Idempotent. */
    @Transactional
    public Optional<Roster> acceptRoster(long rosterId, String by) {
        Optional<Roster> found = repository.roster(rosterId);
        if (found.isEmpty() || found.get().acceptedAt() != null) {
            return found;
        }
        if (found.get().submittedAt() == null) {
            throw new ReportingConflictException(
                    "roster",
                    "Roster " + rosterId
                            + " was not submitted to TCOLE yet: record the submission with its TCOLE reference first");
        }
        List<ReportEntry> submitted = repository.entriesOf(rosterId).stream()
                .filter(e -> e.status() == EntryStatus.SUBMITTED)
                .toList();
        if (repository.markAccepted(rosterId, clock.instant(), by)) {
            for (ReportEntry e : submitted) {
                audit.record(by, SUBJECT, e.id(), "ACCEPTED", null, "roster " + rosterId);
            }
        }
        return repository.roster(rosterId);
    }

    /** TCOLE refused one record of a submitted roster, for {@code reason}. Idempotent for the same entry. */
    @Transactional
    public Optional<QueueItem> rejectEntry(long entryId, String reason, String by) {
        String why = text(reason, "reason", MAX_REASON);
        Optional<ReportEntry> found = repository.entry(entryId);
        if (found.isEmpty() || found.get().status() == EntryStatus.REJECTED) {
            return found.map(e -> item(e, today()));
        }
        ReportEntry e = found.get();
        if (!e.status().canBecome(EntryStatus.REJECTED)
                || !repository.changeStatus(e.id(), e.status(), EntryStatus.REJECTED, why, clock.instant())) {
            throw new ReportingConflictException(
                    "status",
                    "Entry " + entryId + " is " + e.status() + ": only a record submitted to TCOLE can be rejected");
        }
        audit.record(by, SUBJECT, e.id(), "REJECTED", why, "was " + e.status());
        return entry(entryId);
    }

    /**
     * Re-queues a rejected record after the cause was fixed outside the record (e.g. the course was set up at TCOLE):
     * the rejected entry becomes CORRECTED and a new QUEUED entry with the same record replaces it. A wrong PID or
     * name is corrected on the officer instead, which re-queues by itself.
     *
     * @return the new entry
     */
    @Transactional
    public Optional<QueueItem> requeueEntry(long entryId, String reason, String by) {
        String why = text(reason, "reason", MAX_REASON);
        Optional<ReportEntry> found = repository.entry(entryId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReportEntry e = found.get();
        if (e.status() != EntryStatus.REJECTED) {
            throw new ReportingConflictException(
                    "status", "Entry " + entryId + " is " + e.status() + ": only a rejected record is re-queued");
        }
        return entry(replace(e, e.record(), e.revision(), why, by, "requeue:" + e.id())
                .id());
    }

    private ReportEntry replace(
            ReportEntry rejected, RecordSnapshot record, int revision, String why, String by, String origin) {
        Instant now = clock.instant();
        if (!repository.changeStatus(rejected.id(), EntryStatus.REJECTED, EntryStatus.CORRECTED, why, now)) {
            throw new ReportingConflictException("status", "Entry " + rejected.id() + " changed meanwhile");
        }
        String notes = rejected.kind() == EntryKind.ORIGINAL ? record.moduleDescription() : rejected.notes();
        ReportEntry replacement =
                repository.insert(ReportEntry.replacement(rejected, record, revision, notes, now, origin));
        audit.record(by, SUBJECT, rejected.id(), "CORRECTED", why, "replaced by entry " + replacement.id());
        audit.record(by, SUBJECT, replacement.id(), "QUEUED", why, "replaces rejected entry " + rejected.id());
        return replacement;
    }

    private static String text(String value, String field, int max) {
        String v = BoundedText.required(value, field, max);
        if (v.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException(field + " must be one line of text");
        }
        return v;
    }

    private static String summary(ReportEntry e) {
        return e.kind() + " " + e.tcoleNumber() + " " + e.completedOn() + " " + e.creditHours() + " h, PID " + e.pid();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    private LocalDate date(Instant at) {
        return at.atZone(settings.zone()).toLocalDate();
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
