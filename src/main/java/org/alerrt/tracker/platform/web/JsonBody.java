package org.alerrt.tracker.platform.web;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;

/** The JSON object body of an API request and its members, with the 400s that name the part at fault. */
public final class JsonBody {

    private JsonBody() {}

    /** The body as a JSON object; 400 naming {@code body} when it is empty or not an object. */
    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw Refusal.invalid("body", "send a JSON object");
        }
        try (var r = CachedJson.reader(new StringReader(body))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw Refusal.invalid("body", "not a JSON object: " + e.getMessage());
        }
    }

    /** A string member (a number is taken as its text); null when absent or null; 400 naming it otherwise. */
    public static String text(JsonObject in, String key) {
        JsonValue v = in.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        return switch (v.getValueType()) {
            case STRING -> in.getString(key);
            case NUMBER -> v.toString();
            default -> throw Refusal.invalid(key, "must be a string");
        };
    }
}
