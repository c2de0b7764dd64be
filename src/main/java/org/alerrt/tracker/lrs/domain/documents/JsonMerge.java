package org.alerrt.tracker.lrs.domain.documents;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The JSON procedure of POST on a document resource (Communication §2.2.s7): top-level properties of the posted
 * object replace those of the stored one, whatever their values; nested objects are not merged.
 */
public final class JsonMerge {

    private JsonMerge() {}

    /**
     * @return the merged document, serialized as UTF-8 JSON
     * @throws XapiValidationException when either document is not a JSON object (§2.2.s8.b1)
     */
    public static byte[] merge(byte[] existing, byte[] posted) {
        JsonObject stored = object(
                existing,
                "document",
                "the stored document is not a JSON object, so it cannot be merged: replace it with PUT");
        JsonObject update = object(posted, "document", "a POST to merge must be a JSON object");
        JsonObjectBuilder merged = CachedJson.objectBuilder(stored);
        for (var e : update.entrySet()) {
            merged.add(e.getKey(), e.getValue());
        }
        return merged.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes as a JSON object, or 400 naming the rule (§2.2.s8.b1). */
    public static JsonObject object(byte[] bytes, String property, String rule) {
        JsonValue value;
        try (JsonReader r = CachedJson.reader(new ByteArrayInputStream(bytes))) {
            value = r.readValue();
        } catch (JsonException | IllegalStateException e) {
            value = null;
        }
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new XapiValidationException(property, rule + " (xAPI Communication §2.2.s8.b1)");
        }
        return value.asJsonObject();
    }
}
