package org.alerrt.tracker.upstream.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.web.JsonBody;
import org.alerrt.tracker.upstream.application.ForwardAdmin;
import org.alerrt.tracker.upstream.application.ForwardService;
import org.alerrt.tracker.upstream.application.UpstreamService;
import org.alerrt.tracker.upstream.application.UpstreamStatus;
import org.alerrt.tracker.upstream.domain.DeadLetter;
import org.alerrt.tracker.upstream.domain.ForwardPosition;
import org.alerrt.tracker.upstream.domain.ForwardRule;
import org.alerrt.tracker.upstream.domain.ForwardSettings;
import org.alerrt.tracker.upstream.domain.PullCheckpoint;
import org.alerrt.tracker.upstream.domain.PullFilters;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admin API of upstream LRSs, {@code /api/upstreams} (role admin through web.xml {@code /api/*}): define one, change
 * it, remove it, and see where its pull stands (docs/upstream.md). The secret is accepted, never returned: answers
 * say only {@code "secretSet": true}.
 */
@Path("upstreams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "upstream LRSs")
public class UpstreamsResource {

    @Inject
    UpstreamService upstreams;

    @Inject
    ForwardAdmin forwardAdmin;

    @Inject
    ForwardService forwards;

    @GET
    @Operation(summary = "Every upstream LRS with its pull status")
    public String list() {
        var all = CachedJson.arrayBuilder();
        upstreams.list().forEach(u -> all.add(json(u)));
        return all.build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Define an upstream LRS",
            description = "Body: {\"name\", \"endpoint\" (the remote's xAPI base), \"key\", \"secret\", \"version\""
                    + " (1.0.3 or 2.0.0, default 1.0.3), \"pull\": {\"enabled\" (default true), \"activity\","
                    + " \"relatedActivities\", \"verb\", \"since\", \"pollSeconds\" (default 60)}}")
    @APIResponse(responseCode = "201", description = "the upstream, without its secret")
    @APIResponse(responseCode = "400", description = "a field is missing or wrong; the error names it")
    @APIResponse(responseCode = "409", description = "the name is taken")
    public Response create(String body, @Context UriInfo uri) {
        JsonObject in = JsonBody.object(body);
        UpstreamStatus created = upstreams.create(UpstreamJson.definition(in), JsonBody.optionalString(in, "secret"));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.upstream().id()))
                        .build())
                .entity(json(created).build().toString())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One upstream LRS with its pull status")
    @APIResponse(responseCode = "404", description = "no such upstream")
    public String one(@PathParam("id") String id) {
        return json(upstreams.find(id(id))).build().toString();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change an upstream LRS",
            description = "The same body as POST; without \"secret\" the stored secret is kept. The checkpoint"
                    + " stays: a changed filter applies to what is pulled from there on")
    @APIResponse(responseCode = "400", description = "a field is missing or wrong; the error names it")
    @APIResponse(responseCode = "404", description = "no such upstream")
    @APIResponse(
            responseCode = "409",
            description = "the name is taken, or the upstream is defined in the upstream file (tracker.upstream.file)")
    public String update(@PathParam("id") String id, String body) {
        JsonObject in = JsonBody.object(body);
        return json(upstreams.update(id(id), UpstreamJson.definition(in), JsonBody.optionalString(in, "secret")))
                .build()
                .toString();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an upstream LRS and its checkpoint; what was pulled stays")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no such upstream")
    @APIResponse(responseCode = "409", description = "the upstream is defined in the upstream file")
    public Response delete(@PathParam("id") String id) {
        upstreams.delete(id(id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/forward")
    @Operation(summary = "What is forwarded to an upstream LRS, and where forwarding stands")
    @APIResponse(responseCode = "404", description = "no such upstream")
    public String forward(@PathParam("id") String id) {
        return forwardJson(forwardAdmin.status(id(id))).build().toString();
    }

    @PUT
    @Path("{id}/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set what is forwarded to an upstream LRS",
            description = "Body: {\"enabled\" (default true), \"rules\": [{\"activity\", \"verb\"}, ...] (a statement"
                    + " any rule matches is forwarded; a rule with neither forwards everything), \"from\" (optional:"
                    + " forward what is stored from this time on; the first time, without it, from now)}")
    @APIResponse(responseCode = "400", description = "a field is wrong; the error names it")
    @APIResponse(responseCode = "404", description = "no such upstream")
    @APIResponse(responseCode = "409", description = "the upstream is defined in the upstream file")
    public String configureForward(@PathParam("id") String id, String body) {
        JsonObject in = JsonBody.object(body);
        ForwardSettings settings = UpstreamJson.forwardSettings(in);
        Instant from = UpstreamJson.forwardFrom(in);
        return forwardJson(Optional.of(forwardAdmin.configure(id(id), settings, from)))
                .build()
                .toString();
    }

    @GET
    @Path("{id}/dead-letters")
    @Operation(summary = "Statements the upstream refused, oldest first, with its answer")
    @APIResponse(responseCode = "404", description = "no such upstream")
    public String deadLetters(@PathParam("id") String id) {
        var all = CachedJson.arrayBuilder();
        forwardAdmin.deadLetters(id(id)).forEach(d -> all.add(deadLetterJson(d)));
        return all.build().toString();
    }

    @POST
    @Path("{id}/dead-letters/{deadLetter}/retry")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Send a dead letter again, as it was or corrected",
            description = "An empty body sends the statement as it was; a statement (with the same id) sends that"
                    + " instead. Delivered, the dead letter is removed; refused again, it stays with the new answer")
    @APIResponse(responseCode = "200", description = "{\"delivered\": true|false}")
    @APIResponse(responseCode = "400", description = "the corrected statement has another id")
    @APIResponse(responseCode = "404", description = "no such upstream or dead letter")
    @APIResponse(responseCode = "503", description = "the upstream is unavailable; try again later")
    public String retry(@PathParam("id") String id, @PathParam("deadLetter") String deadLetter, String body) {
        JsonObject corrected = body == null || body.isBlank() ? null : JsonBody.object(body);
        boolean delivered = forwards.retry(id(id), id(deadLetter), corrected);
        return CachedJson.objectBuilder().add("delivered", delivered).build().toString();
    }

    @DELETE
    @Path("{id}/dead-letters/{deadLetter}")
    @Operation(summary = "Discard a dead letter (it is not sent)")
    @APIResponse(responseCode = "204", description = "discarded")
    @APIResponse(responseCode = "404", description = "no such upstream or dead letter")
    public Response discard(@PathParam("id") String id, @PathParam("deadLetter") String deadLetter) {
        forwardAdmin.discard(id(id), id(deadLetter));
        return Response.noContent().build();
    }

    static JsonObjectBuilder forwardJson(Optional<ForwardPosition> position) {
        JsonObjectBuilder b = CachedJson.objectBuilder();
        if (position.isEmpty()) {
            return b.add("enabled", false).add("rules", CachedJson.arrayBuilder());
        }
        ForwardPosition p = position.get();
        var rules = CachedJson.arrayBuilder();
        for (ForwardRule r : p.settings().rules()) {
            JsonObjectBuilder o = CachedJson.objectBuilder();
            optional(o, "activity", r.activity());
            optional(o, "verb", r.verb());
            rules.add(o);
        }
        JsonObjectBuilder status = CachedJson.objectBuilder()
                .add("position", p.position())
                .add("forwarded", p.forwarded())
                .add("caughtUp", p.caughtUp())
                .add("lagSeconds", p.lag(Instant.now()).toSeconds())
                .add("deadLetters", p.deadLetters());
        optional(status, "lastStored", p.lastStored());
        optional(status, "lastRunAt", p.lastRunAt());
        optional(status, "lastSuccessAt", p.lastSuccessAt());
        optional(status, "lastError", p.lastError());
        optional(status, "lastErrorAt", p.lastErrorAt());
        return b.add("enabled", p.settings().enabled()).add("rules", rules).add("status", status);
    }

    static JsonObjectBuilder deadLetterJson(DeadLetter d) {
        JsonObjectBuilder b = CachedJson.objectBuilder()
                .add("id", d.id())
                .add("statementId", d.statementId())
                .add("error", d.error())
                .add("createdAt", d.createdAt().toString())
                .add("statement", JsonBody.object(d.document()));
        if (d.httpStatus() != null) {
            b.add("httpStatus", d.httpStatus());
        }
        optional(b, "retriedAt", d.retriedAt());
        return b;
    }

    static JsonObjectBuilder json(UpstreamStatus s) {
        UpstreamDefinition d = s.upstream().definition();
        PullFilters f = d.filters();
        PullCheckpoint cp = s.checkpoint();
        JsonObjectBuilder pull = CachedJson.objectBuilder()
                .add("enabled", d.pullEnabled())
                .add("relatedActivities", f.relatedActivities())
                .add("pollSeconds", d.pollSeconds());
        optional(pull, "activity", f.activity());
        optional(pull, "verb", f.verb());
        optional(pull, "since", f.since());
        JsonObjectBuilder status =
                CachedJson.objectBuilder().add("pulled", cp.pulled()).add("paging", cp.more() != null);
        optional(status, "lastStored", cp.lastStored());
        optional(status, "lastStatementId", cp.lastStatementId());
        Duration lag = cp.lag(Instant.now());
        if (lag != null) {
            status.add("lagSeconds", Math.max(0, lag.toSeconds()));
        }
        optional(status, "lastRunAt", cp.lastRunAt());
        optional(status, "lastSuccessAt", cp.lastSuccessAt());
        optional(status, "lastError", cp.lastError());
        optional(status, "lastErrorAt", cp.lastErrorAt());
        return CachedJson.objectBuilder()
                .add("id", s.upstream().id())
                .add("name", d.name())
                .add("endpoint", d.endpoint().toString())
                .add("key", d.key())
                .add("secretSet", true)
                .add("fromFile", s.upstream().fromFile())
                .add("version", d.version().header())
                .add("pull", pull)
                .add("pullStatus", status)
                .add("updatedAt", s.upstream().updatedAt().toString());
    }

    private static void optional(JsonObjectBuilder b, String name, Object value) {
        if (value != null) {
            b.add(name, value.toString());
        }
    }

    private static long id(String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("id", "must be a whole number, got '" + raw + "'");
        }
    }
}
