package org.alerrt.tracker.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Port to the entries, rosters and per-completion tracking. Every method runs in the caller's transaction. */
public interface ReportingRepository {

    /**
     * Locks the completion's tracking row (creating it at revision 0 the first time) until the transaction ends, so
     * the handlers of one completion's credit and withdrawal never interleave.
     */
    CompletionTrack lockCompletion(long completionId);

    void saveTrack(CompletionTrack track);

    /** @return the entry with its id */
    ReportEntry insert(ReportEntry entry);

    /** Every entry of the completion, oldest first. */
    List<ReportEntry> entriesOfCompletion(long completionId);

    Optional<ReportEntry> entry(long id);

    /** Replaces the record of a still QUEUED entry. @return false when it is no longer queued */
    boolean updateQueued(long entryId, RecordSnapshot record, int revision, String notes);

    /** Moves one entry, only if it is still in {@code from}. @return false when it was not */
    boolean changeStatus(long entryId, EntryStatus from, EntryStatus to, String reason, Instant at);

    /** In {@code status}, the oldest due-from date first; after the cursor ({@code afterDate}, {@code afterId}). */
    List<ReportEntry> entries(EntryStatus status, LocalDate afterDate, Long afterId, int limit);

    Roster createRoster(Instant createdAt, String createdBy, RosterFormat format);

    /**
     * Moves every QUEUED entry into the roster with one conditional UPDATE. Rows another export took first no
     * longer match {@code status = 'QUEUED'}, so no entry can end up in two rosters.
     *
     * @return the number of entries taken
     */
    int takeQueued(long rosterId, Instant at);

    void completeExport(long rosterId, int entryCount, String csvSha256);

    Optional<Roster> roster(long id);

    /** Newest first. */
    List<Roster> rosters(Long beforeId, int limit);

    /** In roster order: last name, first name, completion date. */
    List<ReportEntry> entriesOf(long rosterId);

    /** As {@link #entriesOf}, each entry handed on as it is read: constant memory for a roster of any size. */
    void forEachEntryOf(long rosterId, Consumer<ReportEntry> action);

    /** Records the upload once: false when the roster was already submitted. Its EXPORTED entries become SUBMITTED. */
    boolean markSubmitted(long rosterId, Instant at, String by, String tcoleReference);

    /** Records TCOLE's acceptance once: false unless the roster is submitted and not yet accepted. */
    boolean markAccepted(long rosterId, Instant at, String by);
}
