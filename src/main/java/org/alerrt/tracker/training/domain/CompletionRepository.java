package org.alerrt.tracker.training.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Completions, one per learner, course and registration. */
public interface CompletionRepository {

    /** Filters for the admin list; null means "any". Newest first, before {@code beforeId} (0 = from the top). */
    record Filter(Long learnerId, TcoleCourseNumber course, boolean pidMissingOnly, long beforeId, int limit) {
    }

    Optional<Completion> find(long learnerId, TcoleCourseNumber course, String registration);

    List<Completion> list(Filter filter);

    List<Completion> ofLearner(long learnerId);

    /** Passed completions whose credit has not been released yet. */
    List<Completion> heldCredit(long learnerId);

    /** Sum of credit hours of passes in mandate-counting courses completed between the dates, inclusive. */
    int mandateHours(long learnerId, LocalDate from, LocalDate to);

    /** Passes that earned credit, of any of these learners in any of these courses (e.g. Level 1), in no order. */
    List<Completion> credited(Collection<Long> learnerIds, Collection<TcoleCourseNumber> courses);

    void add(Completion completion);
}
