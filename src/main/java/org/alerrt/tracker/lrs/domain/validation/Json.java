package org.alerrt.tracker.lrs.domain.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/** Type checks shared by the validators (Data §2.2: wrong data types, nulls and unknown keys are rejected). */
final class Json {

    private Json() {
    }

    /**
     * Rejects the first property, in the object's order, that is not allowed or is null. The happy path looks up
     * the allowed keys instead of walking the object (its entry set wraps every entry: a profile hot spot); only
     * when a key is unknown or a value null does the walk run, to report the same first offender as always.
     */
    static void allowOnly(JsonObject o, String path, Set<String> allowed, String section) {
        int size = o.size();
        if (size <= allowed.size()) {
            int present = 0;
            boolean nullSeen = false;
            for (String key : allowed) {
                JsonValue v = o.get(key);
                if (v != null) {
                    nullSeen |= v.getValueType() == JsonValue.ValueType.NULL;
                    if (++present == size) {
                        break;
                    }
                }
            }
            if (present == size && !nullSeen) {
                return;
            }
        }
        for (var e : o.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new XapiValidationException(path + "." + e.getKey(),
                        "property is not allowed here (xAPI Data " + section + ", §2.2.s4.b1.b7)");
            }
            if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                throw new XapiValidationException(path + "." + e.getKey(),
                        "null values are not allowed (xAPI Data §2.2.s4.b1.b1)");
            }
        }
    }

    static JsonObject object(JsonValue v, String path) {
        if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new XapiValidationException(path, "must be a JSON object (xAPI Data §2.2.s4.b1.b2)");
        }
        return v.asJsonObject();
    }

    static JsonArray array(JsonValue v, String path) {
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new XapiValidationException(path, "must be a JSON array (xAPI Data §2.2.s4.b1.b2)");
        }
        return v.asJsonArray();
    }

    static String string(JsonValue v, String path) {
        if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
            throw new XapiValidationException(path, "must be a string (xAPI Data §2.2.s4.b1.b2)");
        }
        return ((JsonString) v).getString();
    }

    static double number(JsonValue v, String path) {
        if (v == null || v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new XapiValidationException(path, "must be a number (xAPI Data §2.2.s4.b1.b2)");
        }
        return ((JsonNumber) v).doubleValue();
    }

    static boolean bool(JsonValue v, String path) {
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        throw new XapiValidationException(path, "must be true or false (xAPI Data §2.2.s4.b1.b3)");
    }

    static JsonValue required(JsonObject o, String key, String path, String section) {
        JsonValue v = o.get(key);
        if (v == null) {
            throw new XapiValidationException(path + "." + key, "is required (xAPI Data " + section + ")");
        }
        return v;
    }
}
