package org.alerrt.tracker.training.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.BoundedBody;
import org.alerrt.tracker.platform.web.JsonBody;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.application.CatalogueService;
import org.alerrt.tracker.training.domain.CompletionRule;
import org.alerrt.tracker.training.domain.CourseDefinition;
import org.alerrt.tracker.training.domain.Delivery;

/** Admin API of the course catalogue: {@code /api/courses}. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    CatalogueService catalogue;

    @Inject
    ServerSettings server;

    @GET
    public String list() {
        return TrainingJson.array(catalogue.list(), TrainingJson::course);
    }

    @GET
    @Path("{number}")
    public String get(@PathParam("number") String number) {
        TcoleCourseNumber n = TcoleCourseNumber.of(number);
        return TrainingJson.course(
                        catalogue.find(n).orElseThrow(() -> Refusal.notFound("no course " + n + " in the catalogue")))
                .toString();
    }

    /** Creates (201) or replaces (200) a course. */
    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("number") String number, InputStream body) {
        TcoleCourseNumber n = TcoleCourseNumber.of(number);
        CourseDefinition definition = definition(n, JsonBody.object(BoundedBody.read(body, server.maxBodyBytes())));
        CatalogueService.Saved saved = catalogue.save(definition);
        return Response.status(saved.created() ? 201 : 200)
                .entity(TrainingJson.course(saved.course()).toString())
                .build();
    }

    static CourseDefinition definition(TcoleCourseNumber number, JsonObject o) {
        String inBody = JsonBody.optionalString(o, "tcoleNumber");
        if (inBody != null && !inBody.strip().equals(number.value())) {
            throw Refusal.invalid(
                    "tcoleNumber",
                    "tcoleNumber in the body (" + inBody + ") differs from the one in the URL (" + number + ")");
        }
        String rule = JsonBody.optionalString(o, "completionRule");
        return new CourseDefinition(
                number,
                JsonBody.requiredString(o, "title"),
                Delivery.parse(JsonBody.requiredString(o, "delivery"), "delivery"),
                JsonBody.requiredInt(o, "creditHours"),
                JsonBody.requiredBoolean(o, "countsTowardMandate"),
                rule == null ? CompletionRule.PASSED : CompletionRule.parse(rule, "completionRule"),
                JsonBody.stringArray(o, "activityIris"));
    }
}
