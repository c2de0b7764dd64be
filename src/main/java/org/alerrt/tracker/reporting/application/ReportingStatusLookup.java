package org.alerrt.tracker.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alerrt.tracker.reporting.domain.EntryKind;
import org.alerrt.tracker.reporting.domain.EntryStatus;

/**
 * Reporting's published read model: the report state of one completion, empty when ALERRT does not report it
 * (indirect delivery, not credited, or not queued yet), and the entries of officers that need an administrator.
 * The only way other contexts learn about reporting.
 */
@ApplicationScoped
public class ReportingStatusLookup {

    @Inject
    ReportingReadModel readModel;

    @Inject
    ReportingSettings settings;

    public ReportingStatusLookup() {}

    public ReportingStatusLookup(ReportingReadModel readModel, ReportingSettings settings) {
        this.readModel = readModel;
        this.settings = settings;
    }

    /** The latest entry's state, with the submission date of the newest record TCOLE holds. */
    public Optional<ReportingStatus> ofCompletion(long completionId) {
        List<ReportingReadModel.EntryState> entries = readModel.entriesOfCompletion(completionId);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Instant reported = entries.stream()
                .filter(e -> e.kind() != EntryKind.WITHDRAW
                        && (e.status() == EntryStatus.SUBMITTED || e.status() == EntryStatus.ACCEPTED))
                .map(ReportingReadModel.EntryState::submittedAt)
                .findFirst()
                .orElse(null);
        return Optional.of(
                new ReportingStatus(completionId, entries.get(0).status().name(), reported));
    }

    /** Officers among {@code learnerIds} with overdue or rejected entries; absent when none. */
    public Map<Long, ReportingAttention> attentionOf(Collection<Long> learnerIds, LocalDate today) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        LocalDate lateIfFrom = today.minusDays(settings.deadline().deadlineDays());
        Map<Long, ReportingAttention> result = new HashMap<>();
        readModel.attention(List.copyOf(learnerIds), lateIfFrom).stream()
                .filter(a -> a.overdue() > 0 || a.rejected() > 0)
                .forEach(a -> result.put(a.learnerId(), a));
        return result;
    }
}
