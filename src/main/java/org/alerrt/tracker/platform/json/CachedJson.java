package org.alerrt.tracker.platform.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.Reader;

/**
 * JSON-P factories from one provider looked up once. {@code jakarta.json.Json.create*} runs a ServiceLoader
 * look-up (jar scanning) on every call, which profiling showed as a top cost on the statement write path.
 */
public final class CachedJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private CachedJson() {}

    public static JsonObjectBuilder objectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder objectBuilder(JsonObject object) {
        return PROVIDER.createObjectBuilder(object);
    }

    public static JsonArrayBuilder arrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    /** A reader of exactly one JSON text: trailing content or too deep nesting is a JsonParsingException. */
    public static JsonReader reader(Reader reader) {
        return new StrictJsonReader(PROVIDER.createParser(reader));
    }

    /** As {@link #reader(Reader)}, the encoding detected from the bytes (RFC 8259 §8.1). */
    public static JsonReader reader(InputStream in) {
        return new StrictJsonReader(PROVIDER.createParser(in));
    }

    public static JsonString value(String value) {
        return PROVIDER.createValue(value);
    }
}
