package org.alerrt.tracker.cmi5.api;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * A learner's enrollment in a cmi5 course (§9.6.1), pinned to the course version current when it was made, so a
 * re-import never changes what it launches. {@code actor} is the xAPI Agent JSON used in every launch (§8.1.3).
 */
public record Registration(
        String registration, long courseId, int version, long learnerId, String actor, OffsetDateTime createdAt) {

    /** A registration id as given by a caller, in the form it is stored (registration ids are lower-case UUIDs). */
    public static String idOf(String given) {
        return given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A registration id a caller chose, in the form it is stored; refused unless it is a UUID in canonical form
     * ({@code rule}: the specification that asks for one).
     */
    public static String chosenId(String raw, String rule) {
        try {
            String v = raw.strip().toLowerCase(Locale.ROOT);
            if (v.length() == 36 && UUID.fromString(v).toString().equals(v)) {
                return v;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw Refusal.invalid("registration", "must be a UUID (" + rule + "), got '" + raw + "'");
    }

    /** The actor as the JSON object it was stored from. */
    public JsonObject actorJson() {
        try (var r = CachedJson.reader(new StringReader(actor))) {
            return r.readObject();
        }
    }
}
