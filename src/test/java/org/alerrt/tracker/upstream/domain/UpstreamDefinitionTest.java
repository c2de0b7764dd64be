package org.alerrt.tracker.upstream.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.xapiclient.XapiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class UpstreamDefinitionTest {

    private static UpstreamDefinition definition(String name, String key, int pollSeconds) {
        return new UpstreamDefinition(
                name,
                URI.create("https://lrs.example.org/xapi/"),
                key,
                XapiVersion.V1_0_3,
                true,
                PullFilters.none(),
                pollSeconds);
    }

    private static String refusedField(Executable e) {
        return assertThrows(Refusal.class, e).property();
    }

    @Test
    void eachRefusalNamesItsField() {
        assertEquals("name", refusedField(() -> definition(" ", "key", 60)));
        assertEquals("key", refusedField(() -> definition("a", "k:ey", 60)));
        assertEquals("pull.pollSeconds", refusedField(() -> definition("a", "key", 0)));
        assertEquals("endpoint", refusedField(() -> UpstreamDefinition.endpoint("ftp://x/")));
        assertEquals("endpoint", refusedField(() -> UpstreamDefinition.endpoint("https://u:p@x/xapi/")));
        assertEquals("version", refusedField(() -> UpstreamDefinition.version("1.0")));
        assertEquals("pull.activity", refusedField(() -> new PullFilters("not an iri", false, null, null)));
        assertEquals("pull.relatedActivities", refusedField(() -> new PullFilters(null, true, null, null)));
    }

    @Test
    void theEndpointGetsItsTrailingSlash() {
        assertEquals(
                URI.create("http://127.0.0.1:8080/xapi/"), UpstreamDefinition.endpoint("http://127.0.0.1:8080/xapi"));
        assertEquals("padded", definition("  padded ", "key", 60).name());
    }
}
