package org.alerrt.tracker.portal.adapters.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.alerrt.tracker.cmi5.api.Cmi5Preferences;
import org.alerrt.tracker.cmi5.api.LearnerPreferences;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.security.Roles;
import org.alerrt.tracker.platform.web.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The signed-in learner's cmi5 preferences (§11), {@code /api/me/cmi5/preferences} (role learner, web.xml
 * {@code /api/me/*}): {@code {"languagePreference"?: "en-US,es-MX", "audioPreference"?: "on"|"off"}}, kept as the
 * learner's {@code cmi5LearnerPreferences} agent profile that AUs read on startup.
 */
@Path("me/cmi5/preferences")
@Produces(MediaType.APPLICATION_JSON)
public class MyCmi5PreferencesResource {

    @Inject
    Cmi5Preferences preferences;

    @Context
    HttpServletRequest http;

    @GET
    @Operation(
            summary = "The signed-in learner's cmi5 preferences",
            description = "languagePreference and audioPreference as AUs read them (cmi5 §11); {} when none are set")
    @APIResponse(responseCode = "200", description = "the preferences")
    public String get() {
        return preferences.json(learnerId()).toString();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the signed-in learner's cmi5 preferences",
            description = "Replaces both values; a property left out (or null) is not set, so the AU uses its own"
                    + " default (cmi5 §11.1, §11.2)")
    @APIResponse(responseCode = "200", description = "the stored preferences")
    @APIResponse(
            responseCode = "400",
            description = "not a JSON object, languagePreference not a comma-separated"
                    + " list of RFC 5646 tags, or audioPreference not on/off; the error names the property")
    public String put(String body) {
        return preferences
                .set(learnerId(), LearnerPreferences.fromRequest(JsonBody.object(body)))
                .toJson()
                .toString();
    }

    private long learnerId() {
        return CurrentCaller.of(http)
                .filter(c -> c.hasRole(Roles.LEARNER))
                .orElseThrow(() ->
                        new Refusal(Refusal.Kind.FORBIDDEN, null, "only a signed-in learner has cmi5 preferences"))
                .id();
    }
}
