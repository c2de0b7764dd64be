package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * Data §2.4.6.2: a single Activity given as a contextActivities value ({@code "parent": {…}}) MUST be returned as
 * an array of one. Applied when a statement is stored and again when one is read (rows stored before this rule),
 * in the statement and in a SubStatement. The statement comparison of Data §2.3.1.s9 already treats both as equal.
 */
public final class ContextActivities {

    private ContextActivities() {}

    /** The statement with every contextActivities value an array; the same instance when there is nothing to do. */
    public static JsonObject asArrays(JsonObject statement) {
        JsonObject statementLevel = inContext(statement);
        JsonValue object = statementLevel.get("object");
        if (object instanceof JsonObject o && "SubStatement".equals(o.getString("objectType", ""))) {
            JsonObject sub = inContext(o);
            if (sub != o) {
                return CachedJson.objectBuilder(statementLevel)
                        .add("object", sub)
                        .build();
            }
        }
        return statementLevel;
    }

    private static JsonObject inContext(JsonObject s) {
        if (!(s.get("context") instanceof JsonObject context)
                || !(context.get("contextActivities") instanceof JsonObject ca)) {
            return s;
        }
        JsonObjectBuilder fixed = null;
        for (var e : ca.entrySet()) {
            if (e.getValue() instanceof JsonObject single) {
                if (fixed == null) {
                    fixed = CachedJson.objectBuilder(ca);
                }
                fixed.add(e.getKey(), CachedJson.arrayBuilder().add(single));
            }
        }
        if (fixed == null) {
            return s;
        }
        return CachedJson.objectBuilder(s)
                .add("context", CachedJson.objectBuilder(context).add("contextActivities", fixed))
                .build();
    }
}
