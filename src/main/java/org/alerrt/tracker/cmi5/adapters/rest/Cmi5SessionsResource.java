package org.alerrt.tracker.cmi5.adapters.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.alerrt.tracker.cmi5.application.SessionEnding;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admin API of AU sessions by their id alone, {@code /api/cmi5/sessions} (role admin through web.xml
 * {@code /api/*}): the session id (launch answer, statements' session id extension) names its registration.
 */
@Path("cmi5/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cmi5 registrations")
public class Cmi5SessionsResource {

    @Inject
    SessionEnding service;

    /** Abandons an active AU session (cmi5 §9.3.6) → 204. */
    @POST
    @Path("{session}/abandon")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Abandon an AU session by its id",
            description =
                    "As POST /cmi5/registrations/"
                            + "{registration}/sessions/{session}/abandon, without the registration: ends an active session, its auth"
                            + " token stops working and \"abandoned\" is stored with the session time as duration (cmi5 §9.3.6).")
    @APIResponse(responseCode = "204", description = "abandoned")
    @APIResponse(responseCode = "404", description = "no such session")
    @APIResponse(
            responseCode = "409",
            description = "the session is not active (terminated or abandoned): one" + " \"abandoned\" per session")
    public Response abandon(
            @Parameter(description = "the session id from the launch answer") @PathParam("session") String session) {
        service.abandon(session);
        return Response.noContent().build();
    }
}
