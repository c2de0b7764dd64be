package org.alerrt.tracker.upstream.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.xapiclient.XapiVersion;
import org.alerrt.tracker.upstream.application.UpstreamStatus;
import org.alerrt.tracker.upstream.domain.PullCheckpoint;
import org.alerrt.tracker.upstream.domain.Upstream;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;
import org.junit.jupiter.api.Test;

/** The admin API's body: defaults, and a 400 naming the field at fault; the secret never in an answer. */
class UpstreamsResourceTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String refusedField(String body) {
        return assertThrows(Refusal.class, () -> UpstreamJson.definition(json(body)))
                .property();
    }

    @Test
    void aMinimalBodyTakesTheDefaults() {
        UpstreamDefinition d = UpstreamJson.definition(json("""
                {"name": "vendor", "endpoint": "https://lrs.example.org/xapi", "key": "k"}"""));
        assertEquals(URI.create("https://lrs.example.org/xapi/"), d.endpoint());
        assertEquals(XapiVersion.V1_0_3, d.version());
        assertTrue(d.pullEnabled());
        assertEquals(60, d.pollSeconds());
    }

    @Test
    void eachBadFieldIsNamed() {
        String ok = "\"name\": \"v\", \"endpoint\": \"https://lrs.example.org/xapi/\", \"key\": \"k\"";
        assertEquals("endpoint", refusedField("{\"name\": \"v\", \"key\": \"k\"}"));
        assertEquals("version", refusedField("{" + ok + ", \"version\": \"0.95\"}"));
        assertEquals("pull", refusedField("{" + ok + ", \"pull\": []}"));
        assertEquals("pull.enabled", refusedField("{" + ok + ", \"pull\": {\"enabled\": \"yes\"}}"));
        assertEquals("pull.verb", refusedField("{" + ok + ", \"pull\": {\"verb\": 3}}"));
        assertEquals("pull.since", refusedField("{" + ok + ", \"pull\": {\"since\": \"yesterday\"}}"));
        assertEquals("pull.pollSeconds", refusedField("{" + ok + ", \"pull\": {\"pollSeconds\": 1.5}}"));
        assertEquals("pull.pollSeconds", refusedField("{" + ok + ", \"pull\": {\"pollSeconds\": 0}}"));
    }

    @Test
    void theAnswerSaysASecretIsSetButNotWhichOne() {
        Upstream u = new Upstream(
                3, UpstreamJson.definition(json("""
                        {"name": "vendor", "endpoint": "https://lrs.example.org/xapi/", "key": "k"}""")), "v1:sealed-secret", Instant.parse("2026-12-07T03:00:00Z"));
        PullCheckpoint cp = new PullCheckpoint(3, null, null, null, 0, 0, null, null, null, null);
        String answer =
                UpstreamsResource.json(new UpstreamStatus(u, cp)).build().toString();
        assertFalse(answer.contains("sealed-secret"), answer);
        assertTrue(json(answer).getBoolean("secretSet"));
    }
}
