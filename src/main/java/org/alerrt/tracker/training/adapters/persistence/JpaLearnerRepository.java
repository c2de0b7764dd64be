package org.alerrt.tracker.training.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.LearnerRepository;
import org.alerrt.tracker.training.domain.Pid;

/** Learners in {@code learner}. Runs in the caller's transaction. */
@ApplicationScoped
public class JpaLearnerRepository implements LearnerRepository {

    @PersistenceContext(unitName = "tracker")
    EntityManager em;

    @Override
    public List<Learner> search(String query, long afterId, int limit) {
        TypedQuery<Learner> q = em.createQuery(query == null ? LearnerSql.PAGE : LearnerSql.SEARCH, Learner.class)
                .setParameter("after", afterId);
        if (query != null) {
            q.setParameter("q", LearnerSql.likePattern(query));
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Learner> find(long id) {
        return Optional.ofNullable(em.find(Learner.class, id));
    }

    @Override
    public List<Learner> findAll(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : em.createQuery(LearnerSql.BY_IDS, Learner.class)
                        .setParameter("ids", ids)
                        .getResultList();
    }

    @Override
    public Optional<Learner> findByActor(ActorIdentity actor) {
        Optional<Learner> own = em.createQuery(LearnerSql.BY_ACTOR, Learner.class)
                .setParameter("actor", actor.value())
                .getResultStream()
                .findFirst();
        if (own.isPresent()) {
            return own;
        }
        List<?> alias = em.createNativeQuery(LearnerSql.LEARNER_OF_ALIAS)
                .setParameter(1, actor.value())
                .getResultList();
        return alias.isEmpty() ? Optional.empty() : find(((Number) alias.get(0)).longValue());
    }

    @Override
    public List<Learner> ofAgency(String agency, long afterId, int limit) {
        TypedQuery<Learner> q = em.createQuery(
                        agency == null ? LearnerSql.PAGE : LearnerSql.PAGE_OF_AGENCY, Learner.class)
                .setParameter("after", afterId);
        if (agency != null) {
            q.setParameter("agency", agency.strip().toLowerCase(Locale.ROOT));
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Learner> findByPid(Pid pid) {
        return em.createQuery(LearnerSql.BY_PID, Learner.class)
                .setParameter("pid", pid.value())
                .getResultList();
    }

    @Override
    public List<ActorIdentity> aliases(long learnerId) {
        return em.createNativeQuery(LearnerSql.ALIASES_OF).setParameter(1, learnerId).getResultList().stream()
                .map(v -> new ActorIdentity(v.toString()))
                .toList();
    }

    @Override
    public void addAlias(long learnerId, ActorIdentity actor) {
        em.createNativeQuery(LearnerSql.INSERT_ALIAS)
                .setParameter(1, actor.value())
                .setParameter(2, learnerId)
                .executeUpdate();
    }

    @Override
    public Learner lock(Learner learner) {
        em.refresh(learner, LockModeType.PESSIMISTIC_WRITE);
        return learner;
    }

    @Override
    public void add(Learner learner) {
        em.persist(learner);
        // Completions refer to the learner by id without a JPA relation, so EclipseLink would not order the
        // inserts: write the learner now.
        em.flush();
    }
}
