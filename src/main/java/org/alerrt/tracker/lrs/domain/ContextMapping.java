package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.alerrt.tracker.platform.json.CachedJson;

/** Rewrites the Activities and actors a statement's context refers to, for the formats and comparisons over it. */
final class ContextMapping {

    private ContextMapping() {}

    /**
     * Adds to {@code into} the contextActivities (Data §2.4.6.2) with each Activity in an array mapped by
     * {@code inArray} and a single Activity given without one by {@code alone}; other values are kept.
     */
    static void activities(
            JsonObject context,
            JsonObjectBuilder into,
            Function<JsonObject, JsonValue> inArray,
            Function<JsonObject, JsonValue> alone) {
        if (!(context.get("contextActivities") instanceof JsonObject ca)) {
            return;
        }
        JsonObjectBuilder cab = CachedJson.objectBuilder();
        for (var e : ca.entrySet()) {
            if (e.getValue() instanceof JsonArray list) {
                JsonArrayBuilder out = CachedJson.arrayBuilder();
                list.forEach(x -> out.add(x instanceof JsonObject a ? inArray.apply(a) : x));
                cab.add(e.getKey(), out);
            } else if (e.getValue() instanceof JsonObject a) {
                cab.add(e.getKey(), alone.apply(a));
            } else {
                cab.add(e.getKey(), e.getValue());
            }
        }
        into.add("contextActivities", cab);
    }

    /** Adds to {@code into} the contextAgents and contextGroups (2.0 Data §2.4.6) with each actor mapped. */
    static void actors(JsonObject context, JsonObjectBuilder into, UnaryOperator<JsonValue> actor) {
        for (String[] k : new String[][] {{"contextAgents", "agent"}, {"contextGroups", "group"}}) {
            if (context.get(k[0]) instanceof JsonArray list) {
                JsonArrayBuilder out = CachedJson.arrayBuilder();
                for (JsonValue item : list) {
                    out.add(
                            item instanceof JsonObject o && o.containsKey(k[1])
                                    ? CachedJson.objectBuilder(o)
                                            .add(k[1], actor.apply(o.get(k[1])))
                                            .build()
                                    : item);
                }
                into.add(k[0], out);
            }
        }
    }
}
