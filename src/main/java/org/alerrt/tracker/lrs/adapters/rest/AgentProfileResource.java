package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import org.alerrt.tracker.lrs.api.DocumentKind;

/** The Agent Profile Resource (xAPI Communication §2.6): documents about an Agent. */
@ApplicationScoped
@Path("agents/profile")
public class AgentProfileResource extends DocumentResource {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.AGENT_PROFILE;
    }
}
