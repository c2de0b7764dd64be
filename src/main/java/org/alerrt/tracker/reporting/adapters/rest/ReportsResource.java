package org.alerrt.tracker.reporting.adapters.rest;

import org.alerrt.tracker.platform.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.ApiException;
import org.alerrt.tracker.reporting.application.NothingToExportException;
import org.alerrt.tracker.reporting.application.QueueItem;
import org.alerrt.tracker.reporting.application.ReportQueueService;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.Roster;
import org.alerrt.tracker.reporting.domain.Urgency;
import org.alerrt.tracker.platform.json.CachedJson;

/** Admin API of the TCOLE report queue and its rosters (role admin, web.xml {@code /api/*}). */
@Path("reports")
public class ReportsResource {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;

    @Inject
    ReportQueueService reports;

    @Context
    HttpServletRequest http;

    /**
     * Entries by status (default QUEUED), oldest completion first. Page on with {@code after} = the
     * {@code next} value of the previous page.
     */
    @GET
    @Path("queue")
    @Produces(MediaType.APPLICATION_JSON)
    public String queue(@QueryParam("status") String status, @QueryParam("after") String after,
                        @QueryParam("limit") String limit) {
        EntryStatus s = status == null || status.isBlank() ? EntryStatus.QUEUED : EntryStatus.parse(status)
                .orElseThrow(() -> ApiException.badRequest("status",
                        "status must be QUEUED, EXPORTED or REPORTED, was '" + status + "'"));
        int max = QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        LocalDate afterDate = null;
        Long afterId = null;
        if (after != null && !after.isBlank()) {
            String[] parts = after.strip().split("_", 2);
            try {
                afterDate = LocalDate.parse(parts[0]);
                afterId = Long.parseLong(parts[1]);
            } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw ApiException.badRequest("after", "after must be the 'next' value of a previous page");
            }
        }
        List<QueueItem> items = reports.list(s, afterDate, afterId, max);
        JsonArrayBuilder array = CachedJson.arrayBuilder();
        long dueSoon = 0;
        long overdue = 0;
        for (QueueItem item : items) {
            array.add(entryJson(item.entry())
                    .add("dueBy", item.dueBy().toString())
                    .add("urgency", item.urgency().name())
                    .add("dueSoon", item.urgency() != Urgency.ON_TIME));
            dueSoon += item.urgency() == Urgency.DUE_SOON ? 1 : 0;
            overdue += item.urgency() == Urgency.OVERDUE ? 1 : 0;
        }
        JsonObjectBuilder body = CachedJson.objectBuilder()
                .add("status", s.name())
                .add("entries", array)
                .add("dueSoonOnPage", dueSoon)
                .add("overdueOnPage", overdue);
        if (items.size() == max) {
            ReportEntry last = items.get(items.size() - 1).entry();
            body.add("next", last.completedOn() + "_" + last.id());
        }
        return body.build().toString();
    }

    /** Exports every queued entry into a new roster; an empty queue is a 409 and creates nothing. */
    @POST
    @Path("rosters")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export() {
        try {
            Roster roster = reports.exportRoster(caller());
            return Response.created(URI.create("/api/reports/rosters/" + roster.id()))
                    .entity(rosterJson(roster).build().toString()).build();
        } catch (NothingToExportException e) {
            throw ApiException.conflict("queue", e.getMessage());
        }
    }

    @GET
    @Path("rosters")
    @Produces(MediaType.APPLICATION_JSON)
    public String rosters(@QueryParam("beforeId") String beforeId, @QueryParam("limit") String limit) {
        int max = QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        List<Roster> page = reports.rosters(QueryParams.positiveId(beforeId, "beforeId"), max);
        JsonArrayBuilder array = CachedJson.arrayBuilder();
        page.forEach(r -> array.add(rosterJson(r)));
        JsonObjectBuilder body = CachedJson.objectBuilder().add("rosters", array);
        if (page.size() == max) {
            body.add("nextBeforeId", page.get(page.size() - 1).id());
        }
        return body.build().toString();
    }

    @GET
    @Path("rosters/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public String roster(@PathParam("id") String id) {
        long rosterId = rosterId(id);
        Roster roster = reports.roster(rosterId).orElseThrow(ReportsResource::noRoster);
        JsonArrayBuilder entries = CachedJson.arrayBuilder();
        reports.entriesOf(rosterId).forEach(e -> entries.add(entryJson(e)));
        return rosterJson(roster).add("entries", entries).build().toString();
    }

    @GET
    @Path("rosters/{id}/csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response csv(@PathParam("id") String id) {
        long rosterId = rosterId(id);
        byte[] csv = reports.csv(rosterId).orElseThrow(ReportsResource::noRoster);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"tcole-roster-" + rosterId + ".csv\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** Confirms the roster was uploaded to TCLEDDS. Idempotent: a second call answers the same roster unchanged. */
    @POST
    @Path("rosters/{id}/reported")
    @Produces(MediaType.APPLICATION_JSON)
    public String reported(@PathParam("id") String id) {
        Roster roster = reports.markReported(rosterId(id), caller()).orElseThrow(ReportsResource::noRoster);
        return rosterJson(roster).build().toString();
    }

    private String caller() {
        return CurrentCaller.of(http).map(Caller::name).orElse("admin");
    }

    private static ApiException noRoster() {
        return ApiException.notFound("No such roster");
    }

    private static long rosterId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // same answer as an unknown id
        }
        throw noRoster();
    }



    private static JsonObjectBuilder entryJson(ReportEntry e) {
        JsonObjectBuilder b = CachedJson.objectBuilder()
                .add("id", e.id())
                .add("completionId", e.completionId())
                .add("learnerId", e.learnerId())
                .add("pid", e.pid())
                .add("firstName", e.firstName())
                .add("lastName", e.lastName())
                .add("tcoleNumber", e.tcoleNumber())
                .add("courseTitle", e.courseTitle())
                .add("delivery", e.delivery().name())
                .add("completedOn", e.completedOn().toString())
                .add("creditHours", e.creditHours())
                .add("status", e.status().name())
                .add("queuedAt", e.queuedAt().toString());
        if (e.agency() != null) {
            b.add("agency", e.agency());
        }
        if (e.rosterId() != null) {
            b.add("rosterId", e.rosterId());
        }
        return b;
    }

    private static JsonObjectBuilder rosterJson(Roster r) {
        JsonObjectBuilder b = CachedJson.objectBuilder()
                .add("id", r.id())
                .add("status", r.status().name())
                .add("entryCount", r.entryCount())
                .add("createdAt", r.createdAt().toString())
                .add("createdBy", r.createdBy())
                .add("csv", "/api/reports/rosters/" + r.id() + "/csv");
        if (r.reportedAt() != null) {
            b.add("reportedAt", r.reportedAt().toString()).add("reportedBy", r.reportedBy());
        }
        return b;
    }
}
