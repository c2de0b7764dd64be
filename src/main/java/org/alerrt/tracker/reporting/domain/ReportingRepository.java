package org.alerrt.tracker.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port to the queue and its rosters. Every method runs in the caller's transaction. */
public interface ReportingRepository {

    /** @return false when this completion is already queued (or was exported or reported) */
    boolean addIfAbsent(ReportEntry entry);

    /** Oldest completion first; entries after the cursor ({@code afterDate}, {@code afterId}) when given. */
    List<ReportEntry> entries(EntryStatus status, LocalDate afterDate, Long afterId, int limit);

    Roster createRoster(Instant createdAt, String createdBy);

    /**
     * Moves every QUEUED entry into the roster with one conditional UPDATE. Rows another export took first no
     * longer match {@code status = 'QUEUED'}, so no entry can end up in two rosters.
     *
     * @return the number of entries taken
     */
    int takeQueued(long rosterId);

    void setEntryCount(long rosterId, int count);

    Optional<Roster> roster(long id);

    /** Newest first. */
    List<Roster> rosters(Long beforeId, int limit);

    /** In roster order: last name, first name, completion date. */
    List<ReportEntry> entriesOf(long rosterId);

    /**
     * Records the TCOLE upload once: false when the roster was already marked reported (or does not exist); its
     * entries become REPORTED in the same step.
     */
    boolean markReported(long rosterId, Instant at, String by);
}
