package org.alerrt.tracker.cmi5.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * A cmi5 langstring (§13.1): text per language tag, in the order of the file. A langstring without a lang
 * attribute is kept under the empty tag.
 */
public record LangString(Map<String, String> values) {

    public LangString {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static LangString empty() {
        return new LangString(Map.of());
    }

    /** The text in the first language given, for logs and lists. */
    public String first() {
        return values.isEmpty() ? "" : values.values().iterator().next();
    }

    /** A JSON object of text per language tag, in order: how it is stored and how the admin API answers it. */
    public JsonObject toJson() {
        JsonObjectBuilder b = CachedJson.objectBuilder();
        values.forEach(b::add);
        return b.build();
    }

    /** From the text of {@link #toJson()}. */
    public static LangString fromJson(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonReader r = CachedJson.reader(new StringReader(json))) {
            r.readObject().forEach((k, v) -> values.put(k, ((JsonString) v).getString()));
        }
        return new LangString(values);
    }
}
