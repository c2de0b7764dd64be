package org.alerrt.tracker.lrs.domain.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;

/** Activities and their definitions, interaction activities included (xAPI Data §2.4.4.1). */
public final class ActivityValidator {

    private static final Json.Keys ACTIVITY_KEYS = Json.keys("objectType", "id", "definition");
    private static final Json.Keys DEFINITION_KEYS = Json.keys(
            "name",
            "description",
            "type",
            "moreInfo",
            "extensions",
            "interactionType",
            "correctResponsesPattern",
            "choices",
            "scale",
            "source",
            "target",
            "steps");
    private static final Set<String> INTERACTION_TYPES = Set.of(
            "true-false",
            "choice",
            "fill-in",
            "long-fill-in",
            "matching",
            "performance",
            "sequencing",
            "likert",
            "numeric",
            "other");
    private static final Set<String> COMPONENT_LISTS = Set.of("choices", "scale", "source", "target", "steps");
    private static final Json.Keys COMPONENT_KEYS = Json.keys("id", "description");

    private ActivityValidator() {}

    public static void activity(JsonValue value, String path) {
        JsonObject o = Json.object(value, path);
        Json.allowOnly(o, path, ACTIVITY_KEYS, "§2.4.4.1");
        if (o.containsKey("objectType") && !"Activity".equals(Json.string(o.get("objectType"), path, "objectType"))) {
            throw new XapiValidationException(path + ".objectType", "must be 'Activity' (xAPI Data §2.4.4.1)");
        }
        CommonValidators.indexedIriId(o, path, "§2.4.4.1", Lengths.ACTIVITY_ID);
        if (o.containsKey("definition")) {
            definition(o.get("definition"), path + ".definition");
        }
    }

    private static void definition(JsonValue value, String path) {
        JsonObject d = Json.object(value, path);
        Json.allowOnly(d, path, DEFINITION_KEYS, "§2.4.4.1.s2");
        if (d.containsKey("name")) {
            CommonValidators.languageMap(d.get("name"), path + ".name");
        }
        if (d.containsKey("description")) {
            CommonValidators.languageMap(d.get("description"), path + ".description");
        }
        if (d.containsKey("type")) {
            CommonValidators.iri(d.get("type"), path, "type", "§2.4.4.1.s2");
        }
        if (d.containsKey("moreInfo")) {
            CommonValidators.iri(d.get("moreInfo"), path, "moreInfo", "§2.4.4.1.s2");
        }
        if (d.containsKey("extensions")) {
            CommonValidators.extensions(d.get("extensions"), path + ".extensions");
        }
        boolean interaction = d.containsKey("interactionType");
        if (interaction
                && !INTERACTION_TYPES.contains(Json.string(d.get("interactionType"), path, "interactionType"))) {
            throw new XapiValidationException(
                    path + ".interactionType", "must be one of " + INTERACTION_TYPES + " (xAPI Data §2.4.4.1.s9)");
        }
        if (d.containsKey("correctResponsesPattern")) {
            requireInteraction(interaction, path + ".correctResponsesPattern");
            var patterns = Json.array(d.get("correctResponsesPattern"), path + ".correctResponsesPattern");
            for (int i = 0; i < patterns.size(); i++) {
                Json.string(patterns.get(i), path + ".correctResponsesPattern[" + i + "]");
            }
        }
        for (String list : COMPONENT_LISTS) {
            if (d.containsKey(list)) {
                requireInteraction(interaction, path + "." + list);
                components(d.get(list), path + "." + list);
            }
        }
    }

    private static void requireInteraction(boolean interaction, String path) {
        if (!interaction) {
            throw new XapiValidationException(path, "is only allowed with an interactionType (xAPI Data §2.4.4.1.s13)");
        }
    }

    /** §2.4.4.1.s16: interaction components have unique ids within their list. */
    private static void components(JsonValue value, String path) {
        var array = Json.array(value, path);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String p = path + "[" + i + "]";
            JsonObject c = Json.object(array.get(i), p);
            Json.allowOnly(c, p, COMPONENT_KEYS, "§2.4.4.1.s15");
            String id = Json.string(Json.required(c, "id", p, "§2.4.4.1.s15"), p, "id");
            if (!ids.add(id)) {
                throw new XapiValidationException(
                        p + ".id", "interaction component ids must be unique within the list (xAPI Data §2.4.4.1.s16)");
            }
            if (c.containsKey("description")) {
                CommonValidators.languageMap(c.get("description"), p + ".description");
            }
        }
    }
}
