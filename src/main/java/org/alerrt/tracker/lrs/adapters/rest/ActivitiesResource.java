package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.alerrt.tracker.lrs.application.StatementService;
import org.alerrt.tracker.lrs.domain.validation.Formats;
import org.alerrt.tracker.lrs.domain.validation.Lengths;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;

/** The Activities Resource (Communication §2.5): the canonical Activity object for an id. HEAD too (§1.1). */
@Path("activities")
public class ActivitiesResource {

    @Inject
    StatementService statements;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        String activityId =
                XapiParameters.theOnlyParameter(uri.getQueryParameters(), "activityId", "Activities Resource", "§2.5");
        if (!Formats.isIri(activityId)) {
            throw new XapiValidationException("activityId", "must be an IRI (xAPI Communication §2.5)");
        }
        Lengths.indexed(activityId, Lengths.ACTIVITY_ID, "activityId");
        return Response.ok(statements.activity(activityId).toString()).build();
    }
}
