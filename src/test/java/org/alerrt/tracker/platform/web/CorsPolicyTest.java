package org.alerrt.tracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.junit.jupiter.api.Test;

/** Which origins get an Access-Control-Allow-Origin (config tracker.xapi.cors-origins). */
class CorsPolicyTest {

    private static CorsPolicy policy(String origins) {
        CorsPolicy p = new CorsPolicy();
        p.origins = origins;
        p.maxAgeSeconds = 600;
        p.contentOrigin = new ContentOrigin();
        p.contentOrigin.server =
                new ServerSettings("http://127.0.0.1:8080", "http://localhost:8081", "America/Chicago", 10_485_760);
        return p;
    }

    @Test
    void wildcardAllowsEveryOriginAndRequestsWithoutOne() {
        assertEquals("*", policy("*").allowOrigin("https://content.example.org", List.of()));
        assertEquals("*", policy("*").allowOrigin(null, List.of()));
    }

    @Test
    void byDefaultOnlyTheContentOriginAndVouchedOriginsAreAllowed() {
        CorsPolicy p = policy(" ");
        List<CorsOrigins> imported = List.of("https://au.example.org"::equals);
        assertEquals("http://localhost:8081", p.allowOrigin("http://localhost:8081", imported));
        assertEquals("https://au.example.org", p.allowOrigin("https://au.example.org", imported));
        assertNull(p.allowOrigin("https://evil.example.com", imported));
        assertNull(p.allowOrigin("null", imported));
        assertNull(p.allowOrigin(null, imported));
    }

    @Test
    void aListEchoesOnlyItsOwnOrigins() {
        CorsPolicy p = policy("https://lms.example.org, https://content.example.org");
        assertEquals("https://content.example.org", p.allowOrigin("https://content.example.org", List.of()));
        assertNull(p.allowOrigin("https://evil.example.com", List.of()));
        assertNull(p.allowOrigin("https://content.example.org.evil.com", List.of()));
        assertNull(p.allowOrigin(null, List.of()));
    }
}
