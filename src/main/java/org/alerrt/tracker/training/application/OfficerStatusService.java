package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.training.api.Level1Status;
import org.alerrt.tracker.training.api.OfficerStatus;
import org.alerrt.tracker.training.api.OfficerStatuses;
import org.alerrt.tracker.training.api.TrainingUnit;
import org.alerrt.tracker.training.domain.Completion;
import org.alerrt.tracker.training.domain.CompletionRepository;
import org.alerrt.tracker.training.domain.Delivery;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.LearnerRepository;

/** Officers' SB 1852 standing, a page at a time, from a few bulk queries (the compliance view and its CSV). */
@ApplicationScoped
public class OfficerStatusService implements OfficerStatuses {

    @Inject
    LearnerRepository learners;

    @Inject
    CompletionRepository completions;

    @Inject
    CompletionService completionService;

    @Inject
    TrainingSettings settings;

    /**
     * @param agency only this agency's officers (ignoring case), null for all
     * @param on the day whose training unit counts (null: today)
     * @param afterId the last learner id of the previous page (0 for the first)
     */
    @Override
    @Transactional
    public List<OfficerStatus> page(String agency, LocalDate on, long afterId, int limit) {
        List<Learner> page = learners.ofAgency(
                agency == null || agency.isBlank() ? null : agency, afterId, Math.max(1, Math.min(limit, MAX_PAGE)));
        List<Long> ids = page.stream().map(Learner::id).toList();
        TrainingUnit unit = TrainingUnit.containing(on != null ? on : settings.today());
        Map<Long, Integer> hours = completions.mandateHours(ids, unit.start(), unit.end());
        Map<Long, Integer> pending = completions.pendingReviewCounts(ids);
        Map<Long, Level1Status> level1 = completionService.level1Today(ids);
        return page.stream()
                .map(l -> new OfficerStatus(
                        l.id(),
                        l.firstName(),
                        l.lastName(),
                        l.pid().map(Object::toString).orElse(null),
                        l.agency(),
                        l.pidMissing(),
                        unit,
                        hours.getOrDefault(l.id(), 0),
                        settings.mandateHours(),
                        level1.get(l.id()),
                        pending.getOrDefault(l.id(), 0),
                        l.pidMissing() ? heldSince(l.id()) : null))
                .toList();
    }

    /** Credit ALERRT must report that waits for the PID: the oldest completion date, or null. */
    private LocalDate heldSince(long learnerId) {
        return completions.heldCredit(learnerId).stream()
                .filter(c -> c.delivery() != Delivery.INDIRECT)
                .map(Completion::completedOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
