package org.alerrt.tracker.training.adapters.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.alerrt.tracker.platform.web.QueryParams;
import org.alerrt.tracker.training.application.CompletionService;

/**
 * The signed-in learner's SB 1852 status today (or on a given day, {@code ?on=}): hours in that day's training unit
 * ({@code met} is about the hours only) and {@code level1}, Level 1 as of that day: {@code /api/me/mandate}.
 */
@Path("me/mandate")
@Produces(MediaType.APPLICATION_JSON)
public class MyMandateResource {

    @Inject
    CompletionService completions;

    @Context
    HttpServletRequest http;

    @GET
    public String get(@QueryParam("on") String on) {
        return TrainingJson.mandate(
                        completions.mandate(MyCompletionsResource.learnerId(http), QueryParams.date(on, "on")))
                .toString();
    }
}
