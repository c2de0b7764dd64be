package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The "format" parameter of GET /statements (Communication §2.1.3, Data §2.4.3.s6):
 * {@code exact} returns the statement as stored; {@code ids} keeps only what identifies Agents, Groups, Activities
 * and Verbs; {@code canonical} replaces Activity definitions by the LRS's canonical one and keeps one language per
 * language map (chosen by Accept-Language), Agents and Groups as in exact.
 */
public enum StatementFormat {
    EXACT,
    IDS,
    CANONICAL;

    private static final List<String> IFI_KEYS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final List<String> INTERACTION_LISTS = List.of("choices", "scale", "source", "target", "steps");

    public static Optional<StatementFormat> parse(String value) {
        if (value == null) {
            return Optional.of(EXACT);
        }
        return switch (value) {
            case "exact" -> Optional.of(EXACT);
            case "ids" -> Optional.of(IDS);
            case "canonical" -> Optional.of(CANONICAL);
            default -> Optional.empty();
        };
    }

    public String parameter() {
        return name().toLowerCase();
    }

    /**
     * @param canonical canonical definitions by Activity id (only read for CANONICAL)
     * @param languages the reader's language preference (only read for CANONICAL)
     */
    public JsonObject apply(JsonObject statement, Map<String, JsonObject> canonical, LanguagePreference languages) {
        JsonObject arrays = ContextActivities.asArrays(statement); // Data §2.4.6.2, also for rows stored before
        return switch (this) {
            case EXACT -> arrays;
            case IDS -> new Rewriter(true, canonical, languages).statement(arrays);
            case CANONICAL -> new Rewriter(false, canonical, languages).statement(arrays);
        };
    }

    private record Rewriter(boolean ids, Map<String, JsonObject> canonical, LanguagePreference languages) {

        JsonObject statement(JsonObject s) {
            JsonObjectBuilder b = CachedJson.objectBuilder();
            for (var e : s.entrySet()) {
                JsonValue v = e.getValue();
                b.add(
                        e.getKey(),
                        switch (e.getKey()) {
                            case "actor", "authority" -> actor(v);
                            case "verb" -> verb(v);
                            case "object" -> object(v);
                            case "context" -> context(v);
                            default -> v;
                        });
            }
            return b.build();
        }

        JsonValue object(JsonValue v) {
            if (!(v instanceof JsonObject o)) {
                return v;
            }
            return switch (o.getString("objectType", "Activity")) {
                case "Activity" -> activity(o);
                case "Agent", "Group" -> actor(o);
                case "SubStatement" -> statement(o);
                default -> o;
            };
        }

        /** ids: an Agent or identified Group by its IFI; an anonymous Group by its members' IFIs (§2.1.3). */
        JsonValue actor(JsonValue v) {
            if (!ids || !(v instanceof JsonObject a)) {
                return v;
            }
            JsonObjectBuilder b = CachedJson.objectBuilder();
            if (a.containsKey("objectType")) {
                b.add("objectType", a.get("objectType"));
            }
            boolean identified = false;
            for (String k : IFI_KEYS) {
                if (a.containsKey(k)) {
                    b.add(k, a.get(k));
                    identified = true;
                }
            }
            if (!identified && a.get("member") instanceof JsonArray members) {
                JsonArrayBuilder m = CachedJson.arrayBuilder();
                members.forEach(x -> m.add(actor(x)));
                b.add("member", m);
            }
            return b.build();
        }

        /** ids: the Verb id only (2.0.0 makes leaving out display a must); canonical: one display language. */
        JsonValue verb(JsonValue v) {
            if (!(v instanceof JsonObject verb)) {
                return v;
            }
            if (ids) {
                return CachedJson.objectBuilder().add("id", verb.get("id")).build();
            }
            if (!verb.containsKey("display")) {
                return verb;
            }
            return CachedJson.objectBuilder(verb)
                    .add("display", languages.reduce(verb.get("display")))
                    .build();
        }

        JsonValue activity(JsonObject a) {
            if (ids) {
                // the id is the minimum that identifies an Activity (C §2.1.3 format; 2.0: "Activity only id"):
                // no objectType, as the ADL reference LRS answers
                return CachedJson.objectBuilder().add("id", a.get("id")).build();
            }
            JsonObject definition = canonical.get(a.getString("id", ""));
            if (definition == null && a.get("definition") instanceof JsonObject own) {
                definition = own;
            }
            if (definition == null) {
                return a;
            }
            return CachedJson.objectBuilder(a)
                    .add("definition", definition(definition))
                    .build();
        }

        /** One language in name, description and each interaction component's description (§2.1.3.s4). */
        JsonObject definition(JsonObject d) {
            JsonObjectBuilder b = CachedJson.objectBuilder(d);
            for (String k : List.of("name", "description")) {
                if (d.containsKey(k)) {
                    b.add(k, languages.reduce(d.get(k)));
                }
            }
            for (String k : INTERACTION_LISTS) {
                if (d.get(k) instanceof JsonArray list) {
                    JsonArrayBuilder out = CachedJson.arrayBuilder();
                    for (JsonValue item : list) {
                        if (item instanceof JsonObject c && c.containsKey("description")) {
                            out.add(CachedJson.objectBuilder(c)
                                    .add("description", languages.reduce(c.get("description"))));
                        } else {
                            out.add(item);
                        }
                    }
                    b.add(k, out);
                }
            }
            return b.build();
        }

        JsonValue context(JsonValue v) {
            if (!(v instanceof JsonObject c)) {
                return v;
            }
            JsonObjectBuilder b = CachedJson.objectBuilder(c);
            for (String k : Set.of("instructor", "team")) {
                if (c.containsKey(k)) {
                    b.add(k, actor(c.get(k)));
                }
            }
            ContextMapping.activities(c, b, this::activity, this::activity);
            ContextMapping.actors(c, b, this::actor);
            return b.build();
        }
    }
}
