package org.alerrt.tracker.platform.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.alerrt.tracker.platform.json.CachedJson;

/** The one error body of every API: {"error": {"status", "message", "property"?, "rule"?}}. */
public final class ErrorBody {

    private ErrorBody() {}

    public static JsonObject of(int status, String message, String property, String rule) {
        JsonObjectBuilder error =
                CachedJson.objectBuilder().add("status", status).add("message", message);
        if (property != null) {
            error.add("property", property);
        }
        if (rule != null) {
            error.add("rule", rule);
        }
        return CachedJson.objectBuilder().add("error", error).build();
    }

    public static Response response(int status, String message, String property, String rule) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(of(status, message, property, rule).toString())
                .build();
    }
}
