package org.alerrt.tracker.reporting.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.alerrt.tracker.platform.audit.AuditEntry;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.AuditResource;
import org.alerrt.tracker.platform.web.JsonBody;
import org.alerrt.tracker.platform.web.QueryParams;
import org.alerrt.tracker.reporting.application.QueueItem;
import org.alerrt.tracker.reporting.application.ReportQueueService;
import org.alerrt.tracker.reporting.application.ReportingConflictException;
import org.alerrt.tracker.reporting.domain.EntryStatus;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.Roster;
import org.alerrt.tracker.reporting.domain.Urgency;

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
     * Entries by status (default QUEUED), the oldest due date first. Page on with {@code after} = the
     * {@code next} value of the previous page.
     */
    @GET
    @Path("queue")
    @Produces(MediaType.APPLICATION_JSON)
    public String queue(
            @QueryParam("status") String status, @QueryParam("after") String after, @QueryParam("limit") String limit) {
        EntryStatus s = status == null || status.isBlank()
                ? EntryStatus.QUEUED
                : EntryStatus.parse(status)
                        .orElseThrow(() -> Refusal.invalid(
                                "status",
                                "status must be one of " + Arrays.toString(EntryStatus.values()) + ", was '" + status
                                        + "'"));
        int max = QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        LocalDate afterDate = null;
        Long afterId = null;
        if (after != null && !after.isBlank()) {
            String[] parts = after.strip().split("_", 2);
            try {
                afterDate = LocalDate.parse(parts[0]);
                afterId = Long.parseLong(parts[1]);
            } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw Refusal.invalid("after", "after must be the 'next' value of a previous page");
            }
        }
        List<QueueItem> items = reports.list(s, afterDate, afterId, max);
        JsonArrayBuilder array = CachedJson.arrayBuilder();
        long dueSoon = 0;
        long overdue = 0;
        for (QueueItem item : items) {
            array.add(itemJson(item));
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
            body.add("next", last.dueFrom() + "_" + last.id());
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
                    .entity(rosterJson(roster).build().toString())
                    .build();
        } catch (ReportingConflictException e) {
            throw Refusal.conflict(e.field(), e.getMessage());
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
        reports.roster(rosterId).orElseThrow(ReportsResource::noRoster);
        StreamingOutput csv = out -> reports.writeCsv(rosterId, out); // row by row: a roster of any size
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"tcole-roster-" + rosterId + ".csv\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /**
     * Records that the roster was uploaded to TCOLE, with TCOLE's batch reference: {@code {"tcoleReference": "..."}}.
     * Repeating it with the same reference answers the roster unchanged; another reference is a 409.
     */
    @POST
    @Path("rosters/{id}/submitted")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public String submitted(@PathParam("id") String id, String body) {
        long rosterId = rosterId(id);
        String reference = JsonBody.requiredText(JsonBody.object(body), "tcoleReference");
        return rosterJson(change("tcoleReference", () -> reports.submitRoster(rosterId, reference, caller()))
                        .orElseThrow(ReportsResource::noRoster))
                .build()
                .toString();
    }

    /** Records that TCOLE accepted the submitted roster. Idempotent. */
    @POST
    @Path("rosters/{id}/accepted")
    @Produces(MediaType.APPLICATION_JSON)
    public String accepted(@PathParam("id") String id) {
        long rosterId = rosterId(id);
        return rosterJson(change("roster", () -> reports.acceptRoster(rosterId, caller()))
                        .orElseThrow(ReportsResource::noRoster))
                .build()
                .toString();
    }

    /** Every report entry of one completion, oldest first ({@code completionId} required). */
    @GET
    @Path("entries")
    @Produces(MediaType.APPLICATION_JSON)
    public String entriesOfCompletion(@QueryParam("completionId") String completionId) {
        JsonArrayBuilder array = CachedJson.arrayBuilder();
        reports.entriesOfCompletion(QueryParams.requiredId(completionId, "completionId"))
                .forEach(i -> array.add(itemJson(i)));
        return CachedJson.objectBuilder().add("entries", array).build().toString();
    }

    /** One entry with its due date, flag and audit history. */
    @GET
    @Path("entries/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public String entry(@PathParam("id") String id) {
        long entryId = entryId(id);
        QueueItem item = reports.entry(entryId).orElseThrow(ReportsResource::noEntry);
        JsonArrayBuilder history = CachedJson.arrayBuilder();
        for (AuditEntry a : reports.history(entryId)) {
            history.add(AuditResource.entry(a));
        }
        return itemJson(item).add("history", history).build().toString();
    }

    /** TCOLE refused this record: {@code {"reason": "..."}} as TCOLE gave it. */
    @POST
    @Path("entries/{id}/rejected")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public String rejected(@PathParam("id") String id, String body) {
        long entryId = entryId(id);
        String reason = JsonBody.requiredText(JsonBody.object(body), "reason");
        return itemJson(change("reason", () -> reports.rejectEntry(entryId, reason, caller()))
                        .orElseThrow(ReportsResource::noEntry))
                .build()
                .toString();
    }

    /**
     * Queues a rejected record again once its cause is fixed, {@code {"reason": "what was corrected"}}; 201 with the
     * new entry.
     */
    @POST
    @Path("entries/{id}/requeue")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response requeue(@PathParam("id") String id, String body) {
        long entryId = entryId(id);
        String reason = JsonBody.requiredText(JsonBody.object(body), "reason");
        QueueItem item = change("reason", () -> reports.requeueEntry(entryId, reason, caller()))
                .orElseThrow(ReportsResource::noEntry);
        return Response.created(
                        URI.create("/api/reports/entries/" + item.entry().id()))
                .entity(itemJson(item).build().toString())
                .build();
    }

    /** Runs a lifecycle change, turning its refusals into 409 (state) and 400 naming {@code input}. */
    private static <T> T change(String input, Supplier<T> action) {
        try {
            return action.get();
        } catch (ReportingConflictException e) {
            throw Refusal.conflict(e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(input, e.getMessage());
        }
    }

    /** Present and a string; the service checks the rest (length, one line) and {@link #change} names the field. */
    private String caller() {
        return CurrentCaller.of(http).map(Caller::name).orElse("admin");
    }

    private static Refusal noRoster() {
        return Refusal.notFound("No such roster");
    }

    private static Refusal noEntry() {
        return Refusal.notFound("No such report entry");
    }

    private static long rosterId(String id) {
        return positive(id).orElseThrow(ReportsResource::noRoster);
    }

    private static long entryId(String id) {
        return positive(id).orElseThrow(ReportsResource::noEntry);
    }

    /** A malformed id gets the same answer as an unknown one. */
    private static Optional<Long> positive(String id) {
        try {
            long value = Long.parseLong(id);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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
                .add("kind", e.kind().name())
                .add("revision", e.revision())
                .add("notes", e.notes())
                .add("dueFrom", e.dueFrom().toString())
                .add("queuedAt", e.queuedAt().toString())
                .add("statusChangedAt", e.statusChangedAt().toString());
        JsonArrayBuilder instructors = CachedJson.arrayBuilder();
        e.instructors().forEach(instructors::add);
        b.add("instructors", instructors);
        if (e.record().startedOn() != null) {
            b.add("startedOn", e.record().startedOn().toString());
        }
        if (e.agency() != null) {
            b.add("agency", e.agency());
        }
        if (e.rosterId() != null) {
            b.add("rosterId", e.rosterId());
        }
        if (e.correctsEntryId() != null) {
            b.add("correctsEntryId", e.correctsEntryId());
        }
        if (e.statusReason() != null) {
            b.add("statusReason", e.statusReason());
        }
        return b;
    }

    private static JsonObjectBuilder itemJson(QueueItem item) {
        return entryJson(item.entry())
                .add("dueBy", item.dueBy().toString())
                .add("urgency", item.urgency().name())
                .add("dueSoon", item.urgency() != Urgency.ON_TIME)
                .add("flag", item.flag());
    }

    private static JsonObjectBuilder rosterJson(Roster r) {
        JsonObjectBuilder b = CachedJson.objectBuilder()
                .add("id", r.id())
                .add("status", r.status().name())
                .add("entryCount", r.entryCount())
                .add("createdAt", r.createdAt().toString())
                .add("createdBy", r.createdBy())
                .add("csv", "/api/reports/rosters/" + r.id() + "/csv");
        if (r.csvSha256() != null) {
            b.add("csvSha256", r.csvSha256());
        }
        if (r.submittedAt() != null) {
            b.add("submittedAt", r.submittedAt().toString()).add("submittedBy", r.submittedBy());
            if (r.tcoleReference() != null) {
                b.add("tcoleReference", r.tcoleReference());
            }
        }
        if (r.acceptedAt() != null) {
            b.add("acceptedAt", r.acceptedAt().toString()).add("acceptedBy", r.acceptedBy());
        }
        return b;
    }
}
