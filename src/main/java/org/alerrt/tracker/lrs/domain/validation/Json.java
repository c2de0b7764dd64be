package org.alerrt.tracker.lrs.domain.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Set;

/** Type checks shared by the validators (Data §2.2: wrong data types, nulls and unknown keys are rejected). */
final class Json {

    private Json() {}

    /** The properties an object may have: an array for the look-up loop, a set for the error path. */
    static final class Keys {
        private final String[] names;
        private final Set<String> set;

        private Keys(String... names) {
            this.names = names.clone();
            this.set = Set.of(names);
        }

        /** These keys followed by {@code more}. */
        Keys plus(String... more) {
            String[] all = Arrays.copyOf(names, names.length + more.length);
            System.arraycopy(more, 0, all, names.length, more.length);
            return new Keys(all);
        }
    }

    /** @param names the allowed properties, most common first (the look-up stops once all present are found) */
    static Keys keys(String... names) {
        return new Keys(names);
    }

    /**
     * Rejects the first property, in the object's order, that is not allowed or is null. The happy path looks up
     * the allowed keys instead of walking the object (its entry set wraps every entry: a profile hot spot); only
     * when a key is unknown or a value null does the walk run, to report the same first offender as always.
     */
    static void allowOnly(JsonObject o, String path, Keys allowed, String section) {
        int size = o.size();
        if (size <= allowed.names.length) {
            int present = 0;
            boolean nullSeen = false;
            for (String key : allowed.names) {
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
            if (!allowed.set.contains(e.getKey())) {
                throw new XapiValidationException(
                        path + "." + e.getKey(),
                        "property is not allowed here (xAPI Data " + section + ", §2.2.s4.b1.b7)");
            }
            if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                throw new XapiValidationException(
                        path + "." + e.getKey(), "null values are not allowed (xAPI Data §2.2.s4.b1.b1)");
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

    /** As {@link #string(JsonValue, String)} for member {@code key}; the path is built on failure only. */
    static String string(JsonValue v, String parent, String key) {
        if (v != null && v.getValueType() == JsonValue.ValueType.STRING) {
            return ((JsonString) v).getString();
        }
        return string(v, parent + "." + key);
    }

    static double number(JsonValue v, String path) {
        if (v == null || v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new XapiValidationException(path, "must be a number (xAPI Data §2.2.s4.b1.b2)");
        }
        return ((JsonNumber) v).doubleValue();
    }

    /** As {@link #number(JsonValue, String)}, the path {@code parent.key} built on failure only. */
    static double number(JsonValue v, String parent, String key) {
        if (v != null && v.getValueType() == JsonValue.ValueType.NUMBER) {
            return ((JsonNumber) v).doubleValue();
        }
        return number(v, parent + "." + key);
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

    /** As {@link #bool(JsonValue, String)}, the path {@code parent.key} built on failure only. */
    static boolean bool(JsonValue v, String parent, String key) {
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        return bool(v, parent + "." + key);
    }

    static JsonValue required(JsonObject o, String key, String path, String section) {
        JsonValue v = o.get(key);
        if (v == null) {
            throw new XapiValidationException(path + "." + key, "is required (xAPI Data " + section + ")");
        }
        return v;
    }
}
