package org.alerrt.tracker.tincan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.ImportedCourses;
import org.alerrt.tracker.cmi5.api.PackageRejectedException;
import org.alerrt.tracker.tincan.domain.TinCanActivity;
import org.alerrt.tracker.tincan.domain.TinCanRepository;
import org.alerrt.tracker.tincan.domain.TinCanStructure;
import org.alerrt.tracker.training.api.Catalogue;
import org.alerrt.tracker.training.api.CatalogueCourse;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/**
 * Imports Tin Can packages next to cmi5 courses: same course, version and file storage (served under
 * {@code /content/{id}/{version}/}), format TINCAN, activities in their own table. The course is keyed by the
 * launched activity's id, and that id is added to the linked catalogue course's activity IRIs, so the catalogue's
 * course-activity rule turns a "passed" (or, for completion-only courses, "completed") on it into a completion.
 * An import is one transaction; every problem is reported at once.
 */
@ApplicationScoped
public class TinCanCourseService {

    private static final Logger LOG = Logger.getLogger(TinCanCourseService.class.getName());
    static final String CATALOGUE_RULE = "tracker: an activity stands for one catalogue course";

    @Inject
    ImportedCourses courses;

    @Inject
    TinCanRepository tinCan;

    @Inject
    Catalogue catalogue;

    /**
     * @param tcoleNumber catalogue course to link to; may be omitted on a re-import (the link is kept)
     * @throws PackageRejectedException with every problem of the package and of the request
     */
    @Transactional
    public TinCanCourseDetails importPackage(TinCanPackage pkg, String tcoleNumber, String importedBy) {
        List<ImportProblem> problems = new ArrayList<>(pkg.problems());
        TinCanStructure structure = pkg.structure();
        Optional<TinCanActivity> launched =
                structure == null || !problems.isEmpty() ? Optional.empty() : structure.launched();
        Optional<Cmi5Course> existing = launched.flatMap(a -> courses.findByIriForUpdate(a.id()));
        String number = courses.linkedTcoleNumber(tcoleNumber, existing, problems);
        existing.filter(c -> c.format() != CourseFormat.TINCAN)
                .ifPresent(c -> problems.add(ImportProblem.of(
                        ImportedCourses.FORMAT_RULE,
                        "tincan.xml",
                        "course " + c.id() + " with the id '" + c.iri() + "' was imported as " + c.format()
                                + "; a course keeps its format")));
        Optional<CatalogueCourse> owner = launched.flatMap(a -> catalogue.findByActivity(a.id()));
        boolean moveFromOldLink = false;
        if (number != null && owner.isPresent() && !owner.get().number().value().equals(number)) {
            // re-linking a course moves its activity; anything else would credit two catalogue courses
            moveFromOldLink = existing.isPresent()
                    && existing.get().tcoleNumber().equals(owner.get().number().value());
            if (!moveFromOldLink) {
                problems.add(ImportProblem.of(
                        CATALOGUE_RULE,
                        "tincan.xml activity '" + launched.get().id() + "'",
                        "already stands for catalogue course " + owner.get().number()));
            }
        }
        if (!problems.isEmpty() || launched.isEmpty()) {
            throw new PackageRejectedException(problems);
        }
        TinCanActivity course = launched.get();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Cmi5Course c = existing.orElseGet(() -> courses.insertCourse(course.id(), number, CourseFormat.TINCAN, now));
        int version = c.latestVersion() + 1;
        int fileCount = pkg.files().paths().size();
        LOG.info(() -> "Tin Can import of " + course.id() + " version " + version + ": "
                + structure.activities().size() + " activities, " + fileCount + " files");
        long versionId =
                courses.addVersion(c, number, course.name(), course.description(), pkg.files(), importedBy, now);
        tinCan.insertActivities(versionId, structure);
        if (moveFromOldLink) {
            catalogue.unlinkActivity(owner.get().number(), course.id());
        }
        catalogue.linkActivity(TcoleCourseNumber.of(number), course.id());
        return find(c.id(), version).orElseThrow();
    }

    /** The Tin Can course with its latest (or the given) version; empty for unknown ids and cmi5 courses. */
    @Transactional
    public Optional<TinCanCourseDetails> find(long id, Integer version) {
        return courses.find(id)
                .filter(c -> c.format() == CourseFormat.TINCAN)
                .flatMap(c -> courses.version(c.id(), version == null ? c.latestVersion() : version)
                        .map(v -> new TinCanCourseDetails(c, v, tinCan.structure(v.id()), courses.versions(c.id()))));
    }

    /** Deletes the course with its versions, files and registrations; its launch credentials are revoked first. */
    @Transactional
    public boolean delete(long id) {
        return courses.delete(id);
    }
}
