package org.alerrt.tracker.cmi5.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import org.alerrt.tracker.cmi5.application.RegistrationService;
import org.alerrt.tracker.cmi5.application.TinCanLaunchService;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.AuProgress;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.ApiException;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * Admin API of cmi5 registrations, {@code /api/cmi5/registrations} (role admin through web.xml {@code /api/*}):
 * register a learner on a course (§9.6.1), read its progress, launch an AU (§8.1). Registrations and launches of
 * Tin Can courses go to {@link TinCanLaunchService} (any Agent IFI; launch answers the Tin Can launch URL).
 */
@Path("cmi5/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class Cmi5RegistrationsResource {

    @Inject
    RegistrationService service;

    @Inject
    TinCanLaunchService tinCan;

    @Context
    HttpServletRequest http;

    /** {@code {"courseId": n, "actor": {...}, "registration"?: uuid, "firstName"?, "lastName"?}} → 201. */
    @POST
    public Response register(String body) {
        JsonObject in = body(body);
        JsonValue course = in.get("courseId");
        if (course == null || course.getValueType() != JsonValue.ValueType.NUMBER
                || !in.getJsonNumber("courseId").isIntegral()) {
            throw ApiException.badRequest("courseId", "is required: the number of the cmi5 course");
        }
        JsonValue actor = in.get("actor");
        if (actor != null && actor.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiException.badRequest("actor", "must be an xAPI Agent object (cmi5 §9.2)");
        }
        String by = CurrentCaller.of(http).map(Caller::name).orElse("admin");
        long courseId = in.getJsonNumber("courseId").longValue();
        if (tinCan.isTinCanCourse(courseId)) {
            TinCanLaunchService.TinCanRegistration r = tinCan.register(courseId,
                    actor == null ? null : actor.asJsonObject(), text(in, "registration"), text(in, "firstName"),
                    text(in, "lastName"), by);
            return Response.created(URI.create("cmi5/registrations/" + r.registration().registration()))
                    .entity(TinCanJson.registration(r).toString()).build();
        }
        RegistrationService.Progress p = service.register(in.getJsonNumber("courseId").longValue(),
                actor == null ? null : actor.asJsonObject(), text(in, "registration"), text(in, "firstName"),
                text(in, "lastName"), by);
        return Response.created(URI.create("cmi5/registrations/" + p.registration().registration()))
                .entity(progress(p).toString()).build();
    }

    @GET
    @Path("{registration}")
    public String get(@PathParam("registration") String registration) {
        var tinCanRegistration = tinCan.find(registration);
        if (tinCanRegistration.isPresent()) {
            return TinCanJson.registration(tinCanRegistration.get()).toString();
        }
        return service.progress(registration).map(Cmi5RegistrationsResource::progress)
                .orElseThrow(() -> ApiException.notFound("no cmi5 registration " + registration)).toString();
    }

    /** {@code {"au": id or 1-based position, "launchMode"?: "Normal", "returnUrl"?: url}} → url and session id. */
    @POST
    @Path("{registration}/launch")
    public String launch(@PathParam("registration") String registration, String body) {
        if (tinCan.isTinCanRegistration(registration)) {
            return TinCanJson.launched(tinCan.launch(registration)).toString(); // Tin Can: no AU, no body needed
        }
        JsonObject in = body(body);
        RegistrationService.Launched l = service.launch(registration, text(in, "au"), text(in, "launchMode"),
                text(in, "returnUrl"));
        return CachedJson.objectBuilder().add("url", l.url()).add("sessionId", l.sessionId()).build().toString();
    }

    /** {@code {"au": id or position, "reason": "..."}} → the registration's progress (cmi5 §9.3.7). */
    @POST
    @Path("{registration}/waive")
    public String waive(@PathParam("registration") String registration, String body) {
        JsonObject in = body(body);
        return progress(service.waive(registration, text(in, "au"), text(in, "reason"))).toString();
    }

    /** Abandons an active AU session (cmi5 §9.3.6) → 204. */
    @POST
    @Path("{registration}/sessions/{session}/abandon")
    @Consumes(MediaType.WILDCARD)
    public Response abandon(@PathParam("registration") String registration, @PathParam("session") String session) {
        service.abandon(registration, session);
        return Response.noContent().build();
    }

    static JsonObject progress(RegistrationService.Progress p) {
        String courseIri = p.course().iri();
        JsonArrayBuilder aus = CachedJson.arrayBuilder();
        int position = 0;
        for (AssignableUnit au : p.structure().aus()) {
            AuProgress a = p.aus().getOrDefault(au.id(), AuProgress.NONE);
            aus.add(CachedJson.objectBuilder()
                    .add("position", ++position)
                    .add("id", au.id())
                    .add("activityId", p.ids().au(courseIri, au.id()))
                    .add("moveOn", au.moveOn().name())
                    .add("completed", a.completed())
                    .add("passed", a.passed())
                    .add("failed", a.failed())
                    .add("waived", a.waived())
                    .add("satisfied", p.result().satisfiedAus().contains(au.id())));
        }
        JsonArrayBuilder blocks = CachedJson.arrayBuilder();
        for (Block b : p.structure().blocks()) {
            blocks.add(CachedJson.objectBuilder().add("id", b.id())
                    .add("activityId", p.ids().block(courseIri, b.id()))
                    .add("satisfied", p.result().newlySatisfiedBlocks().contains(b.id())));
        }
        JsonObjectBuilder out = CachedJson.objectBuilder()
                .add("registration", p.registration().registration())
                .add("courseId", p.course().id())
                .add("cmi5CourseId", courseIri)
                .add("version", p.registration().version())
                .add("learnerId", p.registration().learnerId())
                .add("actor", CachedJson.reader(new StringReader(p.registration().actor())).readObject())
                .add("courseActivityId", p.ids().course(courseIri))
                .add("satisfied", p.result().courseSatisfied())
                .add("aus", aus)
                .add("blocks", blocks);
        return out.build();
    }

    private static JsonObject body(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("body", "send a JSON object");
        }
        try (var r = CachedJson.reader(new StringReader(body))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.badRequest("body", "not a JSON object: " + e.getMessage());
        }
    }

    private static String text(JsonObject in, String key) {
        JsonValue v = in.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        return switch (v.getValueType()) {
            case STRING -> in.getString(key);
            case NUMBER -> v.toString();
            default -> throw ApiException.badRequest(key, "must be a string");
        };
    }
}
