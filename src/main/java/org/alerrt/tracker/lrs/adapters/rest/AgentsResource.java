package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import org.alerrt.tracker.lrs.application.StatementService;
import org.alerrt.tracker.lrs.domain.validation.ActorValidator;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The Agents Resource (Communication §2.4): a Person object for an Agent. The parameter is an Agent, "not a
 * Person Object, nor is it a Group". HEAD too (§1.1).
 */
@Path("agents")
public class AgentsResource {

    @Inject
    StatementService statements;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        String json = XapiParameters.theOnlyParameter(uri.getQueryParameters(), "agent", "Agents Resource", "§2.4");
        JsonObject agent;
        try (JsonReader r = CachedJson.reader(new StringReader(json))) {
            agent = r.readObject();
        } catch (RuntimeException e) {
            throw new XapiValidationException("agent", "must be an Agent object as JSON (xAPI Communication §2.4)");
        }
        ActorValidator.agent(agent, "agent");
        return Response.ok(statements.person(agent).toString()).build();
    }
}
