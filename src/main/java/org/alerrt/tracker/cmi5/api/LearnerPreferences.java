package org.alerrt.tracker.cmi5.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * A learner's cmi5 preferences (§11), the content of the {@code cmi5LearnerPreferences} agent profile document:
 * {@code languagePreference}, a comma-separated list of RFC 5646 language tags in order of preference (§11.1), and
 * {@code audioPreference}, "on" or "off" (§11.2). Either may be absent (the AU then uses its own default).
 */
public record LearnerPreferences(String languagePreference, String audioPreference) {

    /** RFC 5646 tag shape: subtags of 1–8 letters or digits joined by '-', starting with letters. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    /** A value that breaks §11.1 or §11.2: the property and why. */
    public static class Invalid extends IllegalArgumentException {
        private final String property;

        public Invalid(String property, String message) {
            super(message);
            this.property = property;
        }

        public String property() {
            return property;
        }
    }

    public LearnerPreferences {
        if (languagePreference != null) {
            languagePreference = languagePreference.strip();
            for (String tag : languagePreference.split(",", -1)) {
                if (!TAG.matcher(tag.strip()).matches()) {
                    throw new Invalid(
                            "languagePreference",
                            "must be a comma-separated list of RFC 5646 language"
                                    + " tags such as \"en-US,es-MX\" (cmi5 §11.1), got '" + languagePreference + "'");
                }
            }
            languagePreference = String.join(
                    ",",
                    Arrays.stream(languagePreference.split(","))
                            .map(String::strip)
                            .toList());
        }
        if (audioPreference != null && !audioPreference.equals("on") && !audioPreference.equals("off")) {
            throw new Invalid(
                    "audioPreference", "must be \"on\" or \"off\" (cmi5 §11.2), got '" + audioPreference + "'");
        }
    }

    /** From the JSON of the document or of a learner's request; null or JSON null properties are absent. */
    public static LearnerPreferences from(JsonObject json) {
        return new LearnerPreferences(text(json, "languagePreference"), text(json, "audioPreference"));
    }

    /** From a learner's request, the JSON object of its body; 400 naming the property at fault. */
    public static LearnerPreferences fromRequest(JsonObject json) {
        try {
            return from(json);
        } catch (Invalid e) {
            throw Refusal.invalid(e.property(), e.getMessage());
        }
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = CachedJson.objectBuilder();
        if (languagePreference != null) {
            b.add("languagePreference", languagePreference);
        }
        if (audioPreference != null) {
            b.add("audioPreference", audioPreference);
        }
        return b.build();
    }

    private static String text(JsonObject json, String key) {
        JsonValue v = json.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new Invalid(key, "must be a string (cmi5 §11)");
    }
}
