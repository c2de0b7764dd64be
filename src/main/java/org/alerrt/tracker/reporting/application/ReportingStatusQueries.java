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
import org.alerrt.tracker.reporting.api.ReportingAttention;
import org.alerrt.tracker.reporting.api.ReportingStatus;
import org.alerrt.tracker.reporting.api.ReportingStatusLookup;
import org.alerrt.tracker.reporting.domain.EntryKind;
import org.alerrt.tracker.reporting.domain.EntryStatus;

/** Reporting's published read model ({@link ReportingStatusLookup}), on its own tables. */
@ApplicationScoped
public class ReportingStatusQueries implements ReportingStatusLookup {

    @Inject
    ReportingReadModel readModel;

    @Inject
    ReportingSettings settings;

    public ReportingStatusQueries() {}

    public ReportingStatusQueries(ReportingReadModel readModel, ReportingSettings settings) {
        this.readModel = readModel;
        this.settings = settings;
    }

    /** The latest entry's state, with the submission date of the newest record TCOLE holds. */
    @Override
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

    @Override
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

    @Override
    public LocalDate reportDueBy(LocalDate from) {
        return settings.deadline().dueBy(from);
    }
}
