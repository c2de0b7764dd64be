package org.alerrt.tracker.cmi5.adapters.rest;

import static org.alerrt.tracker.platform.web.JsonBody.text;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
import java.net.URI;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.TinCanEndpoints;
import org.alerrt.tracker.cmi5.application.AuLaunches;
import org.alerrt.tracker.cmi5.application.AuWaivers;
import org.alerrt.tracker.cmi5.application.Registrations;
import org.alerrt.tracker.cmi5.application.SessionEnding;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admin API of cmi5 registrations, {@code /api/cmi5/registrations} (role admin through web.xml {@code /api/*}):
 * register a learner on a course (§9.6.1), read its progress, launch an AU (§8.1). Registrations and launches of
 * Tin Can courses go to the tincan context through {@link TinCanEndpoints} (any Agent IFI; launch answers the Tin Can launch URL).
 */
@Path("cmi5/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "cmi5 registrations",
        description = "Register learners on cmi5 courses (cmi5 §9.6.1), launch AUs"
                + " (§8.1), waive AUs (§9.3.7), abandon sessions (§9.3.6) and read progress. Role admin (HTTP Basic).")
public class Cmi5RegistrationsResource {

    @Inject
    Registrations service;

    @Inject
    AuLaunches launches;

    @Inject
    AuWaivers waivers;

    @Inject
    SessionEnding sessions;

    @Inject
    TinCanEndpoints tinCan;

    @Context
    HttpServletRequest http;

    /** {@code {"courseId": n, "actor": {...}, "registration"?: uuid, "firstName"?, "lastName"?}} → 201. */
    @POST
    @Operation(
            summary = "Register a learner on a cmi5 course",
            description =
                    "Pinned to the course's latest"
                            + " version. The learner is found by actor or created (names from the request, else from actor.name)."
                            + " moveOn is evaluated at once: NotApplicable AUs and what they satisfy are reported (cmi5 §9.6.1).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "register",
                                            value = "{\"courseId\": 1, \"actor\": {\"objectType\":"
                                                    + " \"Agent\", \"name\": \"Casey Learner\", \"account\": {\"homePage\":"
                                                    + " \"https://lms.example.org\", \"name\": \"casey\"}}, \"registration\":"
                                                    + " \"760e3480-ba55-4991-94b0-01820dbd23a2\", \"firstName\": \"Casey\", \"lastName\":"
                                                    + " \"Learner\"}")))
    @APIResponse(
            responseCode = "201",
            description = "registered; Location names it; the body is its progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(
            responseCode = "400",
            description = "courseId missing or unknown, actor not an Agent with an"
                    + " account (cmi5 §9.2), registration not a UUID; error.property names the field")
    @APIResponse(responseCode = "409", description = "the registration id exists already")
    public Response register(String body) {
        JsonObject in = JsonBody.object(body);
        JsonValue course = in.get("courseId");
        if (course == null
                || course.getValueType() != JsonValue.ValueType.NUMBER
                || !in.getJsonNumber("courseId").isIntegral()) {
            throw Refusal.invalid("courseId", "is required: the number of the cmi5 course");
        }
        JsonValue actor = in.get("actor");
        if (actor != null && actor.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Refusal.invalid("actor", "must be an xAPI Agent object (cmi5 §9.2)");
        }
        String by = CurrentCaller.of(http).map(Caller::name).orElse("admin");
        long courseId = in.getJsonNumber("courseId").longValue();
        JsonObject agent = actor == null ? null : actor.asJsonObject();
        String registration = text(in, "registration");
        String firstName = text(in, "firstName");
        String lastName = text(in, "lastName");
        var tinCanRegistration = tinCan.register(courseId, agent, registration, firstName, lastName, by);
        if (tinCanRegistration.isPresent()) {
            return Response.created(URI.create(tinCanRegistration.get().location()))
                    .entity(tinCanRegistration.get().body().toString())
                    .build();
        }
        Registrations.Progress p = service.register(courseId, agent, registration, firstName, lastName, by);
        return Response.created(
                        URI.create("cmi5/registrations/" + p.registration().registration()))
                .entity(progress(p).toString())
                .build();
    }

    @GET
    @Path("{registration}")
    @Operation(
            summary = "Read a registration's progress",
            description = "courseId, version, learnerId, actor,"
                    + " courseActivityId, satisfied (course), aus (position, id, generated activityId, moveOn,"
                    + " completed/passed/failed/waived, satisfied) and blocks (id, activityId, satisfied).")
    @APIResponse(
            responseCode = "200",
            description = "the progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "404", description = "no such registration")
    public String get(
            @Parameter(description = "the registration UUID") @PathParam("registration") String registration) {
        var tinCanRegistration = tinCan.registration(registration);
        if (tinCanRegistration.isPresent()) {
            return tinCanRegistration.get().toString();
        }
        return service.progress(registration)
                .map(Cmi5RegistrationsResource::progress)
                .orElseThrow(() -> Refusal.notFound("no cmi5 registration " + registration))
                .toString();
    }

    /** {@code {"au": id or 1-based position, "launchMode"?: "Normal", "returnUrl"?: url}} → url and session id. */
    @POST
    @Path("{registration}/launch")
    @Operation(
            summary = "Launch an AU",
            description = "Abandons an active session of the same AU (cmi5 §9.3.6),"
                    + " writes LMS.LaunchData (§10) and the learner's cmi5LearnerPreferences if absent (§11), stores"
                    + " \"launched\" (§9.3.1) and answers the URL to open: the AU URL with endpoint, fetch, actor,"
                    + " registration and activityId (§8.1). The fetch URL gives the AU its auth token once (§8.2). For a"
                    + " Tin Can registration the body is ignored: the URL carries endpoint, auth, actor, registration and"
                    + " activity_id with a new per-launch credential.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "launch",
                                            value = "{\"au\": \"1\", \"launchMode\": \"Normal\","
                                                    + " \"returnUrl\": \"https://lms.example.org/back\"}")))
    @APIResponse(
            responseCode = "200",
            description = "{\"url\": launch URL, \"sessionId\": the new session}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(
            responseCode = "400",
            description = "au unknown (id or 1-based position), launchMode not"
                    + " Normal/Browse/Review, returnUrl not absolute")
    @APIResponse(responseCode = "404", description = "no such registration")
    public String launch(
            @Parameter(description = "the registration UUID") @PathParam("registration") String registration,
            String body) {
        var tinCanLaunch = tinCan.launch(registration); // Tin Can: no AU, no body needed
        if (tinCanLaunch.isPresent()) {
            return tinCanLaunch.get().toString();
        }
        JsonObject in = JsonBody.object(body);
        AuLaunches.Launched l =
                launches.launch(registration, text(in, "au"), text(in, "launchMode"), text(in, "returnUrl"));
        return CachedJson.objectBuilder()
                .add("url", l.url())
                .add("sessionId", l.sessionId())
                .build()
                .toString();
    }

    /** {@code {"au": id or position, "reason": "..."}} → the registration's progress (cmi5 §9.3.7). */
    @POST
    @Path("{registration}/waive")
    @Operation(
            summary = "Waive an AU",
            description = "Stores one \"waived\" statement with the reason under a"
                    + " session id of its own (cmi5 §9.3.7); the AU then counts as satisfied and what that satisfies is"
                    + " reported (§9.3.9).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "waive",
                                            value = "{\"au\": \"2\", \"reason\":" + " \"Administrative\"}")))
    @APIResponse(
            responseCode = "200",
            description = "the registration's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "au unknown or reason missing (cmi5 §9.5.5.2)")
    @APIResponse(responseCode = "404", description = "no such registration")
    @APIResponse(responseCode = "409", description = "the AU is already waived in this registration")
    public String waive(
            @Parameter(description = "the registration UUID") @PathParam("registration") String registration,
            String body) {
        JsonObject in = JsonBody.object(body);
        return progress(waivers.waive(registration, text(in, "au"), text(in, "reason")))
                .toString();
    }

    /** Abandons an active AU session (cmi5 §9.3.6) → 204. */
    @POST
    @Path("{registration}/sessions/{session}/abandon")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Abandon an AU session",
            description = "Ends an active session: its auth token stops"
                    + " working and \"abandoned\" is stored with the session time as duration (cmi5 §9.3.6).")
    @APIResponse(responseCode = "204", description = "abandoned")
    @APIResponse(responseCode = "404", description = "no such registration, or no such session in it")
    @APIResponse(
            responseCode = "409",
            description =
                    "the session is not active (terminated, abandoned or waived):" + " one \"abandoned\" per session")
    public Response abandon(
            @Parameter(description = "the registration UUID") @PathParam("registration") String registration,
            @Parameter(description = "the session id from the launch answer") @PathParam("session") String session) {
        sessions.abandon(registration, session);
        return Response.noContent().build();
    }

    static JsonObject progress(Registrations.Progress p) {
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
            blocks.add(CachedJson.objectBuilder()
                    .add("id", b.id())
                    .add("activityId", p.ids().block(courseIri, b.id()))
                    .add("satisfied", p.result().newlySatisfiedBlocks().contains(b.id())));
        }
        JsonObjectBuilder out = CachedJson.objectBuilder()
                .add("registration", p.registration().registration())
                .add("courseId", p.course().id())
                .add("cmi5CourseId", courseIri)
                .add("version", p.registration().version())
                .add("learnerId", p.registration().learnerId())
                .add("actor", p.registration().actorJson())
                .add("courseActivityId", p.ids().course(courseIri))
                .add("satisfied", p.result().courseSatisfied())
                .add("aus", aus)
                .add("blocks", blocks);
        return out.build();
    }
}
