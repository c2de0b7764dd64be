package org.alerrt.tracker.platform.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

/**
 * A JSON reader that accepts one JSON text and nothing else (RFC 8259 §2). Parsson's own reader stops after the
 * first value, so {@code {"a":1}}garbage} was read as valid; and it reports input nested too deeply as a plain
 * RuntimeException. Here both are {@link JsonParsingException}s, which callers already turn into a 400.
 */
final class StrictJsonReader implements JsonReader {

    private final JsonParser parser;
    private boolean read;

    StrictJsonReader(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public JsonValue readValue() {
        if (read) {
            throw new IllegalStateException("this reader has already read its JSON text");
        }
        read = true;
        try {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) { // Parsson already throws here on a token after the value
                throw new JsonParsingException("Unexpected content after the JSON value", parser.getLocation());
            }
            return value;
        } catch (JsonException e) {
            throw e;
        } catch (RuntimeException e) { // e.g. "Input is too deeply nested"
            throw new JsonParsingException(e.getMessage(), e, parser.getLocation());
        }
    }

    @Override
    public JsonStructure read() {
        return readAs(JsonStructure.class, "a JSON object or array");
    }

    @Override
    public JsonObject readObject() {
        return readAs(JsonObject.class, "a JSON object");
    }

    @Override
    public JsonArray readArray() {
        return readAs(JsonArray.class, "a JSON array");
    }

    private <T extends JsonValue> T readAs(Class<T> type, String expected) {
        JsonValue value = readValue();
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        throw new JsonParsingException(
                "Expected " + expected + ", found " + value.getValueType(), parser.getLocation());
    }

    @Override
    public void close() {
        parser.close();
    }
}
