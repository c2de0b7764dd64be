package org.alerrt.tracker.upstream.adapters.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alerrt.tracker.platform.xapiclient.XapiVersion;
import org.alerrt.tracker.upstream.domain.ForwardRule;
import org.junit.jupiter.api.Test;

class UpstreamFileTest {

    private static final Map<String, String> SETTINGS =
            Map.of("tracker.upstream.vendor-lrs.secret", "s3cret", "tracker.upstream.agency.secret", "other");

    private static List<UpstreamFile.Entry> parse(String text) {
        return UpstreamFile.parse(text, key -> Optional.ofNullable(SETTINGS.get(key)));
    }

    private static List<String> problems(String text) {
        return assertThrows(UpstreamFile.Problems.class, () -> parse(text)).problems();
    }

    @Test
    void anEntryHasTheApiFormAndItsSecretFromASetting() {
        List<UpstreamFile.Entry> entries = parse("""
                [{"name": "vendor-lrs", "endpoint": "https://lrs.example.org/xapi", "key": "reader",
                  "version": "2.0.0", "pull": {"verb": "http://adlnet.gov/expapi/verbs/passed", "pollSeconds": 30}},
                 {"name": "agency", "endpoint": "https://agency.example.org/xapi/", "key": "k",
                  "pull": {"enabled": false},
                  "forward": {"rules": [{"activity": "https://alerrt.org/xapi/courses/3356"}],
                              "from": "2026-09-01T00:00:00Z"}}]""");
        assertEquals(2, entries.size());
        UpstreamFile.Entry vendor = entries.get(0);
        assertEquals(
                "https://lrs.example.org/xapi/", vendor.definition().endpoint().toString());
        assertEquals(XapiVersion.V2_0_0, vendor.definition().version());
        assertEquals(30, vendor.definition().pollSeconds());
        assertEquals("s3cret", vendor.secret());
        assertNull(vendor.forward(), "no forward member: forwarding off");
        UpstreamFile.Entry agency = entries.get(1);
        assertEquals("other", agency.secret());
        assertEquals(
                List.of(new ForwardRule("https://alerrt.org/xapi/courses/3356", null)),
                agency.forward().rules());
        assertEquals(Instant.parse("2026-09-01T00:00:00Z"), agency.forwardFrom());
        assertEquals(List.of(), parse("[]"));
    }

    @Test
    void eachProblemNamesTheEntryAndTheField() {
        List<String> p = problems("""
                [{"name": "vendor-lrs", "endpoint": "https://lrs.example.org/xapi/", "key": "k",
                  "pull": {"verb": 3}},
                 {"name": "agency", "endpoint": "ftp://x", "key": "k"},
                 {"name": "nobody", "endpoint": "https://x.example/xapi/", "key": "k"}]""");
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("upstream [0] 'vendor-lrs': pull.verb"), p.get(0));
        assertTrue(p.get(1).startsWith("upstream [1] 'agency': endpoint"), p.get(1));
        assertTrue(p.get(2).contains("tracker.upstream.nobody.secret is not set"), p.get(2));
    }

    @Test
    void theSecretIsNeverInTheFile() {
        String p = problems("""
                [{"name": "vendor-lrs", "endpoint": "https://lrs.example.org/xapi/", "key": "k", "secret": "x"}]""").get(0);
        assertTrue(p.startsWith("upstream [0] 'vendor-lrs': secret must not be in the file"), p);
    }

    @Test
    void namesAreUniqueAndFitASettingKey() {
        String entry = "{\"name\": \"%s\", \"endpoint\": \"https://x.example/xapi/\", \"key\": \"k\"}";
        List<String> p = problems(
                "[" + entry.formatted("agency") + "," + entry.formatted("agency") + "," + entry.formatted("a b") + "]");
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("upstream [1] 'agency': name: a second upstream named 'agency'"), p.get(0));
        assertTrue(p.get(1).startsWith("upstream [2] 'a b': name: letters, digits"), p.get(1));
    }

    @Test
    void aFileThatIsNoArrayOfObjectsIsRefused() {
        assertTrue(problems("{}").get(0).startsWith("not a JSON array of upstreams"));
        assertTrue(problems("[1").get(0).startsWith("not a JSON array of upstreams"));
        assertEquals("upstream [0]: must be an object", problems("[1]").get(0));
        assertTrue(problems("[{\"name\": \"agency\", \"endpoint\": \"https://x.example/xapi/\", \"key\": \"k\","
                        + " \"forward\": {\"rules\": {}}}]")
                .get(0)
                .startsWith("upstream [0] 'agency': forward.rules"));
    }
}
