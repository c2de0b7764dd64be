package org.alerrt.tracker.training.domain;

import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/** The catalogue. */
public interface CourseRepository {

    List<Course> all();

    Optional<Course> find(TcoleCourseNumber number);

    /** The course an xAPI activity IRI stands for, if any. */
    Optional<Course> findByActivity(String activityIri);

    void add(Course course);

    /**
     * Inserts the course and its activity IRIs unless a course with that number exists (catalogue seeding);
     * an IRI already mapped elsewhere is left where it is.
     *
     * @return true when inserted
     */
    boolean insertIfAbsent(CourseDefinition definition);
}
