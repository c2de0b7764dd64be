package org.alerrt.tracker.training.adapters.rest;

import org.alerrt.tracker.platform.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.alerrt.tracker.training.application.CompletionService;
import org.alerrt.tracker.training.domain.TcoleCourseNumber;

/** Admin list of completions: {@code /api/completions}, newest first. */
@Path("completions")
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {

    @Inject
    CompletionService completions;

    /** Page on with {@code before} = the last id seen. */
    @GET
    public String list(@QueryParam("learnerId") String learnerId, @QueryParam("tcoleNumber") String tcoleNumber,
                       @QueryParam("pidMissing") String pidMissing, @QueryParam("before") String before,
                       @QueryParam("limit") String limit) {
        Long beforeId = JsonInput.longParam(before, "before");
        return TrainingJson.array(completions.list(JsonInput.longParam(learnerId, "learnerId"),
                tcoleNumber == null || tcoleNumber.isBlank() ? null : TcoleCourseNumber.of(tcoleNumber),
                QueryParams.flag(pidMissing, "pidMissing"), beforeId == null ? 0 : beforeId,
                QueryParams.limit(limit, 100, CompletionService.MAX_LIMIT)), TrainingJson::completion);
    }
}
