package org.alerrt.tracker.compliance.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alerrt.tracker.compliance.application.ComplianceRow;
import org.alerrt.tracker.compliance.application.ComplianceService;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.web.QueryParams;
import org.alerrt.tracker.training.api.OfficerStatus;
import org.alerrt.tracker.training.api.OfficerStatuses;

/**
 * The compliance view for administrators: {@code GET /api/compliance?agency=&on=&after=&limit=} (officers in learner
 * id order; page on with {@code after} = {@code next}) and {@code GET /api/compliance/csv} (all of them).
 */
@Path("compliance")
public class ComplianceResource {

    @Inject
    ComplianceService compliance;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String page(
            @QueryParam("agency") String agency,
            @QueryParam("on") String on,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        Long afterId = QueryParams.positiveId(after, "after");
        int max = QueryParams.limit(limit, 100, OfficerStatuses.MAX_PAGE);
        List<ComplianceRow> rows =
                compliance.page(agency, QueryParams.date(on, "on"), afterId == null ? 0 : afterId, max);
        JsonArrayBuilder officers = CachedJson.arrayBuilder();
        rows.forEach(r -> officers.add(json(r)));
        JsonObjectBuilder body = CachedJson.objectBuilder().add("officers", officers);
        if (rows.size() == max) {
            body.add("next", rows.get(rows.size() - 1).officer().learnerId());
        }
        return body.build().toString();
    }

    @GET
    @Path("csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response csv(@QueryParam("agency") String agency, @QueryParam("on") String on) {
        byte[] csv = compliance.csv(agency, QueryParams.date(on, "on")).getBytes(StandardCharsets.UTF_8);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sb1852-compliance.csv\"")
                .build();
    }

    private static JsonObject json(ComplianceRow r) {
        OfficerStatus o = r.officer();
        JsonObjectBuilder b = CachedJson.objectBuilder().add("learnerId", o.learnerId());
        add(b, "firstName", o.firstName());
        add(b, "lastName", o.lastName());
        add(b, "pid", o.pid());
        add(b, "agency", o.agency());
        JsonArrayBuilder actions = CachedJson.arrayBuilder();
        r.actions().forEach(actions::add);
        return b.add("pidMissing", o.pidMissing())
                .add("unitStart", o.unit().start().toString())
                .add("unitEnd", o.unit().end().toString())
                .add("creditedHours", o.creditedHours())
                .add("requiredHours", o.requiredHours())
                .add("hoursMet", o.hoursMet())
                .add("level1", o.level1().state().name())
                .add("needsAction", r.needsAction())
                .add("actions", actions)
                .build();
    }

    private static void add(JsonObjectBuilder b, String key, String value) {
        if (value != null) {
            b.add(key, value);
        }
    }
}
