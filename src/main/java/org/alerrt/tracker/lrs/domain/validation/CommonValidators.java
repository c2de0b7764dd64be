package org.alerrt.tracker.lrs.domain.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.function.Predicate;

/** Value rules used by several objects: IRIs, UUIDs, language maps (§4.2), extensions (§4.1). */
final class CommonValidators {

    private CommonValidators() {}

    static String iri(JsonValue v, String path, String section) {
        String s = Json.string(v, path);
        if (!Formats.isIri(s)) {
            throw new XapiValidationException(
                    path, "must be an IRI with a scheme (xAPI Data " + section + ", §2.2.s4.b1.b8)");
        }
        return s;
    }

    /** As {@link #iri(JsonValue, String, String)} for member {@code key}; the path is built on failure only. */
    static String iri(JsonValue v, String parent, String key, String section) {
        return is(v, Formats::isIri) ? ((JsonString) v).getString() : iri(v, parent + "." + key, section);
    }

    /** The required IRI {@code id} of a Verb or an Activity, no longer than its indexed column ({@code max}). */
    static String indexedIriId(JsonObject o, String path, String section, int max) {
        return Lengths.indexed(iri(Json.required(o, "id", path, section), path, "id", section), max, path, "id");
    }

    static String uuid(JsonValue v, String path, String section) {
        String s = Json.string(v, path);
        if (!Formats.isUuid(s)) {
            throw new XapiValidationException(path, "must be a UUID (xAPI Data " + section + ")");
        }
        return s;
    }

    /** As {@link #uuid(JsonValue, String, String)} for member {@code key}; the path is built on failure only. */
    static String uuid(JsonValue v, String parent, String key, String section) {
        return is(v, Formats::isUuid) ? ((JsonString) v).getString() : uuid(v, parent + "." + key, section);
    }

    /** Whether {@code v} is a string of the format; the member forms above build no path unless it is not. */
    private static boolean is(JsonValue v, Predicate<String> format) {
        return v instanceof JsonString s && format.test(s.getString());
    }

    /** §4.2 Language Map: keys are RFC 5646 tags, values are strings. */
    static void languageMap(JsonValue v, String path) {
        JsonObject map = Json.object(v, path);
        for (var e : map.entrySet()) {
            if (!Formats.isLanguageTag(e.getKey())) {
                throw new XapiValidationException(
                        path + "." + e.getKey(),
                        "language map key must be an RFC 5646 language tag (xAPI Data §4.2, §2.2.s4.b2)");
            }
            Json.string(e.getValue(), path, e.getKey());
        }
    }

    /** §4.1 Extensions: keys are IRIs; values are any JSON, nulls included. */
    static void extensions(JsonValue v, String path) {
        JsonObject map = Json.object(v, path);
        for (String key : map.keySet()) {
            if (!Formats.isIri(key)) {
                throw new XapiValidationException(path + "." + key, "extension keys must be IRIs (xAPI Data §4.1)");
            }
        }
    }
}
