package org.alerrt.tracker.lrs.domain.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

class JsonMergeTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject merged(String existing, String posted) {
        byte[] out = JsonMerge.merge(bytes(existing), bytes(posted));
        try (var r = Json.createReader(new StringReader(new String(out, StandardCharsets.UTF_8)))) {
            return r.readObject();
        }
    }

    @Test
    void specExampleOfSection2_2_s7() {
        JsonObject result = merged("{\"x\":\"foo\",\"y\":\"bar\"}", "{\"x\":\"bash\",\"z\":\"faz\"}");
        assertEquals(
                Json.createObjectBuilder()
                        .add("x", "bash")
                        .add("y", "bar")
                        .add("z", "faz")
                        .build(),
                result);
    }

    @Test
    void onlyTopLevelPropertiesAreMergedNestedObjectsAreReplacedWhole_2_2_s7() {
        JsonObject result = merged("{\"a\":{\"b\":1,\"c\":2},\"keep\":true}", "{\"a\":{\"d\":3}}");
        assertEquals(Json.createObjectBuilder().add("d", 3).build(), result.getJsonObject("a"));
        assertEquals(true, result.getBoolean("keep"));
    }

    @Test
    void nullAndArrayValuesReplaceLikeAnyOther() {
        JsonObject result = merged("{\"a\":[1,2],\"b\":\"x\"}", "{\"a\":[3],\"b\":null}");
        assertEquals(1, result.getJsonArray("a").size());
        assertEquals(true, result.isNull("b"));
    }

    @Test
    void postedDocumentThatIsNotAnObjectIsRejected_2_2_s8_b1() {
        var e = assertThrows(XapiValidationException.class, () -> JsonMerge.merge(bytes("{}"), bytes("[1,2]")));
        assertEquals(Refusal.Kind.INVALID, e.kind());
        assertThrows(XapiValidationException.class, () -> JsonMerge.merge(bytes("{}"), bytes("\"text\"")));
        assertThrows(XapiValidationException.class, () -> JsonMerge.merge(bytes("{}"), bytes("{\"a\":")));
        assertThrows(XapiValidationException.class, () -> JsonMerge.merge(bytes("{}"), new byte[0]));
    }

    @Test
    void storedDocumentThatIsNotAnObjectIsRejected_2_2_s8_b1() {
        assertThrows(XapiValidationException.class, () -> JsonMerge.merge(bytes("42"), bytes("{\"a\":1}")));
        assertThrows(XapiValidationException.class, () -> JsonMerge.merge(bytes("not json"), bytes("{\"a\":1}")));
    }
}
