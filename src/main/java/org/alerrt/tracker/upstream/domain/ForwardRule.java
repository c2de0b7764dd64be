package org.alerrt.tracker.upstream.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * One rule of what to forward: statements with this verb, about this activity (its object, or an activity of its
 * context: a course's AU statements name the course as parent or grouping, Data §2.4.6.2), or both; a rule with
 * neither matches every statement.
 */
public record ForwardRule(String activity, String verb) {

    private static final List<String> CONTEXT_KINDS = List.of("parent", "grouping", "category", "other");

    public ForwardRule {
        activity = FilterIri.optional(activity, "forward.rules.activity");
        verb = FilterIri.optional(verb, "forward.rules.verb");
    }

    public boolean matches(JsonObject statement) {
        if (verb != null && !verb.equals(idOf(statement.get("verb")))) {
            return false;
        }
        return activity == null || mentions(statement, activity);
    }

    private static boolean mentions(JsonObject statement, String activity) {
        if (activity.equals(idOf(statement.get("object")))) {
            return true;
        }
        if (statement.get("context") instanceof JsonObject context
                && context.get("contextActivities") instanceof JsonObject activities) {
            for (String kind : CONTEXT_KINDS) {
                JsonValue v = activities.get(kind);
                if (v instanceof JsonArray list) {
                    for (JsonValue a : list) {
                        if (activity.equals(idOf(a))) {
                            return true;
                        }
                    }
                } else if (activity.equals(idOf(v))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String idOf(JsonValue v) {
        return v instanceof JsonObject o ? o.getString("id", null) : null;
    }
}
