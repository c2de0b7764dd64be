package org.alerrt.tracker.lrs.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

/** Parsing of the Alternate Request Syntax, xAPI Communication §1.3.s3 (and its removal in 2.0). */
class AlternateRequestTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private static Map<String, String[]> form(String... pairs) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return m;
    }

    @Test
    void appendixCPutBecomesThePutItStandsFor() {
        String statement = "{\"id\":\"c70c2b85-c294-464f-baca-cebd4fb9b348\",\"verb\":{\"id\":\"http://x/é\"}}";
        var alt = AlternateRequest.parse(
                "POST",
                "method=PUT",
                FORM + "; charset=UTF-8",
                form(
                        "method", "PUT",
                        "statementId", "c70c2b85-c294-464f-baca-cebd4fb9b348",
                        "Authorization", "Basic VGVzdFVzZXI6cGFzc3dvcmQ=",
                        "X-Experience-API-Version", "1.0.3",
                        "Content-Type", "application/json",
                        "Content-Length", "351",
                        "content", statement),
                null);
        assertEquals("PUT", alt.method());
        assertEquals("statementId=c70c2b85-c294-464f-baca-cebd4fb9b348", alt.queryString());
        assertEquals("Basic VGVzdFVzZXI6cGFzc3dvcmQ=", alt.headers().get("authorization"));
        assertEquals("application/json", alt.headers().get("Content-Type"));
        assertEquals("1.0.3", alt.headers().get("X-Experience-API-Version"));
        assertFalse(alt.headers().containsKey("Content-Length"), "recomputed from the content");
        // §1.3.s3.b5: UTF-8
        assertArrayEquals(statement.getBytes(StandardCharsets.UTF_8), alt.body());
    }

    @Test
    void getWithParametersAndNoContent() {
        var alt = AlternateRequest.parse(
                "POST", "method=GET", FORM, form("agent", "{\"mbox\":\"mailto:a@b.c\"}", "limit", "5"), "1.0.3");
        assertEquals("GET", alt.method());
        assertEquals(Map.of("agent", List.of("{\"mbox\":\"mailto:a@b.c\"}"), "limit", List.of("5")), alt.parameters());
        assertTrue(alt.queryString().contains("agent=%7B%22mbox%22%3A%22mailto%3Aa%40b.c%22%7D"));
        assertEquals(0, alt.body().length);
        assertNull(alt.content());
    }

    @Test
    void anyOtherQueryParameterIs400_1_3_s3_b3() {
        var e = assertThrows(
                Refusal.class,
                () -> AlternateRequest.parse(
                        "POST", "method=PUT&statementId=c70c2b85-c294-464f-baca-cebd4fb9b348", FORM, form(), "1.0.3"));
        assertEquals(Refusal.Kind.INVALID, e.kind());
        assertEquals("statementId", e.property());
    }

    @Test
    void methodMustBeAnXapiMethodAndRequestAPost_1_3_s3_b1_b2() {
        assertEquals(
                Refusal.Kind.INVALID,
                assertThrows(Refusal.class, () -> AlternateRequest.parse("POST", "method=PATCH", FORM, form(), "1.0.3"))
                        .kind());
        assertEquals(
                Refusal.Kind.INVALID,
                assertThrows(Refusal.class, () -> AlternateRequest.parse("POST", "method=get", FORM, form(), "1.0.3"))
                        .kind());
        assertEquals(
                Refusal.Kind.INVALID,
                assertThrows(Refusal.class, () -> AlternateRequest.parse("GET", "method=GET", null, form(), "1.0.3"))
                        .kind());
    }

    @Test
    void theBodyMustBeAForm() {
        var e = assertThrows(
                Refusal.class, () -> AlternateRequest.parse("POST", "method=GET", "application/json", form(), "1.0.3"));
        assertEquals("Content-Type", e.property());
    }

    @Test
    void xapi2RejectsTheSyntaxWhetherTheVersionIsAHeaderOrAFormField() {
        assertEquals(
                Refusal.Kind.INVALID,
                assertThrows(Refusal.class, () -> AlternateRequest.parse("POST", "method=GET", FORM, form(), "2.0.0"))
                        .kind());
        assertEquals(
                Refusal.Kind.INVALID,
                assertThrows(
                                Refusal.class,
                                () -> AlternateRequest.parse(
                                        "POST", "method=GET", FORM, form("X-Experience-API-Version", "2.0.0"), "1.0.3"))
                        .kind());
        // the form field wins over the header
        assertEquals(
                "GET",
                AlternateRequest.parse("POST", "method=GET", FORM, form("X-Experience-API-Version", "1.0.3"), "2.0.0")
                        .method());
    }

    @Test
    void recognisesTheMethodParameterOnly() {
        assertTrue(AlternateRequest.isAlternate("method=GET"));
        assertTrue(AlternateRequest.isAlternate("a=b&method=GET"));
        assertFalse(AlternateRequest.isAlternate("statementId=x"));
        assertFalse(AlternateRequest.isAlternate("xmethod=GET"));
        assertFalse(AlternateRequest.isAlternate(null));
    }
}
