package org.alerrt.tracker.cmi5.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.cmi5.adapters.packaging.CoursePackageReader;
import org.alerrt.tracker.cmi5.adapters.packaging.CourseStructureSchema;
import org.alerrt.tracker.cmi5.adapters.packaging.TinCanPackageReader;
import org.alerrt.tracker.cmi5.application.Cmi5CourseService;
import org.alerrt.tracker.cmi5.application.Cmi5Settings;
import org.alerrt.tracker.cmi5.application.CourseDetails;
import org.alerrt.tracker.cmi5.application.CoursePackage;
import org.alerrt.tracker.cmi5.application.TinCanCourseDetails;
import org.alerrt.tracker.cmi5.application.TinCanCourseService;
import org.alerrt.tracker.cmi5.application.TinCanPackage;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.ApiException;

/**
 * Admin API of cmi5 and Tin Can courses, {@code /api/cmi5/courses} (role admin through web.xml {@code /api/*}). Import is
 * synchronous: the answer comes when the package is stored whole (or refused with every reason).
 */
@Path("cmi5/courses")
@Produces(MediaType.APPLICATION_JSON)
public class Cmi5CoursesResource {

    private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-zip-compressed",
            "application/x-zip", "application/octet-stream");
    private static final Set<String> XML_TYPES = Set.of("application/xml", "text/xml");
    /** Parsing the schema once: a Schema is thread-safe and costly to build. */
    private static final CourseStructureSchema SCHEMA = new CourseStructureSchema();

    @Inject
    Cmi5CourseService service;

    @Inject
    Cmi5Settings settings;

    @Inject
    TinCanCourseService tinCan;

    @Context
    HttpServletRequest http;

    @GET
    public String list() {
        return Cmi5CourseJson.list(service.list());
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id, @QueryParam("version") String version) {
        Integer v = version == null ? null : (int) Math.min(positive(version, "version"), Integer.MAX_VALUE);
        long courseId = positive(id, "id");
        Optional<JsonObject> tinCanCourse = tinCan.find(courseId, v).map(TinCanJson::details);
        if (tinCanCourse.isPresent()) {
            return tinCanCourse.get().toString();
        }
        return service.find(courseId, v).map(Cmi5CourseJson::details)
                .orElseThrow(() -> ApiException.notFound("No such cmi5 course" + (v == null ? "" : " version")))
                .toString();
    }

    /**
     * Imports a package: a zip with cmi5.xml at its root, or a standalone cmi5.xml (cmi5 §14), or a Tin Can zip
     * with tincan.xml (and no cmi5.xml) at its root. 201 with the course and its AUs (activities for Tin Can) in
     * order; 400 listing every problem; nothing is stored unless everything is valid.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importPackage(@HeaderParam("Content-Type") String contentType,
                                  @QueryParam("tcoleNumber") String tcoleNumber, InputStream body) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!ZIP_TYPES.contains(type) && !XML_TYPES.contains(type)) {
            throw new ApiException(415, "Content-Type", "send the package as application/zip, or cmi5.xml as "
                    + "application/xml or text/xml; got '" + type + "'");
        }
        java.nio.file.Path file = spool(body);
        try {
            CoursePackageReader.Limits limits = new CoursePackageReader.Limits(settings.maxUnpackedBytes(),
                    settings.maxEntries(), settings.maxXmlBytes());
            if (TinCanPackageReader.isTinCan(file)) {
                return importTinCan(new TinCanPackageReader(limits).read(file), tcoleNumber);
            }
            CoursePackageReader reader = new CoursePackageReader(SCHEMA, limits);
            CoursePackage pkg = reader.read(file);
            try (var files = pkg.files()) {
                String by = CurrentCaller.of(http).map(Caller::name).orElse("admin");
                CourseDetails imported = service.importPackage(pkg, tcoleNumber, by);
                return Response.created(URI.create("cmi5/courses/" + imported.course().id()))
                        .entity(Cmi5CourseJson.details(imported).toString()).build();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is removed with the temp directory
            }
        }
    }

    private Response importTinCan(TinCanPackage pkg, String tcoleNumber) throws IOException {
        try (var files = pkg.files()) {
            String by = CurrentCaller.of(http).map(Caller::name).orElse("admin");
            TinCanCourseDetails imported = tinCan.importPackage(pkg, tcoleNumber, by);
            return Response.created(URI.create("cmi5/courses/" + imported.course().id()))
                    .entity(TinCanJson.details(imported).toString()).build();
        }
    }

    /** Deletes the course (either format) with its versions, files and registrations. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        long courseId = positive(id, "id");
        if (tinCan.find(courseId, null).isPresent()) {
            tinCan.delete(courseId);
            return Response.noContent().build();
        }
        if (!service.delete(courseId)) {
            throw ApiException.notFound("No such cmi5 course");
        }
        return Response.noContent().build();
    }

    /** Streams the body to a temp file (a zip must be read from a file), refusing more than the limit with 413. */
    private java.nio.file.Path spool(InputStream body) {
        long max = settings.maxPackageBytes();
        if (http != null && http.getContentLengthLong() > max) {
            throw tooLarge(max);
        }
        try {
            java.nio.file.Path file = Files.createTempFile("cmi5-import-", ".pkg");
            try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > max) {
                        throw tooLarge(max);
                    }
                    out.write(buffer, 0, n);
                }
                if (total == 0) {
                    throw ApiException.badRequest("body", "the request has no body: send the zip or cmi5.xml");
                }
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(413, null, "The package exceeds the limit of " + max
                + " bytes (tracker.cmi5.max-package-bytes)");
    }

    private static long positive(String raw, String name) {
        try {
            long v = Long.parseLong(raw.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(name, name + " must be a positive whole number, got '" + raw + "'");
    }
}
