package org.alerrt.tracker.lrs.domain.documents;

import static org.alerrt.tracker.lrs.api.DocumentKind.ACTIVITY_PROFILE;
import static org.alerrt.tracker.lrs.api.DocumentKind.AGENT_PROFILE;
import static org.alerrt.tracker.lrs.api.DocumentKind.STATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.DocumentRequest;
import org.alerrt.tracker.lrs.api.DocumentRequest.Operation;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

class DocumentRequestTest {

    private static final String ACTIVITY = "https://example.org/activity/1";
    private static final String AGENT = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:officer@example.org\"}";
    private static final String REGISTRATION = "0F2E8A3C-1D5B-4C7E-9A6F-2B3C4D5E6F70";

    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return map;
    }

    private static String rejected(DocumentKind kind, Operation op, String... pairs) {
        var e = assertThrows(XapiValidationException.class, () -> DocumentRequest.parse(kind, op, params(pairs)));
        assertEquals(Refusal.Kind.INVALID, e.kind());
        return e.property();
    }

    @Test
    void stateParametersMakeTheKeyWithALowerCaseRegistration_2_3_s3() {
        var r = DocumentRequest.parse(
                STATE,
                Operation.PUT,
                params("activityId", ACTIVITY, "agent", AGENT, "registration", REGISTRATION, "stateId", "bookmark"));
        assertEquals(ACTIVITY, r.context().activityId());
        assertEquals("mbox:mailto:officer@example.org", r.context().agentIfi());
        assertEquals(REGISTRATION.toLowerCase(), r.context().registration());
        assertEquals("bookmark", r.documentId());
    }

    @Test
    void missingRequiredParametersAreNamed() {
        assertEquals("activityId", rejected(STATE, Operation.GET, "agent", AGENT));
        assertEquals("agent", rejected(STATE, Operation.GET, "activityId", ACTIVITY));
        assertEquals("stateId", rejected(STATE, Operation.PUT, "activityId", ACTIVITY, "agent", AGENT));
        assertEquals("stateId", rejected(STATE, Operation.POST, "activityId", ACTIVITY, "agent", AGENT));
        assertEquals("activityId", rejected(ACTIVITY_PROFILE, Operation.GET));
        assertEquals("profileId", rejected(ACTIVITY_PROFILE, Operation.PUT, "activityId", ACTIVITY));
        assertEquals("profileId", rejected(ACTIVITY_PROFILE, Operation.DELETE, "activityId", ACTIVITY));
        assertEquals("agent", rejected(AGENT_PROFILE, Operation.GET));
        assertEquals("profileId", rejected(AGENT_PROFILE, Operation.DELETE, "agent", AGENT));
    }

    @Test
    void idIsOptionalForGetAndForStateDeleteAll_2_3_s4_s5() {
        assertNull(DocumentRequest.parse(STATE, Operation.DELETE, params("activityId", ACTIVITY, "agent", AGENT))
                .documentId());
        assertNull(DocumentRequest.parse(AGENT_PROFILE, Operation.GET, params("agent", AGENT))
                .documentId());
    }

    @Test
    void malformedValuesAreRejected() {
        assertEquals("activityId", rejected(ACTIVITY_PROFILE, Operation.GET, "activityId", "not an iri"));
        assertEquals("agent", rejected(STATE, Operation.GET, "activityId", ACTIVITY, "agent", "{not json"));
        assertEquals(
                "registration",
                rejected(STATE, Operation.GET, "activityId", ACTIVITY, "agent", AGENT, "registration", "12345"));
        assertEquals(
                "since", rejected(STATE, Operation.GET, "activityId", ACTIVITY, "agent", AGENT, "since", "yesterday"));
        assertEquals("stateId", rejected(STATE, Operation.PUT, "activityId", ACTIVITY, "agent", AGENT, "stateId", ""));
    }

    @Test
    void valuesLongerThanTheStoredColumnsAreA400NotA500() {
        String longText = "x".repeat(DocumentRequest.MAX_LENGTH + 1);
        assertEquals(
                "stateId", rejected(STATE, Operation.PUT, "activityId", ACTIVITY, "agent", AGENT, "stateId", longText));
        assertEquals(
                "activityId", rejected(ACTIVITY_PROFILE, Operation.GET, "activityId", "https://e.org/" + longText));
        // an agent is bounded as everywhere else: its identifier must fit the statement columns (600)
        assertEquals(
                "agent.openid",
                rejected(AGENT_PROFILE, Operation.GET, "agent", "{\"openid\":\"https://e.org/" + longText + "\"}"));
        DocumentRequest.parse(
                STATE,
                Operation.PUT,
                params("activityId", ACTIVITY, "agent", AGENT, "stateId", "x".repeat(DocumentRequest.MAX_LENGTH)));
    }

    @Test
    void agentMustHaveExactlyOneIfiAndNotBeAGroup_2_6_s3() {
        assertEquals("agent", rejected(AGENT_PROFILE, Operation.GET, "agent", "{\"name\":\"no ifi\"}"));
        assertEquals(
                "agent",
                rejected(
                        AGENT_PROFILE,
                        Operation.GET,
                        "agent",
                        "{\"mbox\":\"mailto:a@example.org\",\"openid\":\"https://example.org/a\"}"));
        assertEquals(
                "agent.objectType",
                rejected(
                        AGENT_PROFILE,
                        Operation.GET,
                        "agent",
                        "{\"objectType\":\"Group\",\"mbox\":\"mailto:team@example.org\"}"));
        assertEquals(
                "agent.mbox", rejected(AGENT_PROFILE, Operation.GET, "agent", "{\"mbox\":\"officer@example.org\"}"));
    }

    @Test
    void unknownMiscasedOrMisplacedParametersAreRejected_3_2_s3_b7_b8() {
        assertEquals("activityID", rejected(STATE, Operation.GET, "activityID", ACTIVITY, "agent", AGENT));
        assertEquals(
                "registration",
                rejected(ACTIVITY_PROFILE, Operation.GET, "activityId", ACTIVITY, "registration", REGISTRATION));
        assertEquals("stateId", rejected(ACTIVITY_PROFILE, Operation.GET, "activityId", ACTIVITY, "stateId", "x"));
        assertEquals(
                "since",
                rejected(
                        STATE,
                        Operation.PUT,
                        "activityId",
                        ACTIVITY,
                        "agent",
                        AGENT,
                        "stateId",
                        "x",
                        "since",
                        "2026-01-01T00:00:00Z"));
        assertEquals(
                "profileId",
                rejected(AGENT_PROFILE, Operation.GET, "agent", AGENT, "profileId", "a", "profileId", "b"));
    }

    @Test
    void sinceIsParsedAsATimestamp() {
        var r = DocumentRequest.parse(
                ACTIVITY_PROFILE,
                Operation.GET,
                params("activityId", ACTIVITY, "since", "2026-11-25T10:00:00.123+02:00"));
        assertEquals(Instant.parse("2026-11-25T08:00:00.123Z"), r.since());
    }

    @Test
    void keysSeparateKindsContextsAndRegistrations() {
        var withRegistration = new DocumentContext(STATE, ACTIVITY, "mbox:mailto:a@example.org", "r");
        var without = new DocumentContext(STATE, ACTIVITY, "mbox:mailto:a@example.org", null);
        assertNotEquals(withRegistration.hash(), without.hash());
        assertNotEquals(
                withRegistration.document("x").hash(), without.document("x").hash());
        assertNotEquals(
                new DocumentContext(ACTIVITY_PROFILE, "a:b", null, null)
                        .document("c")
                        .hash(),
                new DocumentContext(ACTIVITY_PROFILE, "a:b|c", null, null)
                        .document("")
                        .hash());
        assertEquals(64, without.document("x").hash().length());
        assertEquals(
                without.document("x").hash(),
                new DocumentContext(STATE, ACTIVITY, "mbox:mailto:a@example.org", null)
                        .document("x")
                        .hash());
    }
}
