package org.alerrt.tracker.cmi5.api;

import java.time.OffsetDateTime;

/**
 * One import of a course. Its structure and files never change after the import, so a registration made on it
 * keeps launching the same content; status is IMPORTING only inside the importing transaction.
 */
public record CourseVersion(
        long id,
        long courseId,
        int version,
        Status status,
        PackageKind kind,
        LangString title,
        LangString description,
        int auCount,
        int blockCount,
        int fileCount,
        OffsetDateTime importedAt,
        String importedBy) {

    public enum Status {
        IMPORTING,
        READY
    }
}
