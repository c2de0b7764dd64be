package org.alerrt.tracker.tincan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.alerrt.tracker.testsupport.Cmi5Client;
import org.junit.jupiter.api.Test;

/** The Tin Can launch URL: the five launch parameters, URL-encoded, after the content URL's own query. */
class TinCanLaunchUrlTest {

    private static final String ACTOR = "{\"mbox\":\"mailto:casey@example.org\",\"name\":\"Casey L\"}";

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
        Map<String, String> q = Cmi5Client.query(url);
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
        assertEquals("en", Cmi5Client.query(url).get("lang"));
    }
}
