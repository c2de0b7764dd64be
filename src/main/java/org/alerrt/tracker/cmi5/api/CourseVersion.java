package org.alerrt.tracker.cmi5.api;

import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import org.alerrt.tracker.platform.json.CachedJson;

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

    /** One entry of a course's list of versions (both formats). */
    public JsonObjectBuilder summaryJson() {
        return CachedJson.objectBuilder()
                .add("version", version)
                .add("status", status.name())
                .add("importedAt", importedAt.toString());
    }

    public enum Status {
        IMPORTING,
        READY
    }
}
