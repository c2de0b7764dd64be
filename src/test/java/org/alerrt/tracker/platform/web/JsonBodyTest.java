package org.alerrt.tracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The 400s of each way a request body is read: their property and message are what clients see. */
class JsonBodyTest {

    private static Refusal refused(Executable read) {
        Refusal e = assertThrows(Refusal.class, read);
        assertEquals(Refusal.Kind.INVALID, e.kind());
        return e;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTextBodyNamesTheBody() {
        assertEquals("x", JsonBody.object("{\"a\":\"x\"}").getString("a"));
        assertEquals("send a JSON object", refused(() -> JsonBody.object(" ")).getMessage());
        Refusal array = refused(() -> JsonBody.object("[1]"));
        assertEquals("body", array.property());
        assertTrue(array.getMessage().startsWith("not a JSON object: "), array.getMessage());
        assertEquals("body", refused(() -> JsonBody.object("{\"a\":1}}")).property());
    }

    @Test
    void aByteBodyIsMalformedOrNotAnObjectWithoutAProperty() {
        assertEquals(1, JsonBody.object(bytes("{\"a\":1}")).getInt("a"));
        Refusal array = refused(() -> JsonBody.object(bytes("[1]")));
        assertNull(array.property());
        assertEquals("the body must be a JSON object", array.getMessage());
        Refusal malformed = refused(() -> JsonBody.object(bytes("{")));
        assertNull(malformed.property());
        assertTrue(malformed.getMessage().startsWith("Malformed JSON: "), malformed.getMessage());
        assertTrue(refused(() -> JsonBody.object(bytes(""))).getMessage().startsWith("Malformed JSON: "));
    }

    @Test
    void aStatementBodyIsAnObjectOrAnArray() {
        assertEquals(
                2,
                JsonBody.structure(bytes("[{},{}]"), "Malformed JSON")
                        .asJsonArray()
                        .size());
        Refusal scalar = refused(() -> JsonBody.structure(bytes("5"), "Malformed JSON in the part"));
        assertNull(scalar.property());
        assertTrue(scalar.getMessage().startsWith("Malformed JSON in the part: "), scalar.getMessage());
        assertTrue(refused(() -> JsonBody.structure(bytes("{}x"), "Malformed JSON"))
                .getMessage()
                .startsWith("Malformed JSON: "));
    }

    @Test
    void membersNameTheFieldAtFault() {
        var o = JsonBody.object("{\"s\":\"x\",\"n\":3,\"b\":true,\"a\":[\"p\",1],\"big\":10000000000,\"f\":1.5}");
        assertEquals("x", JsonBody.requiredString(o, "s"));
        assertEquals("3", JsonBody.requiredText(o, "n"), "a numeric reference is taken as its text");
        assertEquals(
                "missing is required: a non-empty JSON string",
                refused(() -> JsonBody.requiredText(o, "missing")).getMessage());
        assertEquals(
                "blank is required: a non-empty JSON string",
                refused(() -> JsonBody.requiredText(JsonBody.object("{\"blank\":\" \"}"), "blank"))
                        .getMessage());
        assertEquals("b", refused(() -> JsonBody.requiredText(o, "b")).property());
        assertNull(JsonBody.optionalString(o, "missing"));
        assertEquals(
                "n must be a string",
                refused(() -> JsonBody.optionalString(o, "n")).getMessage());
        assertEquals(
                "missing is required",
                refused(() -> JsonBody.requiredString(o, "missing")).getMessage());
        assertEquals(3, JsonBody.requiredInt(o, "n"));
        assertEquals(
                "f must be a whole number",
                refused(() -> JsonBody.requiredInt(o, "f")).getMessage());
        assertEquals(
                "big is out of range",
                refused(() -> JsonBody.requiredInt(o, "big")).getMessage());
        assertTrue(JsonBody.requiredBoolean(o, "b"));
        assertEquals(
                "s must be true or false",
                refused(() -> JsonBody.requiredBoolean(o, "s")).getMessage());
        assertEquals(List.of(), JsonBody.stringArray(o, "missing"));
        assertEquals("a[1]", refused(() -> JsonBody.stringArray(o, "a")).property());
    }
}
