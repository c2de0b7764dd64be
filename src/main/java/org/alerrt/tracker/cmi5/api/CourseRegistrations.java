package org.alerrt.tracker.cmi5.api;

import java.util.List;
import java.util.Optional;

/**
 * The registrations of both formats (one table: a Tin Can registration is pinned to a course version as a cmi5 one
 * is). cmi5 implements it; tincan registers and finds its learners' registrations through it, the learner portal
 * lists a learner's. Writes join the caller's transaction.
 */
public interface CourseRegistrations {

    /** @return false when the registration id is taken */
    boolean insert(Registration registration, String createdBy);

    Optional<Registration> find(String registration);

    /** Locks the registration row until the transaction ends: progress of one registration is evaluated in turn. */
    Optional<Registration> findForUpdate(String registration);

    /** The learner's registrations of every course, oldest first. */
    List<Registration> ofLearner(long learnerId);
}
