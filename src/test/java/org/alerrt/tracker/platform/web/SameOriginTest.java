package org.alerrt.tracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RFC 6454 origins as the cross-site request check compares them. */
class SameOriginTest {

    @Test
    void anOriginIsSchemeHostAndPortWithTheDefaultPortLeftOut() {
        assertEquals(
                Optional.of("https://tracker.alerrt.org"), SameOrigin.of("https://Tracker.ALERRT.org/admin/x?y#z"));
        assertEquals(Optional.of("https://tracker.alerrt.org"), SameOrigin.of("HTTPS://tracker.alerrt.org:443"));
        assertEquals(Optional.of("http://127.0.0.1"), SameOrigin.of("http://127.0.0.1:80/"));
        assertEquals(Optional.of("http://127.0.0.1:8080"), SameOrigin.of("http://127.0.0.1:8080"));
        assertEquals(Optional.of("https://tracker.alerrt.org:80"), SameOrigin.of("https://tracker.alerrt.org:80"));
        assertEquals(Optional.of("http://[::1]:8080"), SameOrigin.of("http://[::1]:8080/x"));
    }

    @Test
    void thingsThatAreNotHttpOriginsHaveNone() {
        for (String s : new String[] {
            null,
            "",
            " ",
            "null",
            "/admin",
            "file:///etc/passwd",
            "data:text/html,x",
            "javascript:alert(1)",
            "http://",
            "http://exa mple.org",
            "chrome-extension://abc"
        }) {
            assertTrue(SameOrigin.of(s).isEmpty(), s);
        }
    }

    @Test
    void theOriginHeaderWinsOverTheReferer() {
        assertEquals(
                "https://evil.example.org",
                SameOrigin.claimed("https://evil.example.org", "https://tracker.alerrt.org/admin/learners"));
        assertEquals("https://tracker.alerrt.org", SameOrigin.claimed(null, "https://tracker.alerrt.org/admin?q=1"));
        assertNull(SameOrigin.claimed(null, null));
    }

    @Test
    void aHeaderNamingNoOriginIsKeptSoThatItMatchesNone() {
        assertEquals("null", SameOrigin.claimed("null", "https://tracker.alerrt.org/"));
        assertEquals("(blank)", SameOrigin.claimed("", null));
        assertEquals("/admin/learners", SameOrigin.claimed(null, "/admin/learners"));
    }

    @Test
    void theAddressedOriginIsTheSchemeWithTheHostHeader() {
        assertEquals(Optional.of("http://127.0.0.1:34567"), SameOrigin.addressed("http", "127.0.0.1:34567"));
        assertEquals(
                Optional.of("https://tracker.alerrt.org"), SameOrigin.addressed("https", "tracker.alerrt.org:443"));
        assertTrue(SameOrigin.addressed("http", null).isEmpty());
        assertTrue(SameOrigin.addressed("http", "evil.example.org/x").isEmpty());
        assertTrue(SameOrigin.addressed("http", "user@evil.example.org").isEmpty());
    }
}
