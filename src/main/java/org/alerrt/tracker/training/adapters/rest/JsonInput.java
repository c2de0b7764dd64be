package org.alerrt.tracker.training.adapters.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;

/** Reads a request's JSON object field by field; every mistake is a 400 naming the field. */
final class JsonInput {

    private JsonInput() {}

    static JsonObject object(byte[] body) {
        JsonValue value;
        try (JsonReader reader = CachedJson.reader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw Refusal.invalid(null, "Malformed JSON: " + e.getMessage());
        }
        if (!(value instanceof JsonObject o)) {
            throw Refusal.invalid(null, "the body must be a JSON object");
        }
        return o;
    }

    static String requiredString(JsonObject o, String field) {
        String s = optionalString(o, field);
        if (s == null) {
            throw Refusal.invalid(field, field + " is required");
        }
        return s;
    }

    /** Null when absent or JSON null. */
    static String optionalString(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw Refusal.invalid(field, field + " must be a string");
        }
        return s.getString();
    }

    static int requiredInt(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            throw Refusal.invalid(field, field + " is required");
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw Refusal.invalid(field, field + " must be a whole number");
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw Refusal.invalid(field, field + " is out of range");
        }
    }

    static boolean requiredBoolean(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        throw Refusal.invalid(
                field, field + (v == null || v == JsonValue.NULL ? " is required" : " must be true or false"));
    }

    static List<String> stringArray(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw Refusal.invalid(field, field + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof JsonString s)) {
                throw Refusal.invalid(field + "[" + i + "]", field + "[" + i + "] must be a string");
            }
            out.add(s.getString());
        }
        return out;
    }

    /** A query parameter holding a whole number, or null when absent. */
    static Long longParam(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, field + " must be a whole number, got '" + raw + "'");
        }
    }
}
