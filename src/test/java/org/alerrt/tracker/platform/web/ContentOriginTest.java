package org.alerrt.tracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alerrt.tracker.platform.config.ServerSettings;
import org.junit.jupiter.api.Test;

/** Which requests belong to the content origin, and which content origins the server refuses to start with. */
class ContentOriginTest {

    private static ContentOrigin origin(String contentUrl, int port) {
        ContentOrigin o = new ContentOrigin();
        o.server = new ServerSettings("http://127.0.0.1:8080", contentUrl, "America/Chicago", 10_485_760);
        o.contentPort = port;
        return o;
    }

    @Test
    void theContentOriginIsDecidedByHostAndPortOrByTheContentListener() {
        ContentOrigin own = origin("https://content.example.org", 8081);
        assertTrue(own.isContentRequest("content.example.org", 8080), "host name pointed at the app's listener");
        assertTrue(own.isContentRequest("CONTENT.example.org:443", 8080));
        assertTrue(own.isContentRequest("127.0.0.1:8081", 8081), "arrived on the content listener");
        assertFalse(own.isContentRequest("tracker.example.org", 8080));
        assertFalse(own.isContentRequest("content.example.org:8443", 8080));
        assertFalse(own.isContentRequest("content.example.org.evil.com", 8080));
        assertFalse(own.isContentRequest(null, 8080));
        ContentOrigin local = origin("http://localhost:8081", 8081);
        assertTrue(local.isContentRequest("localhost:8081", 8081));
        assertFalse(local.isContentRequest("localhost:8080", 8080));
        assertFalse(local.isContentRequest("127.0.0.1:8080", 8080));
    }

    @Test
    void aHostHeaderWithAnythingButHostAndPortNamesNoContentOrigin() {
        ContentOrigin own = origin("https://content.example.org", 8081);
        assertTrue(own.isContentRequest(" content.example.org:443 ", 8080));
        assertFalse(own.isContentRequest("content.example.org:443/x", 8080));
        assertFalse(own.isContentRequest("user@content.example.org", 8080));
        assertFalse(own.isContentRequest("content.example.org:", 8080));
        assertFalse(own.isContentRequest("content.example.org:44x", 8080));
        assertFalse(own.isContentRequest("content.example.org:4430000", 8080));
        assertFalse(own.isContentRequest("", 8080));
        ContentOrigin v6 = origin("http://[::1]:8081", 18081);
        assertTrue(v6.isContentRequest("[::1]:8081", 8080));
        assertFalse(v6.isContentRequest("[::1]", 8080), "no port: http's 80");
        assertFalse(v6.isContentRequest("[::1:8081", 8080));
        assertFalse(origin("not a url", 8081).isContentRequest("not a url", 8080));
    }

    @Test
    void theContentPortIsTheListenersVariableOr8081() {
        assertEquals(8081, ContentOrigin.port(null));
        assertEquals(8081, ContentOrigin.port(" "));
        assertEquals(18081, ContentOrigin.port(" 18081 "));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ContentOrigin.port("80a"));
        assertTrue(e.getMessage().contains("TRACKER_CONTENT_PORT"), e.getMessage());
    }

    @Test
    void theContentOriginMustNotBeThePagesOrigin() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ContentOrigin.check("http://127.0.0.1:8080/x", "http://127.0.0.1:8080"));
        assertThrows(
                IllegalArgumentException.class, () -> ContentOrigin.check("javascript:x", "http://127.0.0.1:8080"));
        assertDoesNotThrow(() -> ContentOrigin.check("http://localhost:8081", "http://127.0.0.1:8080"));
    }
}
