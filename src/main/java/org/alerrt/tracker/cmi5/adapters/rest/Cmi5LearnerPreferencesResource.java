package org.alerrt.tracker.cmi5.adapters.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.alerrt.tracker.cmi5.api.LearnerPreferences;
import org.alerrt.tracker.cmi5.application.LearnerPreferencesService;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admin access to a learner's cmi5 preferences (§11), {@code /api/cmi5/learners/{learnerId}/preferences} (role
 * admin through web.xml {@code /api/*}); the same document the learner sets at {@code /api/me/cmi5/preferences}.
 */
@Path("cmi5/learners/{learnerId}/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cmi5 registrations")
public class Cmi5LearnerPreferencesResource {

    @Inject
    LearnerPreferencesService preferences;

    @GET
    @Operation(
            summary = "A learner's cmi5 preferences",
            description =
                    "languagePreference and audioPreference"
                            + " as AUs read them from the cmi5LearnerPreferences agent profile (cmi5 §11); {} when none are set")
    @APIResponse(responseCode = "200", description = "the preferences")
    @APIResponse(responseCode = "400", description = "learnerId is not a whole number")
    @APIResponse(responseCode = "404", description = "no such learner")
    public String get(@Parameter(description = "the learner's id") @PathParam("learnerId") String learnerId) {
        return preferences.json(id(learnerId)).toString();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set a learner's cmi5 preferences",
            description = "Replaces both values; a property left" + " out (or null) is not set (cmi5 §11.1, §11.2)")
    @APIResponse(responseCode = "200", description = "the stored preferences")
    @APIResponse(
            responseCode = "400",
            description = "not a JSON object, languagePreference not a comma-separated"
                    + " list of RFC 5646 tags, or audioPreference not on/off; the error names the property")
    @APIResponse(responseCode = "404", description = "no such learner")
    public String put(
            @Parameter(description = "the learner's id") @PathParam("learnerId") String learnerId, String body) {
        return preferences
                .set(id(learnerId), LearnerPreferences.fromRequest(JsonBody.object(body)))
                .toJson()
                .toString();
    }

    private static long id(String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("learnerId", "must be a whole number, got '" + raw + "'");
        }
    }
}
