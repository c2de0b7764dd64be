package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import org.alerrt.tracker.lrs.api.DocumentKind;

/** The Activity Profile Resource (xAPI Communication §2.7): documents about an Activity. */
@ApplicationScoped
@Path("activities/profile")
public class ActivityProfileResource extends DocumentResource {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.ACTIVITY_PROFILE;
    }
}
