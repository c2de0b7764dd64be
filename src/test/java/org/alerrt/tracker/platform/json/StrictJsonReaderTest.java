package org.alerrt.tracker.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonReaderTest {

    private static JsonReader reader(String json) {
        return CachedJson.reader(new StringReader(json));
    }

    @Test
    void readsOneJsonTextWithSurroundingWhitespace() {
        JsonObject o = reader(" \n{\"a\": [1, {\"b\": null}]}\r\n\t ").readObject();
        assertEquals(1, o.getJsonArray("a").getInt(0));
        JsonArray a = CachedJson.reader(new ByteArrayInputStream("[\"é\"]".getBytes(StandardCharsets.UTF_8)))
                .readArray();
        assertEquals("é", a.getString(0));
        assertEquals(JsonValue.ValueType.NUMBER, reader("42").readValue().getValueType());
    }

    @Test
    void contentAfterTheValueIsAParsingError() {
        assertThrows(JsonParsingException.class, () -> reader("{\"a\":1}}").readObject());
        assertThrows(
                JsonParsingException.class, () -> reader("{\"a\":1} {\"b\":2}").read());
        assertThrows(JsonParsingException.class, () -> reader("[1] x").readArray());
        assertThrows(JsonParsingException.class, () -> reader("1 2").readValue());
    }

    @Test
    void tooDeepNestingIsAParsingErrorNotARuntimeException() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonParsingException e =
                assertThrows(JsonParsingException.class, () -> reader(deep).read());
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    @Test
    void emptyTruncatedOrWrongKindsAreParsingErrors() {
        assertThrows(JsonParsingException.class, () -> reader("").readValue());
        assertThrows(JsonParsingException.class, () -> reader("{\"a\":").readObject());
        assertThrows(JsonParsingException.class, () -> reader("[1,2]").readObject());
        assertThrows(JsonParsingException.class, () -> reader("{}").readArray());
        assertThrows(JsonParsingException.class, () -> reader("\"text\"").read());
    }

    @Test
    void aReaderReadsOnce() {
        JsonReader r = reader("{}");
        r.readObject();
        assertThrows(IllegalStateException.class, r::readObject);
    }
}
