package org.alerrt.tracker.lrs.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

final class JsonSupport {

    private JsonSupport() {}

    /** JSON with single quotes for readability in tests. */
    static JsonObject json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return r.readObject();
        }
    }
}
