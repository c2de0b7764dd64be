package org.alerrt.tracker.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed only from a configured proxy, and only up to the first hop that is not one. */
class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("192.0.2.1", new ClientAddress("").of("192.0.2.1", "198.51.100.7"));
        assertEquals("192.0.2.1", new ClientAddress(null).of("192.0.2.1", "198.51.100.7"));
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        ClientAddress a = new ClientAddress("10.0.0.1, 10.0.0.2");
        assertEquals("198.51.100.7", a.of("10.0.0.1", "198.51.100.7"));
        assertEquals(
                "198.51.100.7",
                a.of("10.0.0.1", "203.0.113.5, 198.51.100.7, 10.0.0.2"),
                "the first hop from the right that is not ours; what the client wrote before it is not believed");
        assertEquals("2001:db8::7", a.of("10.0.0.1", "2001:db8::7"));
        assertEquals("10.0.0.1", a.of("10.0.0.1", null), "no header");
        assertEquals("192.0.2.1", a.of("192.0.2.1", "198.51.100.7"), "not from a trusted proxy");
    }

    @Test
    void garbageStopsAtTheLastAddressAProxyVouchedFor() {
        ClientAddress a = new ClientAddress("10.0.0.1,10.0.0.2");
        assertEquals("10.0.0.1", a.of("10.0.0.1", "evil.example.org"));
        assertEquals("10.0.0.2", a.of("10.0.0.1", "not an address, 10.0.0.2"));
        assertEquals("10.0.0.1", a.of("10.0.0.1", "x".repeat(100)));
    }
}
