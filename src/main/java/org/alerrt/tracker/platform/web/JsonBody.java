package org.alerrt.tracker.platform.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The JSON body of a request and its members, with the 400s that name the part at fault. The one reader of JSON
 * request bodies for the admin and learner API and for xAPI statements: each parses with {@link CachedJson#reader},
 * which accepts one JSON text and nothing else; xAPI needs no stricter parsing, only its own error messages.
 */
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

    /**
     * The body's bytes (encoding detected, RFC 8259 §8.1) as a JSON object; 400 without a property when they are not
     * JSON ("Malformed JSON: " and what the parser found) or not an object.
     */
    public static JsonObject object(byte[] body) {
        if (read(body, JsonReader::readValue, "Malformed JSON") instanceof JsonObject o) {
            return o;
        }
        throw Refusal.invalid(null, "the body must be a JSON object");
    }

    /**
     * The body's bytes as a JSON object or array; 400 without a property, {@code malformed + ": "} and what the parser
     * found, otherwise.
     */
    public static JsonStructure structure(byte[] body, String malformed) {
        return read(body, JsonReader::read, malformed);
    }

    private static <T extends JsonValue> T read(byte[] body, Function<JsonReader, T> how, String malformed) {
        try (JsonReader r = CachedJson.reader(new ByteArrayInputStream(body))) {
            return how.apply(r);
        } catch (JsonException e) {
            throw Refusal.invalid(null, malformed + ": " + e.getMessage());
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

    /** As {@link #text}, required and not blank (e.g. a reason, a reference, which may be numeric). */
    public static String requiredText(JsonObject in, String key) {
        String text = text(in, key);
        if (text == null || text.isBlank()) {
            throw Refusal.invalid(key, key + " is required: a non-empty JSON string");
        }
        return text;
    }

    /** A string member; 400 naming it when absent, null or of another type. */
    public static String requiredString(JsonObject o, String field) {
        String s = optionalString(o, field);
        if (s == null) {
            throw Refusal.invalid(field, field + " is required");
        }
        return s;
    }

    /** A string member; null when absent or JSON null; 400 naming it when of another type. */
    public static String optionalString(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw Refusal.invalid(field, field + " must be a string");
        }
        return s.getString();
    }

    /** A whole-number member that fits an int; 400 naming it otherwise. */
    public static int requiredInt(JsonObject o, String field) {
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

    /** A true/false member; 400 naming it otherwise. */
    public static boolean requiredBoolean(JsonObject o, String field) {
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

    /** An array of strings; empty when absent or null; 400 naming the member or the element at fault. */
    public static List<String> stringArray(JsonObject o, String field) {
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
}
