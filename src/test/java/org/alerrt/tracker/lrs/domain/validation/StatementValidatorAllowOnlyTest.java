package org.alerrt.tracker.lrs.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Data §2.2.s4.b1.b7 (no unknown properties) and §2.2.s4.b1.b1 (no nulls): the look-up fast path of
 * {@link Json#allowOnly} rejects exactly what the former walk over the object did, naming the same first
 * offending property (in the object's order) with the same message.
 */
class StatementValidatorAllowOnlyTest {

    private static final Set<String> ALLOWED = Set.of("id", "actor", "verb", "object", "result", "context");
    private static final Json.Keys KEYS_ALLOWED = Json.keys("id", "actor", "verb", "object", "result", "context");
    private static final List<String> KEYS =
            List.of("id", "actor", "verb", "object", "result", "context", "extra", "Id", "objectType", "");

    @Test
    void sameDecisionAsTheFormerLoopOnGeneratedObjects() {
        Random random = new Random(2_2L);
        for (int n = 0; n < 10_000; n++) {
            JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
            int size = random.nextInt(9);
            for (int i = 0; i < size; i++) {
                String key = KEYS.get(random.nextInt(KEYS.size()));
                if (random.nextInt(6) == 0) {
                    b.addNull(key);
                } else {
                    b.add(key, i);
                }
            }
            JsonObject o = b.build();
            String expected = outcome(() -> formerAllowOnly(o, "statement", ALLOWED, "§2.4"));
            String actual = outcome(() -> Json.allowOnly(o, "statement", KEYS_ALLOWED, "§2.4"));
            assertEquals(expected, actual, o::toString);
        }
    }

    @Test
    void firstOffenderInDocumentOrderIsReported() {
        var e = assertThrows(
                XapiValidationException.class,
                () -> StatementValidator.validate(
                        read("{'actor':{'mbox':'mailto:a@b.org','zz':1},'verb':{'id':'http://x.org/v','aa':null},"
                                + "'object':{'id':'http://x.org/a'}}"),
                        false));
        assertEquals("statement.actor.zz", e.property());
        var nul = assertThrows(
                XapiValidationException.class,
                () -> StatementValidator.validate(
                        read("{'actor':{'mbox':'mailto:a@b.org','name':null},'verb':{'id':'http://x.org/v'},"
                                + "'object':{'id':'http://x.org/a'}}"),
                        false));
        assertEquals("statement.actor.name", nul.property());
        assertEquals("null values are not allowed (xAPI Data §2.2.s4.b1.b1)", nul.rule());
        var later = assertThrows(
                XapiValidationException.class,
                () -> StatementValidator.validate(
                        read(
                                "{'actor':{'mbox':'mailto:a@b.org'},'verb':{'id':'http://x.org/v'},"
                                        + "'object':{'id':'http://x.org/a'},'context':{'language':'en','unknown':1,'platform':null}}"),
                        false));
        assertEquals("statement.context.unknown", later.property());
    }

    @Test
    void validStatementPasses() {
        StatementValidator.validate(
                read("{'id':'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',"
                        + "'actor':{'objectType':'Agent','name':'A','mbox':'mailto:a@b.org'},"
                        + "'verb':{'id':'http://adlnet.gov/expapi/verbs/completed','display':{'en-US':'completed'}},"
                        + "'object':{'id':'http://x.org/a','definition':{'name':{'en':'A'},'type':'http://x.org/t'}},"
                        + "'result':{'score':{'scaled':0.5,'raw':5,'min':0,'max':10},'success':true,'duration':'PT1M2.5S'},"
                        + "'context':{'registration':'fd41c918-b88b-4b20-a0a5-a4c32391aaa1','language':'en-US',"
                        + "'contextActivities':{'parent':[{'id':'http://x.org/p'}]},'extensions':{'http://x.org/e':null}},"
                        + "'timestamp':'2023-05-04T12:00:00.123-0500','version':'1.0.3'}"),
                false);
    }

    private static JsonObject read(String text) {
        try (var r = jakarta.json.Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return r.readObject();
        }
    }

    private static String outcome(Runnable check) {
        try {
            check.run();
            return "accepted";
        } catch (XapiValidationException e) {
            return e.property() + " | " + e.getMessage();
        }
    }

    /** Json.allowOnly as it was before the fast path. */
    private static void formerAllowOnly(JsonObject o, String path, Set<String> allowed, String section) {
        for (var e : o.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new XapiValidationException(
                        path + "." + e.getKey(),
                        "property is not allowed here (xAPI Data " + section + ", §2.2.s4.b1.b7)");
            }
            if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                throw new XapiValidationException(
                        path + "." + e.getKey(), "null values are not allowed (xAPI Data §2.2.s4.b1.b1)");
            }
        }
    }
}
