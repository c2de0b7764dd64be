package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.CourseDefinition;
import org.alerrt.tracker.training.domain.CourseRepository;

/** The course catalogue: list, look up, create or change a course. */
@ApplicationScoped
public class CatalogueService {

    /** The saved course and whether it was new. */
    public record Saved(Course course, boolean created) {}

    @Inject
    CourseRepository courses;

    @Transactional
    public List<Course> list() {
        return courses.all();
    }

    @Transactional
    public Optional<Course> find(TcoleCourseNumber number) {
        return courses.find(number);
    }

    /** The course an activity IRI stands for, if any. */
    @Transactional
    public Optional<Course> findByActivity(String activityIri) {
        return courses.findByActivity(activityIri);
    }

    /**
     * Creates or redefines a course. An activity IRI stands for one course only, else a statement could credit
     * two courses: one already mapped to another course is a conflict (409).
     */
    @Transactional
    public Saved save(CourseDefinition definition) {
        List<String> iris = definition.activityIris();
        for (int i = 0; i < iris.size(); i++) {
            Optional<Course> owner = courses.findByActivity(iris.get(i));
            if (owner.isPresent() && !owner.get().number().equals(definition.number())) {
                throw Refusal.conflict(
                        "activityIris[" + i + "]",
                        "activity " + iris.get(i) + " already stands for course "
                                + owner.get().number());
            }
        }
        Optional<Course> existing = courses.find(definition.number());
        if (existing.isPresent()) {
            existing.get().redefine(definition);
            return new Saved(existing.get(), false);
        }
        Course course = new Course(definition);
        courses.add(course);
        return new Saved(course, true);
    }

    /**
     * Seeds one course from the catalogue file unless it exists; never touches an existing (maybe edited) one.
     * Own transaction, so a duplicate inserted by another instance starting at the same time only loses this one.
     *
     * @return true when inserted
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean seed(CourseDefinition definition) {
        return courses.insertIfAbsent(definition);
    }
}
