package org.alerrt.tracker.training.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.domain.Completion;
import org.alerrt.tracker.training.domain.CompletionRepository;
import org.alerrt.tracker.training.domain.Outcome;

/** Completions in {@code completion}. Runs in the caller's transaction. */
@ApplicationScoped
public class JpaCompletionRepository implements CompletionRepository {

    @PersistenceContext(unitName = "tracker")
    EntityManager em;

    @Override
    public Optional<Completion> find(long learnerId, TcoleCourseNumber course, String registration) {
        return em.createQuery(CompletionSql.BY_KEY, Completion.class)
                .setParameter("learner", learnerId)
                .setParameter("course", course.value())
                .setParameter("registration", registration)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Completion> find(long id) {
        return Optional.ofNullable(em.find(Completion.class, id));
    }

    @Override
    public Optional<Completion> findByStatement(long learnerId, String statementId) {
        return em.createQuery(CompletionSql.BY_STATEMENT, Completion.class)
                .setParameter("learner", learnerId)
                .setParameter("statement", statementId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Completion> decidedBy(String statementId) {
        return em.createQuery(CompletionSql.DECIDED_BY, Completion.class)
                .setParameter("statement", statementId)
                .getResultList();
    }

    @Override
    public List<Completion> released(long learnerId) {
        return em.createQuery(CompletionSql.RELEASED, Completion.class)
                .setParameter("learner", learnerId)
                .getResultList();
    }

    @Override
    public int creditedHours(long learnerId, TcoleCourseNumber course, LocalDate from, LocalDate to, Long except) {
        Long sum = credited(em.createQuery(CompletionSql.COURSE_HOURS, Long.class))
                .setParameter("learner", learnerId)
                .setParameter("course", course.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("except", except == null ? Long.MIN_VALUE : except)
                .getSingleResult();
        return sum == null ? 0 : sum.intValue();
    }

    @Override
    public int creditedCount(long learnerId, TcoleCourseNumber course, LocalDate from, LocalDate to) {
        return credited(em.createQuery(CompletionSql.COURSE_COUNT, Long.class))
                .setParameter("learner", learnerId)
                .setParameter("course", course.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult()
                .intValue();
    }

    @Override
    public Map<Long, Integer> mandateHours(Collection<Long> learnerIds, LocalDate from, LocalDate to) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        return sums(credited(em.createQuery(CompletionSql.MANDATE_HOURS_OF, Object[].class))
                .setParameter("learners", List.copyOf(learnerIds))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }

    @Override
    public Map<Long, Integer> pendingReviewCounts(Collection<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        return sums(em.createQuery(CompletionSql.PENDING_REVIEW_COUNTS, Object[].class)
                .setParameter("learners", List.copyOf(learnerIds))
                .setParameter("pending", Completion.Review.PENDING)
                .getResultList());
    }

    private static Map<Long, Integer> sums(List<Object[]> rows) {
        Map<Long, Integer> out = new HashMap<>();
        for (Object[] row : rows) {
            out.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return out;
    }

    @Override
    public List<Completion> pendingReview(int limit) {
        return em.createQuery(CompletionSql.PENDING_REVIEW, Completion.class)
                .setParameter("pending", Completion.Review.PENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Binds the parameters of {@code CompletionSql.CREDITED}. */
    private static <T> TypedQuery<T> credited(TypedQuery<T> q) {
        return q.setParameter("failed", Outcome.FAILED).setParameter("pending", Completion.Review.PENDING);
    }

    @Override
    public List<Completion> list(Filter f) {
        TypedQuery<Completion> q = em.createQuery(
                CompletionSql.list(f.learnerId() != null, f.course() != null, f.pidMissingOnly()), Completion.class);
        q.setParameter("before", f.beforeId() > 0 ? f.beforeId() : Long.MAX_VALUE);
        if (f.learnerId() != null) {
            q.setParameter("learner", f.learnerId());
        }
        if (f.course() != null) {
            q.setParameter("course", f.course().value());
        }
        return q.setMaxResults(f.limit()).getResultList();
    }

    @Override
    public List<Completion> ofLearner(long learnerId) {
        return em.createQuery(CompletionSql.OF_LEARNER, Completion.class)
                .setParameter("learner", learnerId)
                .getResultList();
    }

    @Override
    public List<Completion> heldCredit(long learnerId) {
        return credited(em.createQuery(CompletionSql.HELD, Completion.class))
                .setParameter("learner", learnerId)
                .getResultList();
    }

    @Override
    public int mandateHours(long learnerId, LocalDate from, LocalDate to) {
        Long sum = credited(em.createQuery(CompletionSql.MANDATE_HOURS, Long.class))
                .setParameter("learner", learnerId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return sum == null ? 0 : sum.intValue();
    }

    @Override
    public List<Completion> credited(Collection<Long> learnerIds, Collection<TcoleCourseNumber> courses) {
        if (learnerIds.isEmpty() || courses.isEmpty()) {
            return List.of(); // an empty IN list is not valid SQL
        }
        return credited(em.createQuery(CompletionSql.CREDITED_IN, Completion.class))
                .setParameter("learners", List.copyOf(learnerIds))
                .setParameter(
                        "courses",
                        courses.stream().map(TcoleCourseNumber::value).toList())
                .getResultList();
    }

    @Override
    public void add(Completion completion) {
        em.persist(completion);
        em.flush(); // a concurrent duplicate fails here; the outbox retries and then finds the row
    }
}
