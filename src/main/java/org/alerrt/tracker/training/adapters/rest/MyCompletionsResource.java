package org.alerrt.tracker.training.adapters.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.security.Roles;
import org.alerrt.tracker.training.application.CompletionService;

/** The signed-in learner's own completions: {@code /api/me/completions}. */
@Path("me/completions")
@Produces(MediaType.APPLICATION_JSON)
public class MyCompletionsResource {

    @Inject
    CompletionService completions;

    @Context
    HttpServletRequest http;

    @GET
    public String list() {
        return TrainingJson.array(completions.ofLearner(learnerId(http)), TrainingJson::completion);
    }

    /** The caller's learner id; only ever the caller's own, whatever the request says. */
    static long learnerId(HttpServletRequest http) {
        return CurrentCaller.of(http)
                .filter(c -> c.hasRole(Roles.LEARNER))
                .orElseThrow(() ->
                        new Refusal(Refusal.Kind.FORBIDDEN, null, "only a signed-in learner has training records"))
                .id();
    }
}
