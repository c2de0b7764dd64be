package org.alerrt.tracker.cmi5.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.DocumentRequest;
import org.alerrt.tracker.lrs.api.DocumentRequest.Operation;
import org.junit.jupiter.api.Test;

class AuDocumentRulesTest {

    private static final String ACTOR = "account:https://lms.example.org casey";
    private static final String AU = "https://lms.example.org/cmi5/activities/au/abc";
    private static final String REG = "760e3480-ba55-4991-94b0-01820dbd23a2";

    private static DocumentRequest state(String stateId) {
        return new DocumentRequest(new DocumentContext(DocumentKind.STATE, AU, ACTOR, REG), stateId, null);
    }

    private static DocumentRequest profile(String agent, String profileId) {
        return new DocumentRequest(new DocumentContext(DocumentKind.AGENT_PROFILE, null, agent, null), profileId, null);
    }

    private static String rule(DocumentRequest r, Operation op) {
        return AuDocumentRules.check(r, op, ACTOR, AU).map(BrokenRule::rule).orElse("ok");
    }

    @Test
    void section10_2_1_theAuReadsButNeverChangesLaunchData() {
        assertEquals("ok", rule(state("LMS.LaunchData"), Operation.GET));
        assertEquals("cmi5 §10.2.1", rule(state("LMS.LaunchData"), Operation.PUT));
        assertEquals("cmi5 §10.2.1", rule(state("LMS.LaunchData"), Operation.POST));
        assertEquals("cmi5 §10.2.1", rule(state("LMS.LaunchData"), Operation.DELETE));
        assertEquals("cmi5 §10.2.1", rule(state(null), Operation.DELETE)); // would delete it too
        assertEquals("ok", rule(state("bookmark"), Operation.PUT));
        assertEquals("ok", rule(state("bookmark"), Operation.DELETE));
    }

    @Test
    void section11_agentProfilesOfTheLaunchActorOnlyAndPreferencesReadOnly() {
        assertEquals(
                "cmi5 §11", rule(profile("mbox:mailto:catapult@example.com", "cmi5LearnerPreferences"), Operation.GET));
        assertEquals("cmi5 §11", rule(profile("mbox:mailto:catapult@example.com", "other"), Operation.PUT));
        assertEquals("ok", rule(profile(ACTOR, "cmi5LearnerPreferences"), Operation.GET));
        assertEquals("cmi5 §11", rule(profile(ACTOR, "cmi5LearnerPreferences"), Operation.PUT));
        assertEquals("cmi5 §11", rule(profile(ACTOR, "cmi5LearnerPreferences"), Operation.POST));
        assertEquals("cmi5 §11", rule(profile(ACTOR, "cmi5LearnerPreferences"), Operation.DELETE));
        assertEquals("ok", rule(profile(ACTOR, "au-notes"), Operation.PUT));
        assertTrue(AuDocumentRules.readsPreferences(profile(ACTOR, "cmi5LearnerPreferences"), Operation.GET));
        assertFalse(AuDocumentRules.readsPreferences(profile(ACTOR, "au-notes"), Operation.GET));
    }
}
