package org.alerrt.tracker.cmi5.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.alerrt.tracker.testsupport.Cmi5Client;
import org.junit.jupiter.api.Test;

class LaunchUrlTest {

    private static final String ACTOR =
            "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://x.org\"," + "\"name\":\"a b&c\"}}";

    /** §8.1: the five parameters, each URL-encoded, appended as a query string. */
    @Test
    void section8_1_allFiveParametersUrlEncoded() {
        String url = LaunchUrl.build(
                "https://cdn.example.org/au/index.html",
                "https://lms.example.org/xapi/",
                "https://lms.example.org/fetch/t0k",
                ACTOR,
                "760e3480-ba55-4991-94b0-01820dbd23a2",
                "https://lms.example.org/cmi5/activities/au/abc");
        assertTrue(url.startsWith("https://cdn.example.org/au/index.html?endpoint="), url);
        assertFalse(url.contains("{") || url.contains(" ") || url.contains("\""), url);
        Map<String, String> p = Cmi5Client.query(url);
        assertEquals("https://lms.example.org/xapi/", p.get("endpoint"));
        assertEquals("https://lms.example.org/fetch/t0k", p.get("fetch"));
        assertEquals(ACTOR, p.get("actor"));
        assertEquals("760e3480-ba55-4991-94b0-01820dbd23a2", p.get("registration"));
        assertEquals("https://lms.example.org/cmi5/activities/au/abc", p.get("activityId"));
    }

    /** §8.1: the AU's own query string is kept; the fragment stays last. */
    @Test
    void keepsTheAuQueryAndFragment() {
        String url = LaunchUrl.build("https://x.org/a.html?start=1#top", "e", "f", "{}", "r", "i");
        assertTrue(url.startsWith("https://x.org/a.html?start=1&endpoint=e&fetch=f"), url);
        assertTrue(url.endsWith("&activityId=i#top"), url);
    }

    /** §14.1: a relative AU url is served from the registration's course version. */
    @Test
    void relativeUrlsResolveUnderTheContentOfTheVersion() {
        assertEquals(
                "https://t.example.org/content/7/2/intro/index.html?start=1",
                LaunchUrl.resolve("https://t.example.org/", 7, 2, "intro/index.html?start=1", false));
        assertEquals(
                "https://cdn.example.org/v",
                LaunchUrl.resolve("https://t.example.org", 7, 2, "https://cdn.example.org/v", true));
    }
}
