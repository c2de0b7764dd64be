package org.alerrt.tracker.training.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.training.domain.TrainingClass;
import org.alerrt.tracker.training.domain.TrainingClassRepository;

/** Classes in {@code training_class} and {@code class_attendee}. Runs in the caller's transaction. */
@ApplicationScoped
public class JpaTrainingClassRepository implements TrainingClassRepository {

    private static final String BY_REFERENCE = "SELECT c FROM TrainingClass c WHERE c.reference = :reference";
    private static final String PAGE = "SELECT c FROM TrainingClass c WHERE c.id < :before ORDER BY c.id DESC";

    @PersistenceContext(unitName = "tracker")
    EntityManager em;

    @Override
    public Optional<TrainingClass> find(long id) {
        return Optional.ofNullable(em.find(TrainingClass.class, id));
    }

    @Override
    public Optional<TrainingClass> findByReference(String reference) {
        return em.createQuery(BY_REFERENCE, TrainingClass.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<TrainingClass> list(long beforeId, int limit) {
        return em.createQuery(PAGE, TrainingClass.class)
                .setParameter("before", beforeId > 0 ? beforeId : Long.MAX_VALUE)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(TrainingClass trainingClass) {
        em.persist(trainingClass);
        em.flush(); // a concurrent class with the same reference fails here, inside the caller's transaction
    }
}
