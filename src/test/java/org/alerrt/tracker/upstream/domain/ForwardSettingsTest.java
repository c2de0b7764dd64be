package org.alerrt.tracker.upstream.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.xapiclient.XapiVersion;
import org.junit.jupiter.api.Test;

class ForwardSettingsTest {

    private static final String COURSE = "https://alerrt.org/xapi/courses/3356";
    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final Upstream UPSTREAM = new Upstream(
            7,
            new UpstreamDefinition(
                    "vendor",
                    URI.create("https://lrs.example.org/xapi/"),
                    "key",
                    XapiVersion.V1_0_3,
                    true,
                    PullFilters.none(),
                    60),
            "v1:x",
            null);

    private static JsonObject statement(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static final JsonObject PASSED_COURSE = statement("""
            {"verb": {"id": "%s"}, "object": {"id": "%s"}}""".formatted(PASSED, COURSE));
    private static final JsonObject AU_OF_COURSE = statement("""
            {"verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"}, "object": {"id": "https://x.example/au"},
             "context": {"contextActivities": {"parent": [{"id": "%s"}]}}}""".formatted(COURSE));

    @Test
    void aRuleMatchesItsVerbAndItsActivityAsObjectOrContext() {
        assertTrue(new ForwardRule(COURSE, null).matches(PASSED_COURSE));
        assertTrue(new ForwardRule(COURSE, null).matches(AU_OF_COURSE));
        assertTrue(new ForwardRule(null, PASSED).matches(PASSED_COURSE));
        assertFalse(new ForwardRule(null, PASSED).matches(AU_OF_COURSE));
        assertFalse(new ForwardRule(COURSE, PASSED).matches(AU_OF_COURSE));
        assertTrue(new ForwardRule(null, null).matches(AU_OF_COURSE), "no activity nor verb: everything");
    }

    @Test
    void whatWasPulledFromAnUpstreamIsNotSentBack() {
        ForwardSettings all = new ForwardSettings(true, List.of(new ForwardRule(null, null)));
        JsonObject pulled = Json.createObjectBuilder(PASSED_COURSE)
                .add(
                        "authority",
                        Json.createObjectBuilder()
                                .add(
                                        "account",
                                        Json.createObjectBuilder()
                                                .add("homePage", "http://127.0.0.1:8080")
                                                .add("name", "upstream:vendor")))
                .build();
        assertTrue(all.wants(PASSED_COURSE, UPSTREAM));
        assertFalse(all.wants(pulled, UPSTREAM));
    }

    @Test
    void forwardingNeedsARule() {
        Refusal r = assertThrows(Refusal.class, () -> new ForwardSettings(true, List.of()));
        assertEquals("forward.rules", r.property());
        assertEquals(
                "forward.rules.verb",
                assertThrows(Refusal.class, () -> new ForwardRule(null, "passed"))
                        .property());
    }
}
