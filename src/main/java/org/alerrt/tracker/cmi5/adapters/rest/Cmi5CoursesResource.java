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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.cmi5.adapters.packaging.CoursePackageReader;
import org.alerrt.tracker.cmi5.adapters.packaging.CourseStructureSchema;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageLimits;
import org.alerrt.tracker.cmi5.api.TinCanEndpoints;
import org.alerrt.tracker.cmi5.application.Cmi5CourseService;
import org.alerrt.tracker.cmi5.application.Cmi5Settings;
import org.alerrt.tracker.cmi5.application.CourseDetails;
import org.alerrt.tracker.cmi5.application.CoursePackage;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.BoundedBody;
import org.alerrt.tracker.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admin API of cmi5 and Tin Can courses, {@code /api/cmi5/courses} (role admin through web.xml {@code /api/*}). Import is
 * synchronous: the answer comes when the package is stored whole (or refused with every reason).
 */
@Path("cmi5/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "cmi5 courses",
        description = "Import cmi5 course packages (cmi5 §13, §14), read their structure and"
                + " versions, delete them. Role admin (HTTP Basic).")
public class Cmi5CoursesResource {

    private static final Set<String> ZIP_TYPES =
            Set.of("application/zip", "application/x-zip-compressed", "application/x-zip", "application/octet-stream");
    private static final Set<String> XML_TYPES = Set.of("application/xml", "text/xml");
    /** Parsing the schema once: a Schema is thread-safe and costly to build. */
    private static final CourseStructureSchema SCHEMA = new CourseStructureSchema();

    @Inject
    Cmi5CourseService service;

    @Inject
    Cmi5Settings settings;

    @Inject
    TinCanEndpoints tinCan;

    @Context
    HttpServletRequest http;

    @GET
    @Operation(
            summary = "List cmi5 courses",
            description = "Every imported course: id (used in URLs), cmi5 course"
                    + " id (IRI), linked TCOLE course number and latest version.")
    @APIResponse(
            responseCode = "200",
            description = "the courses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "no or wrong credentials")
    @APIResponse(responseCode = "403", description = "the caller is not an admin")
    public String list() {
        return Cmi5CourseJson.list(service.list());
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "Read a cmi5 course",
            description = "The latest (or the given) version with its structure"
                    + " (blocks and AUs as a tree and as a flat list in cmi5.xml order, each AU with its launchUrl), its"
                    + " objectives and the list of versions.")
    @APIResponse(
            responseCode = "200",
            description = "the course version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "id or version is not a positive whole number")
    @APIResponse(responseCode = "404", description = "no such course or version")
    public String get(
            @Parameter(description = "the course number from the import answer") @PathParam("id") String id,
            @Parameter(
                            name = "version",
                            in = ParameterIn.QUERY,
                            description = "a version number (1, 2, ...); the latest when left out")
                    @QueryParam("version")
                    String version) {
        Integer v =
                version == null ? null : (int) Math.min(QueryParams.requiredId(version, "version"), Integer.MAX_VALUE);
        long courseId = QueryParams.requiredId(id, "id");
        Optional<JsonObject> tinCanCourse = tinCan.course(courseId, v);
        if (tinCanCourse.isPresent()) {
            return tinCanCourse.get().toString();
        }
        return service.find(courseId, v)
                .map(Cmi5CourseJson::details)
                .orElseThrow(() -> Refusal.notFound("No such cmi5 course" + (v == null ? "" : " version")))
                .toString();
    }

    /**
     * Imports a package: a zip with cmi5.xml at its root, or a standalone cmi5.xml (cmi5 §14), or a Tin Can zip
     * with tincan.xml (and no cmi5.xml) at its root. 201 with the course and its AUs (activities for Tin Can) in
     * order; 400 listing every problem; nothing is stored unless everything is valid.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Import a cmi5 course package",
            description =
                    "A zip with cmi5.xml at its root (32- or"
                            + " 64-bit), or a standalone cmi5.xml whose AU URLs are all absolute (cmi5 §14). Importing the same"
                            + " course id again adds a version; existing registrations keep theirs. Synchronous and all or nothing.")
    @RequestBody(
            required = true,
            description = "the package bytes",
            content = {
                @Content(mediaType = "application/zip"),
                @Content(mediaType = "application/xml"),
                @Content(mediaType = "text/xml")
            })
    @APIResponse(
            responseCode = "201",
            description = "imported; Location names the course; the body is the course" + " with its structure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(
            responseCode = "400",
            description = "the package is invalid: error.reasons lists every problem"
                    + " (rule, location, message); nothing was stored")
    @APIResponse(responseCode = "413", description = "larger than tracker.cmi5.max-package-bytes")
    @APIResponse(responseCode = "415", description = "Content-Type is not a zip or XML type")
    public Response importPackage(
            @HeaderParam("Content-Type") String contentType,
            @Parameter(
                            name = "tcoleNumber",
                            in = ParameterIn.QUERY,
                            description = "TCOLE"
                                    + " number of the catalogue course this cmi5 course counts for; required"
                                    + " on the first import, optional later (giving it changes the link)")
                    @QueryParam("tcoleNumber")
                    String tcoleNumber,
            InputStream body) {
        String type =
                contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!ZIP_TYPES.contains(type) && !XML_TYPES.contains(type)) {
            return Response.status(415)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Cmi5CourseJson.rejected(
                                    415,
                                    List.of(ImportProblem.of(
                                            "tracker: package Content-Type",
                                            "Content-Type",
                                            "send the package as "
                                                    + "application/zip (or application/octet-stream), or cmi5.xml as application/xml or"
                                                    + " text/xml; got '" + type + "'")))
                            .toString())
                    .build();
        }
        java.nio.file.Path file = spool(body);
        try {
            PackageLimits limits =
                    new PackageLimits(settings.maxUnpackedBytes(), settings.maxEntries(), settings.maxXmlBytes());
            String by = CurrentCaller.of(http).map(Caller::name).orElse("admin");
            Optional<TinCanEndpoints.Created> tinCanCourse = tinCan.importPackage(file, limits, tcoleNumber, by);
            if (tinCanCourse.isPresent()) {
                return Response.created(URI.create(tinCanCourse.get().location()))
                        .entity(tinCanCourse.get().body().toString())
                        .build();
            }
            CoursePackageReader reader = new CoursePackageReader(SCHEMA, limits);
            // sent as a zip (octet-stream says nothing): a body that is not one is refused as such
            CoursePackage pkg = reader.read(file, ZIP_TYPES.contains(type) && !"application/octet-stream".equals(type));
            try (var files = pkg.files()) {
                CourseDetails imported = service.importPackage(pkg, tcoleNumber, by);
                return Response.created(
                                URI.create("cmi5/courses/" + imported.course().id()))
                        .entity(Cmi5CourseJson.details(imported).toString())
                        .build();
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

    /** Deletes the course (either format) with its versions, files and registrations. */
    @DELETE
    @Path("{id}")
    @Operation(
            summary = "Delete a cmi5 or Tin Can course",
            description = "The course, every version, its"
                    + " structure, files, registrations and sessions or launches (statements stay in the LRS).")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such course")
    public Response delete(@Parameter(description = "the course number") @PathParam("id") String id) {
        long courseId = QueryParams.requiredId(id, "id");
        if (tinCan.delete(courseId)) {
            return Response.noContent().build();
        }
        if (!service.delete(courseId)) {
            throw Refusal.notFound("No such cmi5 course");
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
            try (InputStream in = body;
                    OutputStream out = Files.newOutputStream(file)) {
                if (BoundedBody.copy(in, out, max, () -> tooLarge(max)) == 0) {
                    throw Refusal.invalid("body", "the request has no body: send the zip or cmi5.xml");
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

    private static Refusal tooLarge(long max) {
        return new Refusal(
                Refusal.Kind.TOO_LARGE,
                null,
                "The package exceeds the limit of " + max + " bytes (tracker.cmi5.max-package-bytes)");
    }
}
