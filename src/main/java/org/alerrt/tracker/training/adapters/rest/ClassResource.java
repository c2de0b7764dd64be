package org.alerrt.tracker.training.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.BoundedBody;
import org.alerrt.tracker.platform.web.JsonBody;
import org.alerrt.tracker.platform.web.QueryParams;
import org.alerrt.tracker.training.application.ClassCsv;
import org.alerrt.tracker.training.application.ClassRecord;
import org.alerrt.tracker.training.application.ClassService;
import org.alerrt.tracker.training.application.CsvProblem;
import org.alerrt.tracker.training.domain.TrainingClass;

/**
 * In-person classes (admin): {@code POST /api/classes} one class as JSON, {@code POST /api/classes/import} a CSV of
 * attendees ({@link ClassCsv}), {@code GET /api/classes} newest first, {@code GET /api/classes/{id}}.
 */
@Path("classes")
@Produces(MediaType.APPLICATION_JSON)
public class ClassResource {

    @Inject
    ClassService classes;

    @Inject
    ServerSettings server;

    @Context
    HttpServletRequest http;

    /**
     * Body {@code {"reference", "tcoleNumber", "delivery"?, "instructors": [pid], "blockDays": ["2026-09-14"],
     * "hours"?, "moduleDescription"?, "attendees": [{"pid", "outcome"}]}}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        JsonObject o = JsonBody.object(BoundedBody.read(body, server.maxBodyBytes()));
        List<ClassRecord.Attendance> attendees = new ArrayList<>();
        if (!(o.get("attendees") instanceof JsonArray list)) {
            throw Refusal.invalid("attendees", "attendees is required: [{\"pid\": …, \"outcome\": …}]");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof JsonObject a)) {
                throw Refusal.invalid("attendees[" + i + "]", "must be an object {\"pid\", \"outcome\"}");
            }
            attendees.add(new ClassRecord.Attendance(
                    0, JsonBody.requiredString(a, "pid"), JsonBody.requiredString(a, "outcome")));
        }
        Integer hours =
                o.get("hours") == null || o.get("hours") == JsonValue.NULL ? null : JsonBody.requiredInt(o, "hours");
        ClassRecord record = new ClassRecord(
                0,
                JsonBody.requiredString(o, "reference"),
                JsonBody.requiredString(o, "tcoleNumber"),
                JsonBody.optionalString(o, "delivery"),
                JsonBody.stringArray(o, "instructors"),
                JsonBody.stringArray(o, "blockDays"),
                hours,
                JsonBody.optionalString(o, "moduleDescription"),
                attendees);
        TrainingClass c = classes.record(List.of(record), by()).get(0);
        return Response.created(URI.create("classes/" + c.id()))
                .entity(json(c).toString())
                .build();
    }

    /** All or nothing: any bad line refuses the file with every problem listed. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public String importCsv(InputStream body) {
        ClassCsv.Parsed parsed =
                ClassCsv.parse(new String(BoundedBody.read(body, server.maxBodyBytes()), StandardCharsets.UTF_8));
        if (!parsed.problems().isEmpty()) {
            CsvProblem first = parsed.problems().get(0);
            throw Refusal.invalid(
                    "line " + first.line() + ": " + first.field(),
                    parsed.problems().size()
                            + " bad line(s), nothing recorded: "
                            + parsed.problems().stream()
                                    .map(CsvProblem::toString)
                                    .collect(Collectors.joining("; ")));
        }
        List<TrainingClass> recorded = classes.record(parsed.classes(), by());
        JsonArrayBuilder a = CachedJson.arrayBuilder();
        recorded.forEach(c -> a.add(json(c)));
        return CachedJson.objectBuilder()
                .add("recorded", recorded.size())
                .add("classes", a)
                .build()
                .toString();
    }

    @GET
    public String list(@QueryParam("before") String before, @QueryParam("limit") String limit) {
        Long beforeId = QueryParams.positiveId(before, "before");
        return TrainingJson.array(
                classes.list(beforeId == null ? 0 : beforeId, QueryParams.limit(limit, 100, 500)), ClassResource::json);
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return json(classes.find(QueryParams.requiredId(id, "id"))
                        .orElseThrow(() -> Refusal.notFound("no class " + id)))
                .toString();
    }

    private String by() {
        return CurrentCaller.of(http).map(Caller::name).orElse("admin");
    }

    static JsonObject json(TrainingClass c) {
        JsonArrayBuilder instructors = CachedJson.arrayBuilder();
        c.instructorPids().forEach(instructors::add);
        JsonArrayBuilder days = CachedJson.arrayBuilder();
        c.blockDays().forEach(d -> days.add(d.toString()));
        JsonArrayBuilder attendees = CachedJson.arrayBuilder();
        c.attendees()
                .forEach(a -> attendees.add(CachedJson.objectBuilder()
                        .add("learnerId", a.learnerId())
                        .add("outcome", a.outcome().name())
                        .add("statementId", a.statementId())));
        var b = CachedJson.objectBuilder()
                .add("id", c.id())
                .add("reference", c.reference())
                .add("tcoleNumber", c.tcoleNumber().value())
                .add("delivery", c.delivery().name())
                .add("instructors", instructors)
                .add("blockDays", days)
                .add("firstDay", c.firstDay().toString())
                .add("lastDay", c.lastDay().toString());
        if (c.hours() != null) {
            b.add("hours", c.hours());
        }
        if (c.moduleDescription() != null) {
            b.add("moduleDescription", c.moduleDescription());
        }
        return b.add("attendees", attendees)
                .add("recordedBy", c.recordedBy())
                .add("recordedAt", c.recordedAt().toString())
                .build();
    }
}
