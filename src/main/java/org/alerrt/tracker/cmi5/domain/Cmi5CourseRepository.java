package org.alerrt.tracker.cmi5.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.CourseVersion;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.api.Registration;

/** Imported courses, their versions, structures and files. Writes join the caller's transaction. */
public interface Cmi5CourseRepository {

    /** The course with this cmi5 course id, locked until the transaction ends (serializes re-imports). */
    Optional<Cmi5Course> findByIriForUpdate(String iri);

    Cmi5Course insertCourse(String iri, String tcoleNumber, CourseFormat format, OffsetDateTime now);

    void updateCourse(long id, String tcoleNumber, int latestVersion, OffsetDateTime now);

    /** @return the version's id */
    long insertVersion(
            long courseId,
            int version,
            PackageKind kind,
            CourseStructure structure,
            int fileCount,
            OffsetDateTime now,
            String by);

    void markReady(long versionId);

    /** Inserts all blocks and AUs in document order, in batches. */
    void insertStructure(long versionId, CourseStructure structure);

    /**
     * Stores one file in chunks.
     *
     * @param maxBytes most bytes this file may have (what is left of the unpacked budget)
     * @return the bytes stored, or -1 when the file was larger than maxBytes (nothing usable stored)
     */
    long insertFile(long versionId, String path, InputStream content, long maxBytes) throws IOException;

    List<Cmi5Course> list();

    /** The URLs with a scheme among the AU urls and Tin Can launches of every imported version (content elsewhere). */
    List<String> absoluteLaunchUrls();

    Optional<Cmi5Course> find(long id);

    List<CourseVersion> versions(long courseId);

    Optional<CourseVersion> version(long courseId, int version);

    CourseStructure structure(CourseVersion version);

    /** The structure of the course version the registration is pinned to. */
    default CourseStructure structureOf(Registration registration) {
        return structure(
                version(registration.courseId(), registration.version()).orElseThrow());
    }

    boolean delete(long id);

    Optional<StoredFile> file(long courseId, int version, String path);

    void copyFile(StoredFile file, OutputStream out) throws IOException;
}
