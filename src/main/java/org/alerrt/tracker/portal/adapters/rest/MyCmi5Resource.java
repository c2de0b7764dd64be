package org.alerrt.tracker.portal.adapters.rest;

import static org.alerrt.tracker.platform.web.JsonBody.text;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.CourseProgress;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.security.Roles;
import org.alerrt.tracker.platform.web.JsonBody;
import org.alerrt.tracker.portal.application.LearnerPortalService;
import org.alerrt.tracker.portal.application.PortalCourse;

/**
 * The signed-in learner's cmi5 courses, {@code /api/me/cmi5} (role learner, web.xml {@code /api/me/*}): the same
 * as the "My courses" page. Only ever the caller's own registrations, whatever the request names.
 */
@Path("me/cmi5")
@Produces(MediaType.APPLICATION_JSON)
public class MyCmi5Resource {

    @Inject
    LearnerPortalService portal;

    @Context
    HttpServletRequest http;

    @GET
    @Path("courses")
    public String courses() {
        JsonArrayBuilder out = CachedJson.arrayBuilder();
        portal.courses(learnerId()).forEach(c -> out.add(json(c)));
        return CachedJson.objectBuilder().add("courses", out).build().toString();
    }

    @GET
    @Path("courses/{id}")
    public String course(@PathParam("id") long courseId) {
        return json(portal.course(learnerId(), courseId)).toString();
    }

    /** Starts the course, or answers the learner's registration of it when there is one. */
    @POST
    @Path("courses/{id}/start")
    @Consumes(MediaType.WILDCARD)
    public String start(@PathParam("id") long courseId) {
        return json(portal.start(learnerId(), courseId)).toString();
    }

    /** A Tin Can course as a whole → url (with endpoint, auth, actor, registration, activity_id) and launch id. */
    @POST
    @Path("courses/{id}/launch")
    @Consumes(MediaType.WILDCARD)
    public String launchTinCan(@PathParam("id") long courseId) {
        return launched(portal.launchTinCan(learnerId(), courseId), "launchId");
    }

    /** {@code {"au": "<AU id>", "launchMode"?: "Normal"|"Browse"|"Review"}} → url, session id, launchMethod. */
    @POST
    @Path("registrations/{registration}/launch")
    @Consumes(MediaType.APPLICATION_JSON)
    public String launch(@PathParam("registration") String registration, String body) {
        JsonObject in = JsonBody.object(body);
        return launched(portal.launch(learnerId(), registration, text(in, "au"), text(in, "launchMode")), "sessionId");
    }

    /** A launch's answer; {@code idName} is what the format calls what was started (Tin Can launch, cmi5 session). */
    private static String launched(LearnerPortalService.PortalLaunch l, String idName) {
        return CachedJson.objectBuilder()
                .add("url", l.url())
                .add(idName, l.sessionId())
                .add("launchMethod", l.launchMethod().name())
                .build()
                .toString();
    }

    static JsonObject json(PortalCourse c) {
        JsonArrayBuilder rows = CachedJson.arrayBuilder();
        for (CourseProgress.Row r : c.rows()) {
            JsonObjectBuilder row = CachedJson.objectBuilder()
                    .add("type", r.block() ? "block" : "au")
                    .add("depth", r.depth())
                    .add("id", r.id())
                    .add("title", r.title())
                    .add("satisfied", r.satisfied());
            if (!r.block()) {
                AuProgress p = r.progress();
                JsonArrayBuilder modes = CachedJson.arrayBuilder();
                r.modes().forEach(m -> modes.add(m.name()));
                row.add("moveOn", r.moveOn())
                        .add("launchMethod", r.launchMethod())
                        .add("completed", p.completed())
                        .add("passed", p.passed())
                        .add("failed", p.failed())
                        .add("waived", p.waived())
                        .add("launchModes", modes);
            }
            rows.add(row);
        }
        JsonObjectBuilder out = CachedJson.objectBuilder()
                .add("courseId", c.course().id())
                .add("title", c.title())
                .add("tcoleNumber", c.tcoleNumber())
                .add("creditHours", c.creditHours())
                .add("format", c.course().format().name())
                .add("state", c.state().name())
                .add("version", c.version())
                .add("rows", rows);
        if (c.registrationId() != null) {
            out.add("registration", c.registrationId());
        }
        return out.build();
    }

    private long learnerId() {
        return CurrentCaller.of(http)
                .filter(c -> c.hasRole(Roles.LEARNER))
                .orElseThrow(
                        () -> new Refusal(Refusal.Kind.FORBIDDEN, null, "only a signed-in learner has cmi5 courses"))
                .id();
    }
}
