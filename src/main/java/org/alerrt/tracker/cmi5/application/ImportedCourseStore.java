package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.CourseVersion;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.ImportedCourses;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.api.PackageFiles;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.CourseStructure;

/**
 * The course table as tincan and the learner portal use it ({@link ImportedCourses}): cmi5's course repository,
 * with a version added as a cmi5 import adds one and a course deleted as cmi5 deletes one.
 */
@ApplicationScoped
public class ImportedCourseStore implements ImportedCourses {

    @Inject
    Cmi5CourseRepository courses;

    @Inject
    Cmi5CourseService cmi5Courses;

    @Inject
    Cmi5Settings settings;

    @Override
    public List<Cmi5Course> list() {
        return courses.list();
    }

    @Override
    public Optional<Cmi5Course> find(long courseId) {
        return courses.find(courseId);
    }

    @Override
    public Optional<Cmi5Course> findByIriForUpdate(String iri) {
        return courses.findByIriForUpdate(iri);
    }

    @Override
    public Optional<CourseVersion> version(long courseId, int version) {
        return courses.version(courseId, version);
    }

    @Override
    public List<CourseVersion> versions(long courseId) {
        return courses.versions(courseId);
    }

    @Override
    public String linkedTcoleNumber(String tcoleNumber, Optional<Cmi5Course> existing, List<ImportProblem> problems) {
        return cmi5Courses.linkedTcoleNumber(tcoleNumber, existing, problems);
    }

    @Override
    public Cmi5Course insertCourse(String iri, String tcoleNumber, CourseFormat format, OffsetDateTime now) {
        return courses.insertCourse(iri, tcoleNumber, format, now);
    }

    /** The version keeps only a title and description: a course without blocks or AUs. */
    @Override
    public long addVersion(
            Cmi5Course course,
            String tcoleNumber,
            LangString title,
            LangString description,
            PackageFiles files,
            String importedBy,
            OffsetDateTime now) {
        int version = course.latestVersion() + 1;
        CourseStructure summary = new CourseStructure(course.iri(), title, description, List.of(), List.of());
        long versionId = courses.insertVersion(
                course.id(), version, PackageKind.ZIP, summary, files.paths().size(), now, importedBy);
        Cmi5CourseService.storeFiles(courses, settings.maxUnpackedBytes(), versionId, files, course.iri());
        courses.markReady(versionId);
        courses.updateCourse(course.id(), tcoleNumber, version, now);
        return versionId;
    }

    @Override
    @Transactional
    public boolean delete(long courseId) {
        return cmi5Courses.delete(courseId);
    }
}
