package org.alerrt.tracker.cmi5.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * An imported course, keyed by its cmi5 course id (IRI; for Tin Can the launched activity's id) and linked to a
 * catalogue course by TCOLE number. {@code id} is the LMS's own number used in URLs; every import adds a version,
 * {@code latestVersion} is the one new registrations use; {@code format} stays what the first import was.
 */
public record Cmi5Course(
        long id,
        String iri,
        String tcoleNumber,
        int latestVersion,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        CourseFormat format) {

    public Cmi5Course {
        format = format == null ? CourseFormat.CMI5 : format;
    }

    /** A cmi5 course. */
    public Cmi5Course(
            long id,
            String iri,
            String tcoleNumber,
            int latestVersion,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
        this(id, iri, tcoleNumber, latestVersion, createdAt, updatedAt, CourseFormat.CMI5);
    }

    /** The course as the admin API answers it, in either format (the envelope of {@link TinCanEndpoints#course}). */
    public JsonObject toJson() {
        return CachedJson.objectBuilder()
                .add("id", id)
                .add("courseId", iri)
                .add("format", format.name())
                .add("tcoleNumber", tcoleNumber)
                .add("latestVersion", latestVersion)
                .add("createdAt", createdAt.toString())
                .add("updatedAt", updatedAt.toString())
                .add("href", "/api/cmi5/courses/" + id)
                .build();
    }

    /** The course with one of its versions: the envelope both formats' course details share. */
    public JsonObjectBuilder toJson(CourseVersion v) {
        return CachedJson.objectBuilder(toJson())
                .add("version", v.version())
                .add("status", v.status().name())
                .add("packageKind", v.kind().name())
                .add("title", v.title().toJson())
                .add("description", v.description().toJson())
                .add("importedAt", v.importedAt().toString())
                .add("importedBy", v.importedBy());
    }

    /** Where the files of one version are served ({@code /content/*}), the base of relative launch URLs. */
    public String contentBase(CourseVersion v) {
        return "/content/" + id + "/" + v.version() + "/";
    }
}
