package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * Data §2.3.1.s9 Statement comparison: two statements are the same when they differ only in what the immutability
 * exceptions of §2.3.1 allow. So before comparing, both are brought to one form:
 * <ul>
 * <li>b1: id, authority, stored, version are left out; timestamp too when the newer copy has none (the LRS set it);
 * otherwise timestamps compare as instants (b4: serialization of timestamps);</li>
 * <li>b2/b3: Activity definitions and Verb displays are left out;</li>
 * <li>b5: Group members compare as an unordered list;</li>
 * <li>b7: case-insensitive parts compare lowercased: UUIDs (registration, StatementRef ids), the domain of an mbox,
 * the hex of mbox_sha1sum;</li>
 * <li>b8 with xAPI 2.0.0 4.2.7: durations compare as strings, precision beyond 0.01 s ignored.</li>
 * </ul>
 */
public final class StatementComparison {

    private static final Set<String> LRS_SET = Set.of("id", "authority", "stored", "version");

    private StatementComparison() {}

    /** @param stored the statement already in the LRS; @param incoming the one received again */
    public static boolean same(JsonObject stored, JsonObject incoming) {
        boolean ignoreTimestamp = !incoming.containsKey("timestamp");
        return normalize(stored, ignoreTimestamp).equals(normalize(incoming, ignoreTimestamp));
    }

    static JsonObject normalize(JsonObject s, boolean ignoreTimestamp) {
        JsonObjectBuilder b = CachedJson.objectBuilder();
        for (var e : s.entrySet()) {
            String k = e.getKey();
            JsonValue v = e.getValue();
            if (LRS_SET.contains(k) || (ignoreTimestamp && k.equals("timestamp"))) {
                continue;
            }
            b.add(
                    k,
                    switch (k) {
                        case "timestamp" ->
                            v instanceof JsonString t ? CachedJson.value(XapiTimestamps.normalize(t.getString())) : v;
                        case "actor" -> actor(v);
                        case "verb" -> v instanceof JsonObject verb ? without(verb, "display") : v;
                        case "object" -> object(v);
                        case "context" -> context(v);
                        case "result" -> result(v);
                        default -> v;
                    });
        }
        return b.build();
    }

    private static JsonValue object(JsonValue v) {
        if (!(v instanceof JsonObject o)) {
            return v;
        }
        return switch (o.getString("objectType", "Activity")) {
            case "Activity" -> without(o, "definition");
            case "Agent", "Group" -> actor(o);
            case "StatementRef" -> lowerId(o);
            case "SubStatement" -> normalize(o, false);
            default -> o;
        };
    }

    static JsonValue actor(JsonValue v) {
        if (!(v instanceof JsonObject a)) {
            return v;
        }
        JsonObjectBuilder b = CachedJson.objectBuilder(a);
        if (a.get("mbox") instanceof JsonString mbox) {
            String m = mbox.getString();
            int at = m.lastIndexOf('@');
            b.add("mbox", at < 0 ? m : m.substring(0, at) + m.substring(at).toLowerCase(Locale.ROOT));
        }
        if (a.get("mbox_sha1sum") instanceof JsonString sha) {
            b.add("mbox_sha1sum", sha.getString().toLowerCase(Locale.ROOT));
        }
        if (a.get("member") instanceof JsonArray members) {
            List<JsonValue> normalized = new ArrayList<>();
            for (JsonValue m : members) {
                normalized.add(actor(m));
            }
            normalized.sort((x, y) -> x.toString().compareTo(y.toString()));
            JsonArrayBuilder out = CachedJson.arrayBuilder();
            normalized.forEach(out::add);
            b.add("member", out);
        }
        return b.build();
    }

    private static JsonValue context(JsonValue v) {
        if (!(v instanceof JsonObject c)) {
            return v;
        }
        JsonObjectBuilder b = CachedJson.objectBuilder(c);
        if (c.get("registration") instanceof JsonString r) {
            b.add("registration", r.getString().toLowerCase(Locale.ROOT));
        }
        for (String k : List.of("instructor", "team")) {
            if (c.containsKey(k)) {
                b.add(k, actor(c.get(k)));
            }
        }
        if (c.get("statement") instanceof JsonObject ref) {
            b.add("statement", lowerId(ref));
        }
        ContextMapping.activities(
                c,
                b,
                a -> without(a, "definition"),
                // a single Activity is the same as a one-element array (Data §2.4.6.2)
                a -> CachedJson.arrayBuilder().add(without(a, "definition")).build());
        ContextMapping.actors(c, b, StatementComparison::actor);
        return b.build();
    }

    private static JsonValue result(JsonValue v) {
        if (v instanceof JsonObject r && r.get("duration") instanceof JsonString d) {
            return CachedJson.objectBuilder(r)
                    .add("duration", truncateDuration(d.getString()))
                    .build();
        }
        return v;
    }

    /** xAPI 2.0.0 4.2.7: precision beyond 0.01 s is ignored when comparing durations. */
    static String truncateDuration(String duration) {
        return duration.replaceFirst("(\\d+)\\.(\\d{1,2})\\d*S$", "$1.$2S");
    }

    private static JsonObject lowerId(JsonObject ref) {
        return ref.get("id") instanceof JsonString id
                ? CachedJson.objectBuilder(ref)
                        .add("id", id.getString().toLowerCase(Locale.ROOT))
                        .build()
                : ref;
    }

    private static JsonObject without(JsonObject o, String key) {
        return o.containsKey(key) ? CachedJson.objectBuilder(o).remove(key).build() : o;
    }
}
