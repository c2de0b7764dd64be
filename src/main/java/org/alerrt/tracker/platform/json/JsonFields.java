package org.alerrt.tracker.platform.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Null-safe reads of optional members of statements and other JSON documents: absent or of another type → null. */
public final class JsonFields {

    private JsonFields() {}

    /** The member {@code key} of {@code o} when it is an object; null when {@code o} is null. */
    public static JsonObject object(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        return v instanceof JsonObject j ? j : null;
    }

    /** The member {@code key} of {@code o} when it is a string; null when {@code o} is null. */
    public static String string(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
