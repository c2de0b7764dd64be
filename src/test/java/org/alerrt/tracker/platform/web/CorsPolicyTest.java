package org.alerrt.tracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which origins get an Access-Control-Allow-Origin (config tracker.xapi.cors-origins). */
class CorsPolicyTest {

    private static CorsPolicy policy(String origins) {
        CorsPolicy p = new CorsPolicy();
        p.origins = origins;
        p.maxAgeSeconds = 600;
        return p;
    }

    @Test
    void wildcardAllowsEveryOriginAndRequestsWithoutOne() {
        assertEquals("*", policy("*").allowOrigin("https://content.example.org"));
        assertEquals("*", policy("*").allowOrigin(null));
    }

    @Test
    void aListEchoesOnlyItsOwnOrigins() {
        CorsPolicy p = policy("https://lms.example.org, https://content.example.org");
        assertEquals("https://content.example.org", p.allowOrigin("https://content.example.org"));
        assertNull(p.allowOrigin("https://evil.example.com"));
        assertNull(p.allowOrigin("https://content.example.org.evil.com"));
        assertNull(p.allowOrigin(null));
    }
}
