package org.alerrt.tracker.training.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.io.InputStream;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.BoundedBody;
import org.alerrt.tracker.platform.web.JsonBody;
import org.alerrt.tracker.platform.web.QueryParams;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.application.CompletionService;
import org.alerrt.tracker.training.application.CompletionView;

/** Admin list of completions ({@code /api/completions}, newest first) and decisions on held credit. */
@Path("completions")
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {

    private static final long MAX_BODY_BYTES = 16 * 1024;

    @Inject
    CompletionService completions;

    @Context
    HttpServletRequest http;

    /** Page on with {@code before} = the last id seen; {@code reviewPending=true} lists held credit, oldest first. */
    @GET
    public String list(
            @QueryParam("learnerId") String learnerId,
            @QueryParam("tcoleNumber") String tcoleNumber,
            @QueryParam("pidMissing") String pidMissing,
            @QueryParam("reviewPending") String reviewPending,
            @QueryParam("before") String before,
            @QueryParam("limit") String limit) {
        int max = QueryParams.limit(limit, 100, CompletionService.MAX_LIMIT);
        if (QueryParams.flag(reviewPending, "reviewPending")) {
            return TrainingJson.array(completions.pendingReview(max), TrainingJson::completion);
        }
        Long beforeId = QueryParams.wholeNumber(before, "before");
        return TrainingJson.array(
                completions.list(
                        QueryParams.wholeNumber(learnerId, "learnerId"),
                        tcoleNumber == null || tcoleNumber.isBlank() ? null : TcoleCourseNumber.of(tcoleNumber),
                        QueryParams.flag(pidMissing, "pidMissing"),
                        beforeId == null ? 0 : beforeId,
                        max),
                TrainingJson::completion);
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return TrainingJson.completion(view(id)).toString();
    }

    /**
     * Decides credit held for review (a 3312 module over the unit cap, a record that breaks the ALERRT profile):
     * body {@code {"hours": 4, "reason": "..."}}, hours 0 up to the proposed hours (0 refuses the credit).
     * 409 when nothing waits for a decision.
     */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public String decide(@PathParam("id") String id, InputStream body) {
        long completionId = QueryParams.requiredId(id, "id");
        JsonObject o = JsonBody.object(BoundedBody.read(body, MAX_BODY_BYTES));
        int hours = JsonBody.requiredInt(o, "hours");
        String reason = JsonBody.requiredString(o, "reason");
        String by = CurrentCaller.of(http).map(Caller::name).orElse("admin");
        completions.decide(completionId, hours, reason, by);
        return TrainingJson.completion(view(id)).toString();
    }

    private CompletionView view(String id) {
        return completions
                .view(QueryParams.requiredId(id, "id"))
                .orElseThrow(() -> Refusal.notFound("no completion " + id));
    }
}
