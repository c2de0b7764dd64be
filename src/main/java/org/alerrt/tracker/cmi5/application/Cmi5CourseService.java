package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.CourseVersion;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.ImportedCourses;
import org.alerrt.tracker.cmi5.api.PackageFiles;
import org.alerrt.tracker.cmi5.api.PackageRejectedException;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.training.api.Catalogue;
import org.alerrt.tracker.training.api.TcoleCourseNumber;

/**
 * Imports cmi5 course packages (cmi5 §6.1, §14) and answers questions about them. An import is one transaction:
 * a package is stored whole, with its structure and every file, or not at all. Importing a course id that exists
 * adds a version; earlier versions stay as they were, so registrations made on them keep working.
 */
@ApplicationScoped
public class Cmi5CourseService {

    private static final Logger LOG = Logger.getLogger(Cmi5CourseService.class.getName());
    static final String TCOLE_RULE = "tracker: cmi5 course linked to a catalogue course";

    @Inject
    LaunchAccessService launchAccess;

    @Inject
    Cmi5CourseRepository courses;

    @Inject
    Catalogue catalogue;

    @Inject
    Cmi5Settings settings;

    public Cmi5CourseService() {}

    /** For tests without a container. */
    public Cmi5CourseService(Cmi5CourseRepository courses, Catalogue catalogue, Cmi5Settings settings) {
        this.courses = courses;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /**
     * Imports a package read by the packaging adapter.
     *
     * @param tcoleNumber catalogue course to link to; may be omitted on a re-import (the link is kept)
     * @throws PackageRejectedException with every problem of the package and of the request
     */
    @Transactional
    public CourseDetails importPackage(CoursePackage pkg, String tcoleNumber, String importedBy) {
        List<ImportProblem> problems = new ArrayList<>(pkg.problems());
        CourseStructure structure = pkg.structure();
        Optional<Cmi5Course> existing = structure == null || structure.id() == null
                ? Optional.empty()
                : courses.findByIriForUpdate(structure.id());
        String number = checkTcoleNumber(catalogue, tcoleNumber, existing, problems);
        existing.filter(c -> c.format() != CourseFormat.CMI5)
                .ifPresent(c -> problems.add(ImportProblem.of(
                        ImportedCourses.FORMAT_RULE,
                        "course id",
                        "course " + c.id() + " with this id was imported as " + c.format()
                                + "; a course keeps its format")));
        if (!problems.isEmpty() || structure == null) {
            throw new PackageRejectedException(problems);
        }
        long started = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Cmi5Course course =
                existing.orElseGet(() -> courses.insertCourse(structure.id(), number, CourseFormat.CMI5, now));
        int version = course.latestVersion() + 1;
        int fileCount = pkg.files().paths().size();
        LOG.info(() -> "cmi5 import of " + structure.id() + " version " + version + ": "
                + structure.aus().size() + " AUs, " + structure.blocks().size() + " blocks, " + fileCount + " files");
        long versionId = courses.insertVersion(course.id(), version, pkg.kind(), structure, fileCount, now, importedBy);
        courses.insertStructure(versionId, structure);
        storeFiles(courses, settings.maxUnpackedBytes(), versionId, pkg.files(), structure.id());
        courses.markReady(versionId);
        courses.updateCourse(course.id(), number, version, now);
        LOG.info(() -> "cmi5 import of " + structure.id() + " version " + version + " done in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        Cmi5Course saved = new Cmi5Course(course.id(), course.iri(), number, version, course.createdAt(), now);
        CourseVersion v = courses.version(course.id(), version).orElseThrow();
        return new CourseDetails(saved, v, structure, courses.versions(course.id()));
    }

    /** The TCOLE number to link to (the existing link when none is given); adds a problem when it is not usable. */
    public static String checkTcoleNumber(
            Catalogue catalogue, String raw, Optional<Cmi5Course> existing, List<ImportProblem> problems) {
        if (raw == null || raw.isBlank()) {
            if (existing.isPresent()) {
                return existing.get().tcoleNumber();
            }
            problems.add(ImportProblem.of(
                    TCOLE_RULE,
                    "tcoleNumber",
                    "query parameter tcoleNumber is required to link a new course to the catalogue"));
            return null;
        }
        Optional<String> formatProblem = TcoleCourseNumber.formatProblem(raw.strip());
        if (formatProblem.isPresent()) {
            problems.add(ImportProblem.of(TCOLE_RULE, "tcoleNumber", formatProblem.get()));
            return null;
        }
        TcoleCourseNumber number = TcoleCourseNumber.of(raw);
        if (catalogue.find(number).isEmpty()) {
            problems.add(ImportProblem.of(TCOLE_RULE, "tcoleNumber", "no course " + number + " in the catalogue"));
        }
        return number.value();
    }

    /** As {@link #checkTcoleNumber}, against this service's catalogue. */
    public String linkedTcoleNumber(String raw, Optional<Cmi5Course> existing, List<ImportProblem> problems) {
        return checkTcoleNumber(catalogue, raw, existing, problems);
    }

    /** Stores every file of a package version (shared with Tin Can imports); refuses the package when one fails. */
    public static void storeFiles(
            Cmi5CourseRepository courses, long maxUnpackedBytes, long versionId, PackageFiles files, String courseIri) {
        long budget = maxUnpackedBytes;
        int stored = 0;
        int total = files.paths().size();
        for (String path : files.paths()) {
            long size;
            try (InputStream in = files.open(path)) {
                size = courses.insertFile(versionId, path, in, budget);
            } catch (IOException e) {
                // a corrupt entry is the package's fault: refuse it (the transaction rolls back)
                throw new PackageRejectedException(List.of(ImportProblem.of(
                        "cmi5 §14.1 (ZIP format)",
                        "zip entry '" + path + "'",
                        "cannot be unpacked: " + e.getMessage())));
            }
            if (size < 0) {
                throw new PackageRejectedException(List.of(ImportProblem.of(
                        "cmi5 §14.1 (ZIP format)",
                        null,
                        "the files unpack to more than " + maxUnpackedBytes + " bytes")));
            }
            budget -= size;
            if (++stored % 500 == 0) {
                int done = stored;
                LOG.info(() -> "cmi5 import of " + courseIri + ": " + done + "/" + total + " files stored");
            }
        }
    }

    public List<Cmi5Course> list() {
        return courses.list();
    }

    /** The course with its latest (or the given) version and structure. */
    public Optional<CourseDetails> find(long id, Integer version) {
        return courses.find(id)
                .flatMap(c -> courses.version(c.id(), version == null ? c.latestVersion() : version)
                        .map(v -> new CourseDetails(c, v, courses.structure(v), courses.versions(c.id()))));
    }

    /**
     * Deletes the course with all versions and files; in the same transaction, every credential of its sessions is
     * revoked (they would otherwise outlive the sessions that limit them).
     */
    @Transactional
    public boolean delete(long id) {
        launchAccess.revokeCourse(id);
        return courses.delete(id);
    }
}
