package org.alerrt.tracker.training.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.XapiLimits;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.web.BoundedBody;
import org.alerrt.tracker.platform.web.JsonBody;
import org.alerrt.tracker.platform.web.QueryParams;
import org.alerrt.tracker.training.application.CompletionService;
import org.alerrt.tracker.training.application.LearnerLogin;
import org.alerrt.tracker.training.application.LearnerService;
import org.alerrt.tracker.training.application.TrainingSettings;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.LearnerDetails;
import org.alerrt.tracker.training.domain.Pid;

/** Admin API of learner records: {@code /api/learners}. */
@Path("learners")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerResource {

    @Inject
    LearnerService learners;

    @Inject
    TrainingSettings settings;

    @Inject
    CompletionService completions;

    @Inject
    ServerSettings server;

    /** Paged by id: pass the last id seen as {@code after} for the next page. */
    @GET
    public String list(
            @QueryParam("q") String q, @QueryParam("after") String after, @QueryParam("limit") String limit) {
        Long afterId = QueryParams.wholeNumber(after, "after");
        return TrainingJson.array(
                learners.search(
                        q, afterId == null ? 0 : afterId, QueryParams.limit(limit, 100, LearnerService.MAX_LIMIT)),
                l -> TrainingJson.learner(l, null));
    }

    /** Any officer's SB 1852 status (hours in the unit of {@code ?on=} or today, Level 1): admin only. */
    @GET
    @Path("{id}/mandate")
    public String mandate(@PathParam("id") String id, @QueryParam("on") String on) {
        return TrainingJson.mandate(completions.mandate(QueryParams.requiredId(id, "id"), QueryParams.date(on, "on")))
                .toString();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        Learner l = find(id);
        return TrainingJson.learner(l, learners.username(l.id()).orElse(null)).toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        JsonObject o = JsonBody.object(BoundedBody.read(body, server.maxBodyBytes()));
        ActorIdentity actor = actor(o, true);
        Learner l = learners.create(details(o, settings.pidPattern()), actor, login(o));
        return Response.created(URI.create("learners/" + l.id()))
                .entity(TrainingJson.learner(l, learners.username(l.id()).orElse(null))
                        .toString())
                .build();
    }

    /** Replaces names, PID and agency (an absent PID removes it); {@code actor} and login are optional. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") String id, InputStream body) {
        long learnerId = QueryParams.requiredId(id, "id");
        JsonObject o = JsonBody.object(BoundedBody.read(body, server.maxBodyBytes()));
        Learner l = learners.update(learnerId, details(o, settings.pidPattern()), actor(o, false), login(o));
        return TrainingJson.learner(l, learners.username(l.id()).orElse(null)).toString();
    }

    /** All or nothing; see {@link org.alerrt.tracker.training.application.LearnerCsv} for the columns. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public String importCsv(InputStream body) {
        String csv = new String(BoundedBody.read(body, server.maxBodyBytes()), StandardCharsets.UTF_8);
        LearnerService.ImportResult r = learners.importCsv(csv);
        return CachedJson.objectBuilder()
                .add("created", r.created())
                .add("updated", r.updated())
                .add("creditsReleased", r.creditsReleased())
                .build()
                .toString();
    }

    static LearnerDetails details(JsonObject o, Pattern pidPattern) {
        return new LearnerDetails(
                JsonBody.requiredString(o, "firstName"),
                JsonBody.requiredString(o, "lastName"),
                Pid.optional(JsonBody.optionalString(o, "pid"), pidPattern),
                JsonBody.optionalString(o, "agency"));
    }

    /** An xAPI Agent (Data §2.4.2.1); its IFI is how statements find the learner. */
    static ActorIdentity actor(JsonObject o, boolean required) {
        JsonValue v = o.get("actor");
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                throw Refusal.invalid("actor", "actor is required: an xAPI Agent with mbox or account");
            }
            return null;
        }
        XapiLimits.checkAgent(v, "actor");
        return ActorIdentity.of(v.asJsonObject())
                .orElseThrow(() -> Refusal.invalid("actor", "actor must identify one person (mbox or account)"));
    }

    static Optional<LearnerLogin> login(JsonObject o) {
        String username = JsonBody.optionalString(o, "username");
        String password = JsonBody.optionalString(o, "password");
        if (username == null && password == null) {
            return Optional.empty();
        }
        if (password == null) {
            throw Refusal.invalid("password", "password is required with a username");
        }
        return Optional.of(new LearnerLogin(username, password));
    }

    private Learner find(String id) {
        long learnerId = QueryParams.requiredId(id, "id");
        return learners.get(learnerId).orElseThrow(() -> Refusal.notFound("no learner " + learnerId));
    }
}
