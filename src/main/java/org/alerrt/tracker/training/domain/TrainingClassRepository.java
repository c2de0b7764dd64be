package org.alerrt.tracker.training.domain;

import java.util.List;
import java.util.Optional;

/** In-person classes. */
public interface TrainingClassRepository {

    Optional<TrainingClass> find(long id);

    Optional<TrainingClass> findByReference(String reference);

    /** Newest first, before {@code beforeId} (0 = from the top). */
    List<TrainingClass> list(long beforeId, int limit);

    void add(TrainingClass trainingClass);
}
