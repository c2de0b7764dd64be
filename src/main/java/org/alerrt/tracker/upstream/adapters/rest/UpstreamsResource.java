package org.alerrt.tracker.upstream.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import java.util.function.Supplier;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.web.JsonBody;
import org.alerrt.tracker.upstream.application.UpstreamService;
import org.alerrt.tracker.upstream.application.UpstreamStatus;
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

    static final int DEFAULT_POLL_SECONDS = 60;

    @Inject
    UpstreamService upstreams;

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
        UpstreamStatus created = upstreams.create(definition(in), JsonBody.optionalString(in, "secret"));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.upstream().id()))
                        .build())
                .entity(json(created).toString())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One upstream LRS with its pull status")
    @APIResponse(responseCode = "404", description = "no such upstream")
    public String one(@PathParam("id") String id) {
        return json(upstreams.find(id(id))).toString();
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
    @APIResponse(responseCode = "409", description = "the name is taken")
    public String update(@PathParam("id") String id, String body) {
        JsonObject in = JsonBody.object(body);
        return json(upstreams.update(id(id), definition(in), JsonBody.optionalString(in, "secret")))
                .toString();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an upstream LRS and its checkpoint; what was pulled stays")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no such upstream")
    public Response delete(@PathParam("id") String id) {
        upstreams.delete(id(id));
        return Response.noContent().build();
    }

    static UpstreamDefinition definition(JsonObject in) {
        JsonObject pull = object(in, "pull");
        return new UpstreamDefinition(
                JsonBody.optionalString(in, "name"),
                UpstreamDefinition.endpoint(JsonBody.optionalString(in, "endpoint")),
                JsonBody.optionalString(in, "key"),
                UpstreamDefinition.version(JsonBody.optionalString(in, "version")),
                bool(pull, "enabled", true),
                new PullFilters(
                        field(() -> JsonBody.optionalString(pull, "activity"), "pull.activity"),
                        bool(pull, "relatedActivities", false),
                        field(() -> JsonBody.optionalString(pull, "verb"), "pull.verb"),
                        instant(pull, "since")),
                pull.containsKey("pollSeconds") && pull.get("pollSeconds") != JsonValue.NULL
                        ? field(() -> JsonBody.requiredInt(pull, "pollSeconds"), "pull.pollSeconds")
                        : DEFAULT_POLL_SECONDS);
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
                .add("version", d.version().header())
                .add("pull", pull)
                .add("pullStatus", status)
                .add("updatedAt", s.upstream().updatedAt().toString());
    }

    private static JsonObject object(JsonObject in, String field) {
        JsonValue v = in.get(field);
        if (v == null || v == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!(v instanceof JsonObject o)) {
            throw Refusal.invalid(field, field + " must be an object");
        }
        return o;
    }

    private static boolean bool(JsonObject o, String field, boolean absent) {
        JsonValue v = o.get(field);
        return v == null || v == JsonValue.NULL
                ? absent
                : field(() -> JsonBody.requiredBoolean(o, field), "pull." + field);
    }

    private static Instant instant(JsonObject o, String field) {
        return PullFilters.since(field(() -> JsonBody.optionalString(o, field), "pull." + field));
    }

    /** Runs a JsonBody reader for a member of "pull", so that its refusal names the member by its full path. */
    private static <T> T field(Supplier<T> read, String path) {
        try {
            return read.get();
        } catch (Refusal r) {
            throw Refusal.invalid(path, r.getMessage().replaceFirst("^[A-Za-z]+", path));
        }
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
