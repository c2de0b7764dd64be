package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The canonical definition of an Activity (Communication §2.5: the Activities resource returns "the complete
 * Activity"; §2.1.3 format=canonical) built from the definitions statements carried: a later definition replaces
 * the properties it has, and its language maps ({@code name}, {@code description}, the descriptions of interaction
 * components by component id) add to the earlier ones, a language given again taking the later text. So a course
 * that first sends {@code en-US} and later {@code es} keeps both, as the ADL conformance suite checks.
 */
public final class ActivityDefinitions {

    private static final List<String> LANGUAGE_MAPS = List.of("name", "description");
    private static final List<String> INTERACTION_LISTS = List.of("choices", "scale", "source", "target", "steps");

    private ActivityDefinitions() {}

    public static JsonObject merge(JsonObject earlier, JsonObject later) {
        if (earlier == null || earlier.equals(later)) {
            return later;
        }
        JsonObjectBuilder b = CachedJson.objectBuilder(earlier);
        for (var e : later.entrySet()) {
            String key = e.getKey();
            JsonValue value = e.getValue();
            if (LANGUAGE_MAPS.contains(key) || "extensions".equals(key)) {
                b.add(key, union(earlier.get(key), value));
            } else if (INTERACTION_LISTS.contains(key)) {
                b.add(key, components(earlier.get(key), value));
            } else {
                b.add(key, value);
            }
        }
        return b.build();
    }

    /** Both objects' entries, the later one's winning a key given twice. */
    private static JsonValue union(JsonValue earlier, JsonValue later) {
        if (!(earlier instanceof JsonObject e) || !(later instanceof JsonObject l)) {
            return later;
        }
        JsonObjectBuilder b = CachedJson.objectBuilder(e);
        l.forEach(b::add);
        return b.build();
    }

    /** The later list, each component's description added to that of the earlier component with its id. */
    private static JsonValue components(JsonValue earlier, JsonValue later) {
        if (!(earlier instanceof JsonArray e) || !(later instanceof JsonArray l)) {
            return later;
        }
        Map<String, JsonObject> byId = new HashMap<>();
        for (JsonValue c : e) {
            if (c instanceof JsonObject o && o.get("id") instanceof JsonString id) {
                byId.put(id.getString(), o);
            }
        }
        JsonArrayBuilder out = CachedJson.arrayBuilder();
        for (JsonValue c : l) {
            JsonObject old =
                    c instanceof JsonObject o && o.get("id") instanceof JsonString id && o.containsKey("description")
                            ? byId.get(id.getString())
                            : null;
            out.add(
                    old == null
                            ? c
                            : CachedJson.objectBuilder(c.asJsonObject())
                                    .add(
                                            "description",
                                            union(
                                                    old.get("description"),
                                                    c.asJsonObject().get("description")))
                                    .build());
        }
        return out.build();
    }
}
