package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.Instant;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * A statement as the LRS keeps it: the client's statement completed with {@code id}, {@code timestamp},
 * {@code stored}, {@code authority} and {@code version} (xAPI Data §2.4), plus the columns queries filter on.
 */
public record StoredStatement(
        String id,
        long seq,
        Instant stored,
        JsonObject document,
        String actorIfi,
        String objectAgentIfi,
        String verbIri,
        String activityIri,
        String registration,
        String voidingTarget) {

    /** @param seq the statement's key ({@link StoredOrder}); {@code stored} is the time it stands for */
    public static StoredStatement prepare(
            JsonObject statement, String id, long seq, JsonObject authority, XapiVersion requestVersion) {
        Instant stored = StoredOrder.stored(seq);
        statement = ContextActivities.asArrays(statement);
        String storedText = XapiTimestamps.format(stored);
        JsonObjectBuilder b = CachedJson.objectBuilder(statement)
                .add("id", id)
                .add("stored", storedText)
                .add("authority", authority);
        if (statement.get("timestamp") instanceof JsonString t) {
            b.add("timestamp", XapiTimestamps.normalize(t.getString())); // 2.0.0 4.2.4.2: converted to UTC
        } else {
            b.add("timestamp", storedText); // §2.4.7 (a must in 2.0.0): the same value as stored when absent
        }
        JsonObject object = statement.getJsonObject("object");
        if ("SubStatement".equals(object.getString("objectType", ""))
                && object.get("timestamp") instanceof JsonString t) {
            b.add("object", CachedJson.objectBuilder(object).add("timestamp", XapiTimestamps.normalize(t.getString())));
        }
        if (!statement.containsKey("version")) {
            b.add("version", requestVersion == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0");
        }
        JsonObject doc = b.build();
        JsonObject actor = doc.getJsonObject("actor");
        object = doc.getJsonObject("object");
        String objectType = object.getString("objectType", "Activity");
        String verb = doc.getJsonObject("verb").getString("id");
        JsonObject context = doc.getJsonObject("context");
        return new StoredStatement(
                id,
                seq,
                stored,
                doc,
                ActorIdentity.of(actor).map(ActorIdentity::value).orElse(null),
                ("Agent".equals(objectType) || "Group".equals(objectType))
                        ? ActorIdentity.of(object).map(ActorIdentity::value).orElse(null)
                        : null,
                verb,
                "Activity".equals(objectType) ? object.getString("id") : null,
                context != null && context.containsKey("registration")
                        ? context.getString("registration").toLowerCase()
                        : null,
                Verbs.VOIDED.equals(verb) ? object.getString("id").toLowerCase() : null);
    }

    public boolean isVoiding() {
        return voidingTarget != null;
    }

    /** Data §2.3.1.s9: the same statement apart from what the immutability exceptions allow. */
    public static boolean sameContent(JsonObject stored, JsonObject incoming) {
        return StatementComparison.same(stored, incoming);
    }
}
