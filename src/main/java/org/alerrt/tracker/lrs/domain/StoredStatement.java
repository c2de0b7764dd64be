package org.alerrt.tracker.lrs.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Set;

/**
 * A statement as the LRS keeps it: the client's statement completed with {@code id}, {@code timestamp},
 * {@code stored}, {@code authority} and {@code version} (xAPI Data §2.4), plus the columns queries filter on.
 */
public record StoredStatement(String id, Instant stored, JsonObject document, String actorIfi,
                              String objectAgentIfi, String verbIri, String activityIri, String registration,
                              String voidingTarget) {

    /** Properties the LRS sets or may change; §2.3.1.s9 leaves them out when comparing two statements. */
    private static final Set<String> LRS_PROPERTIES = Set.of("id", "stored", "authority", "version", "timestamp");

    public static StoredStatement prepare(JsonObject statement, String id, Instant stored, JsonObject authority,
                                          XapiVersion requestVersion) {
        JsonObjectBuilder b = Json.createObjectBuilder(statement)
                .add("id", id)
                .add("stored", stored.toString())
                .add("authority", authority);
        if (!statement.containsKey("timestamp")) {
            b.add("timestamp", stored.toString()); // §2.4.7: the LRS sets it to stored when absent
        }
        if (!statement.containsKey("version")) {
            b.add("version", requestVersion == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0");
        }
        JsonObject doc = b.build();
        JsonObject actor = doc.getJsonObject("actor");
        JsonObject object = doc.getJsonObject("object");
        String objectType = object.getString("objectType", "Activity");
        String verb = doc.getJsonObject("verb").getString("id");
        JsonObject context = doc.getJsonObject("context");
        return new StoredStatement(id, stored, doc,
                ActorIdentity.of(actor).map(ActorIdentity::value).orElse(null),
                ("Agent".equals(objectType) || "Group".equals(objectType))
                        ? ActorIdentity.of(object).map(ActorIdentity::value).orElse(null) : null,
                verb,
                "Activity".equals(objectType) ? object.getString("id") : null,
                context != null && context.containsKey("registration")
                        ? context.getString("registration").toLowerCase() : null,
                Verbs.VOIDED.equals(verb) ? object.getString("id").toLowerCase() : null);
    }

    public boolean isVoiding() {
        return voidingTarget != null;
    }

    /** §2.3.1.s9: same statement when equal apart from the properties the LRS sets. */
    public static boolean sameContent(JsonObject a, JsonObject b) {
        return withoutLrsProperties(a).equals(withoutLrsProperties(b));
    }

    private static JsonObject withoutLrsProperties(JsonObject statement) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (var e : statement.entrySet()) {
            if (!LRS_PROPERTIES.contains(e.getKey())) {
                b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

}
