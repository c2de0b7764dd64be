package org.alerrt.tracker.lrs.domain.attachments;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alerrt.tracker.lrs.domain.validation.Formats;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * Data §2.6.s5.b3.b2 with §2.3.1.s9: is the statement in a JWS payload "logically equivalent" to the statement
 * received? Differences the immutability exceptions (§2.3.1) allow are ignored: properties the LRS assigns
 * (stored, authority, version; id and timestamp only when one side lacks them), timestamp serialization
 * (compared as instants), Group member order, and the signature attachment itself. xAPI 2.0.0 (4.2.7) adds that
 * durations compare truncated to 0.01 s. Everything else compares as JSON values.
 */
public final class SignedStatementEquivalence {

    public static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";

    private static final Set<String> ASSIGNED_BY_LRS = Set.of("stored", "authority", "version");
    private static final Pattern FRACTION_SECONDS = Pattern.compile("(\\d+)\\.(\\d*)S$");

    private SignedStatementEquivalence() {}

    /** @return null when equivalent, else the first property that differs */
    public static String difference(JsonObject payload, JsonObject received) {
        for (String key : List.of("id", "timestamp")) {
            if (payload.containsKey(key)
                    && received.containsKey(key)
                    && !sameScalar(key, payload.get(key), received.get(key))) {
                return key;
            }
        }
        JsonObject a = normalize(payload);
        JsonObject b = normalize(received);
        for (String key : union(a, b)) {
            if (!Objects.equals(a.get(key), b.get(key))) {
                return key;
            }
        }
        return null;
    }

    private static boolean sameScalar(String key, JsonValue a, JsonValue b) {
        if (!(a instanceof JsonString sa) || !(b instanceof JsonString sb)) {
            return a.equals(b);
        }
        if ("id".equals(key)) {
            return sa.getString().equalsIgnoreCase(sb.getString());
        }
        var ta = Formats.parseTimestamp(sa.getString());
        var tb = Formats.parseTimestamp(sb.getString());
        return ta != null && tb != null ? ta.toInstant().equals(tb.toInstant()) : a.equals(b);
    }

    private static JsonObject normalize(JsonObject s) {
        JsonObjectBuilder b = CachedJson.objectBuilder();
        for (var e : s.entrySet()) {
            String key = e.getKey();
            if (ASSIGNED_BY_LRS.contains(key) || "id".equals(key) || "timestamp".equals(key)) {
                continue; // compared above when both sides have them
            }
            if ("attachments".equals(key) && e.getValue() instanceof JsonArray list) {
                JsonArray kept = withoutSignatures(list);
                if (!kept.isEmpty()) {
                    b.add(key, kept);
                }
                continue;
            }
            b.add(key, canonical(key, e.getValue()));
        }
        return b.build();
    }

    private static JsonArray withoutSignatures(JsonArray attachments) {
        JsonArrayBuilder b = CachedJson.arrayBuilder();
        for (JsonValue v : attachments) {
            if (!(v instanceof JsonObject a && SIGNATURE_USAGE.equals(a.getString("usageType", "")))) {
                b.add(v);
            }
        }
        return b.build();
    }

    /** Group members in a fixed order, timestamps as instants, durations truncated to hundredths. */
    private static JsonValue canonical(String key, JsonValue value) {
        if (value instanceof JsonObject o) {
            JsonObjectBuilder b = CachedJson.objectBuilder();
            for (var e : o.entrySet()) {
                b.add(e.getKey(), canonical(e.getKey(), e.getValue()));
            }
            return b.build();
        }
        if (value instanceof JsonArray list) {
            List<JsonValue> items = new ArrayList<>();
            list.forEach(v -> items.add(canonical(null, v)));
            if ("member".equals(key)) {
                items.sort(Comparator.comparing(JsonValue::toString));
            }
            JsonArrayBuilder b = CachedJson.arrayBuilder();
            items.forEach(b::add);
            return b.build();
        }
        if (value instanceof JsonString s) {
            if ("timestamp".equals(key)) {
                var t = Formats.parseTimestamp(s.getString());
                return t == null ? value : CachedJson.value(t.toInstant().toString());
            }
            if ("duration".equals(key)) {
                return CachedJson.value(truncatedDuration(s.getString()));
            }
        }
        return value;
    }

    /** xAPI 2.0.0 4.2.7: precision beyond 0.01 s is ignored when comparing ("0.1237S" equals "0.12S"). */
    static String truncatedDuration(String duration) {
        Matcher m = FRACTION_SECONDS.matcher(duration);
        if (!m.find()) {
            return duration;
        }
        String fraction = m.group(2).length() > 2 ? m.group(2).substring(0, 2) : m.group(2);
        fraction = fraction.replaceAll("0+$", "");
        return duration.substring(0, m.start()) + m.group(1) + (fraction.isEmpty() ? "" : "." + fraction) + "S";
    }

    private static Set<String> union(JsonObject a, JsonObject b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
