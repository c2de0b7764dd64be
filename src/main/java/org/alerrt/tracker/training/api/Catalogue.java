package org.alerrt.tracker.training.api;

import java.util.Optional;

/**
 * The course catalogue as the launchers need it: the catalogue course a launcher course is linked to, and the
 * activity ids that stand for it (a "passed" or "completed" on one finishes the catalogue course).
 */
public interface Catalogue {

    Optional<CatalogueCourse> find(TcoleCourseNumber number);

    /** The catalogue course the activity stands for, if any. */
    Optional<CatalogueCourse> findByActivity(String activityIri);

    /**
     * Makes the activity stand for the course (nothing when it does already, or when the catalogue has no such
     * course). Refuses (CONFLICT) an activity that stands for another course, (INVALID) one that is no absolute
     * IRI.
     */
    void linkActivity(TcoleCourseNumber number, String activityIri);

    /** The activity no longer stands for the course (nothing when it did not). */
    void unlinkActivity(TcoleCourseNumber number, String activityIri);
}
