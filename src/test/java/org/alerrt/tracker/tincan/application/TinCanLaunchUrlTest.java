package org.alerrt.tracker.tincan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Tin Can launch URL: the five launch parameters, URL-encoded, after the content URL's own query. */
class TinCanLaunchUrlTest {

    private static final String ACTOR = "{\"mbox\":\"mailto:casey@example.org\",\"name\":\"Casey L\"}";

    private static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void theLaunchParametersAreAppendedEncoded() {
        String url = TinCanLaunchUrl.build(
                "https://lms.example.org/content/3/1/index.html",
                "https://lms.example.org/xapi/",
                "Basic a2V5OnNlY3JldA==",
                ACTOR,
                "r-1",
                "https://example.org/c?x=1");
        assertTrue(url.startsWith("https://lms.example.org/content/3/1/index.html?endpoint="), url);
        Map<String, String> q = query(url);
        assertEquals("https://lms.example.org/xapi/", q.get("endpoint"));
        assertEquals("Basic a2V5OnNlY3JldA==", q.get("auth"));
        assertEquals(ACTOR, q.get("actor"));
        assertEquals("r-1", q.get("registration"));
        assertEquals("https://example.org/c?x=1", q.get("activity_id"));
        assertTrue(url.contains("Basic%20a2V5"), "a space is %20, not '+': " + url);
    }

    @Test
    void theContentsOwnQueryAndFragmentAreKept() {
        String url = TinCanLaunchUrl.build("https://h/c/index.html?lang=en#start", "e", "a", "{}", "r", "i");
        assertTrue(url.startsWith("https://h/c/index.html?lang=en&endpoint=e&auth=a"), url);
        assertTrue(url.endsWith("&activity_id=i#start"), url);
        assertEquals("en", query(url).get("lang"));
    }
}
