package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import org.alerrt.tracker.lrs.api.DocumentKind;

/** The State Resource (xAPI Communication §2.3): documents of an Activity and Agent, optionally of one registration. */
@ApplicationScoped
@Path("activities/state")
public class StateResource extends DocumentResource {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.STATE;
    }
}
