package org.alerrt.tracker.cmi5.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The course table both formats share: imported courses, their versions and package files (a Tin Can course is a
 * row of it, format TINCAN). cmi5 implements it; tincan imports, reads and deletes its courses through it and the
 * learner portal lists them. Writes join the caller's transaction.
 */
public interface ImportedCourses {

    /** The rule of the problem reported when a course is imported again in the other format. */
    String FORMAT_RULE = "tracker: a re-import keeps the course's format";

    List<Cmi5Course> list();

    Optional<Cmi5Course> find(long courseId);

    /** The course with this course id (IRI), locked until the transaction ends (re-imports and starts take turns). */
    Optional<Cmi5Course> findByIriForUpdate(String iri);

    Optional<CourseVersion> version(long courseId, int version);

    List<CourseVersion> versions(long courseId);

    /**
     * The catalogue course to link to: the TCOLE number given, else the existing course's link; adds a problem and
     * answers null when it is not usable.
     */
    String linkedTcoleNumber(String tcoleNumber, Optional<Cmi5Course> existing, List<ImportProblem> problems);

    /** A new course of this format, with no version yet. */
    Cmi5Course insertCourse(String iri, String tcoleNumber, CourseFormat format, OffsetDateTime now);

    /**
     * Adds the course's next version from a zip package: its title and description and every file (refused with
     * {@link PackageRejectedException} when one cannot be stored), ready when the transaction commits; the course's
     * latest version and catalogue link become this version's.
     *
     * @return the version's id
     */
    long addVersion(
            Cmi5Course course,
            String tcoleNumber,
            LangString title,
            LangString description,
            PackageFiles files,
            String importedBy,
            OffsetDateTime now);

    /** Deletes the course with its versions, files and registrations; its launch credentials are revoked first. */
    boolean delete(long courseId);
}
