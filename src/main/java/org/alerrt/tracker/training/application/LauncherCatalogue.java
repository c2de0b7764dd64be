package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.alerrt.tracker.training.api.Catalogue;
import org.alerrt.tracker.training.api.CatalogueCourse;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.CourseDefinition;
import org.alerrt.tracker.training.domain.InvalidValueException;

/** {@link Catalogue} for the launchers, through {@link CatalogueService}: a link is a change of the definition. */
@ApplicationScoped
public class LauncherCatalogue implements Catalogue {

    @Inject
    CatalogueService catalogue;

    @Override
    @Transactional
    public Optional<CatalogueCourse> find(TcoleCourseNumber number) {
        return catalogue.find(number).map(LauncherCatalogue::summary);
    }

    @Override
    @Transactional
    public Optional<CatalogueCourse> findByActivity(String activityIri) {
        return catalogue.findByActivity(activityIri).map(LauncherCatalogue::summary);
    }

    @Override
    @Transactional
    public void linkActivity(TcoleCourseNumber number, String activityIri) {
        catalogue
                .find(number)
                .filter(course -> !course.activityIris().contains(activityIri))
                .ifPresent(course -> redefine(course, d -> d.withActivity(activityIri)));
    }

    @Override
    @Transactional
    public void unlinkActivity(TcoleCourseNumber number, String activityIri) {
        catalogue
                .find(number)
                .filter(course -> course.activityIris().contains(activityIri))
                .ifPresent(course -> redefine(course, d -> d.withoutActivity(activityIri)));
    }

    private void redefine(Course course, UnaryOperator<CourseDefinition> change) {
        try {
            catalogue.save(change.apply(course.definition()));
        } catch (InvalidValueException e) {
            throw e.toRefusal();
        }
    }

    private static CatalogueCourse summary(Course course) {
        return new CatalogueCourse(course.number(), course.title(), course.creditHours());
    }
}
