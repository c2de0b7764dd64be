package org.alerrt.tracker.training.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/**
 * Completions, one per learner, course, registration and attempt. "Credited" below means earning credit now:
 * not failed, hours above 0, not withdrawn, no decision pending ({@link Completion#earnsCredit()}).
 */
public interface CompletionRepository {

    /** Filters for the admin list; null means "any". Newest first, before {@code beforeId} (0 = from the top). */
    record Filter(Long learnerId, TcoleCourseNumber course, boolean pidMissingOnly, long beforeId, int limit) {}

    /** The latest attempt of this learner, course and registration. */
    Optional<Completion> find(long learnerId, TcoleCourseNumber course, String registration);

    Optional<Completion> find(long id);

    /** The learner's completion decided by this statement, if any (a re-sent statement changes nothing). */
    Optional<Completion> findByStatement(long learnerId, String statementId);

    /** Completions decided by this statement, of any learner (voiding). */
    List<Completion> decidedBy(String statementId);

    /** Completions whose credit was released and not withdrawn: what certificates and reports exist for. */
    List<Completion> released(long learnerId);

    /** Credited hours of one course between the dates, inclusive, leaving out one completion (null: none). */
    int creditedHours(long learnerId, TcoleCourseNumber course, LocalDate from, LocalDate to, Long except);

    /** How many credited completions of one course between the dates, inclusive. */
    int creditedCount(long learnerId, TcoleCourseNumber course, LocalDate from, LocalDate to);

    /** Credited hours in mandate-counting courses between the dates, per learner (absent: none). */
    Map<Long, Integer> mandateHours(Collection<Long> learnerIds, LocalDate from, LocalDate to);

    /** How many completions wait for an administrator's decision, per learner (absent: none). */
    Map<Long, Integer> pendingReviewCounts(Collection<Long> learnerIds);

    /** Credit waiting for an administrator's decision, oldest first. */
    List<Completion> pendingReview(int limit);

    List<Completion> list(Filter filter);

    List<Completion> ofLearner(long learnerId);

    /** Credited completions whose credit has not been released yet. */
    List<Completion> heldCredit(long learnerId);

    /** Sum of credited hours in mandate-counting courses completed between the dates, inclusive. */
    int mandateHours(long learnerId, LocalDate from, LocalDate to);

    /** Credited completions of any of these learners in any of these courses (e.g. Level 1), in no order. */
    List<Completion> credited(Collection<Long> learnerIds, Collection<TcoleCourseNumber> courses);

    void add(Completion completion);
}
