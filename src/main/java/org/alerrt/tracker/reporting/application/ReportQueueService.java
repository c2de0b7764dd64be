package org.alerrt.tracker.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.ReportDeadline;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.ReportingRepository;
import org.alerrt.tracker.reporting.domain.Roster;
import org.alerrt.tracker.reporting.domain.RosterCsv;

/**
 * The TCOLE report queue. Holds the no-double-reporting guarantee together with the schema: a completion is queued
 * once (unique completion_id), taken into exactly one roster (conditional update), and a roster is confirmed as
 * reported once.
 */
@ApplicationScoped
public class ReportQueueService {

    @Inject
    ReportingRepository repository;

    @Inject
    ReportingSettings settings;

    Clock clock = Clock.systemUTC();

    /** Idempotent. @return false when the completion was queued before */
    @Transactional
    public boolean queue(ReportEntry entry) {
        return repository.addIfAbsent(entry);
    }

    public List<QueueItem> list(EntryStatus status, LocalDate afterDate, Long afterId, int limit) {
        ReportDeadline deadline = settings.deadline();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        return repository.entries(status, afterDate, afterId, limit).stream()
                .map(e -> new QueueItem(e, deadline.dueBy(e.completedOn()),
                        deadline.urgency(e.status(), e.completedOn(), today)))
                .toList();
    }

    /**
     * Takes every queued entry into a new roster.
     *
     * @throws NothingToExportException when nothing is queued; the transaction rolls back, so no empty roster stays
     */
    @Transactional
    public Roster exportRoster(String by) {
        Instant now = clock.instant();
        Roster roster = repository.createRoster(now, by);
        int taken = repository.takeQueued(roster.id());
        if (taken == 0) {
            throw new NothingToExportException();
        }
        repository.setEntryCount(roster.id(), taken);
        return new Roster(roster.id(), now, by, taken, null, null);
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

    /** Same bytes on every download while the roster format configuration is unchanged. */
    public Optional<byte[]> csv(long rosterId) {
        return repository.roster(rosterId)
                .map(r -> RosterCsv.write(settings.format(), repository.entriesOf(rosterId)));
    }

    /** Idempotent: the first call records who confirmed the upload and when; later calls change nothing. */
    @Transactional
    public Optional<Roster> markReported(long rosterId, String by) {
        if (repository.roster(rosterId).isEmpty()) {
            return Optional.empty();
        }
        repository.markReported(rosterId, clock.instant(), by);
        return repository.roster(rosterId);
    }
}
