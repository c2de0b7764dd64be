package org.alerrt.tracker.lrs.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request the resources see for an alternate-syntax POST (xAPI Communication §1.3.s3.b7, b14). */
class AlternateRequestWrapperTest {

    /** The outer HTTP request: a form POST with a few ordinary headers. */
    private static HttpServletRequest outer() {
        Map<String, String> headers = Map.of(
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Content-Length",
                "999",
                "Accept",
                "*/*",
                "X-Experience-API-Version",
                "1.0.3");
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" ->
                        headers.entrySet().stream()
                                .filter(e -> e.getKey().equalsIgnoreCase((String) args[0]))
                                .map(Map.Entry::getValue)
                                .findFirst()
                                .orElse(null);
                    case "getHeaders" ->
                        Collections.enumeration(headers.entrySet().stream()
                                .filter(e -> e.getKey().equalsIgnoreCase((String) args[0]))
                                .map(Map.Entry::getValue)
                                .toList());
                    case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                    case "getMethod" -> "POST";
                    default -> null;
                });
    }

    @Test
    void formFieldsBecomeTheIntendedRequest() throws Exception {
        String content = "{\"verb\":{\"id\":\"http://x/é\"}}";
        var alt = AlternateRequest.parse(
                "POST",
                "method=PUT",
                "application/x-www-form-urlencoded",
                Map.of(
                        "statementId",
                        new String[] {"c70c2b85-c294-464f-baca-cebd4fb9b348"},
                        "Content-Type",
                        new String[] {"application/json"},
                        "X-Experience-API-Version",
                        new String[] {"1.0.2"},
                        "content",
                        new String[] {content}),
                "1.0.3");
        var r = new AlternateRequestSyntaxFilter.Wrapped(outer(), alt);

        assertEquals("PUT", r.getMethod());
        assertEquals("statementId=c70c2b85-c294-464f-baca-cebd4fb9b348", r.getQueryString());
        assertEquals("c70c2b85-c294-464f-baca-cebd4fb9b348", r.getParameter("statementId"));
        assertEquals("application/json", r.getContentType());
        assertEquals("application/json", r.getHeader("content-type"));
        assertEquals("1.0.2", r.getHeader("X-Experience-API-Version"), "the form field wins over the header");
        assertEquals(List.of("1.0.2"), Collections.list(r.getHeaders("x-experience-api-version")));
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        assertEquals(bytes.length, r.getContentLength());
        assertEquals(String.valueOf(bytes.length), r.getHeader("Content-Length"));
        assertEquals(content, new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("*/*", r.getHeader("Accept"), "other headers pass through (§1.3.s3.b8)");
        List<String> names = Collections.list(r.getHeaderNames());
        assertEquals(
                1,
                names.stream().filter(n -> n.equalsIgnoreCase("Content-Type")).count());
        assertEquals(
                1,
                names.stream()
                        .filter(n -> n.equalsIgnoreCase("X-Experience-API-Version"))
                        .count());
        assertTrue(names.contains("Accept"));
    }

    @Test
    void withoutContentTheFormTypeIsNotPassedOn() throws Exception {
        var alt = AlternateRequest.parse(
                "POST",
                "method=GET",
                "application/x-www-form-urlencoded",
                Map.of("limit", new String[] {"1"}),
                "1.0.3");
        var r = new AlternateRequestSyntaxFilter.Wrapped(outer(), alt);
        assertEquals("GET", r.getMethod());
        assertNull(r.getContentType());
        assertNull(r.getHeader("Content-Type"));
        assertFalse(Collections.list(r.getHeaders("Content-Type")).iterator().hasNext());
        assertEquals(0, r.getContentLength());
        assertEquals(0, r.getInputStream().readAllBytes().length);
        assertEquals("limit=1", r.getQueryString());
    }
}
