package org.alerrt.tracker.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.junit.jupiter.api.Test;

/** cmi5 §9.2: the launch actor is an Agent with an account; its identity is the learner's (xAPI Data §2.4.2.3). */
class PortalActorTest {

    @Test
    void anAccountIdentityBecomesAnAgentWithThatAccount() {
        JsonObject agent = PortalActor.agent(new ActorIdentity("account:https://idp.example.org jo smith"), "Jo Smith")
                .orElseThrow();
        assertEquals("Agent", agent.getString("objectType"));
        assertEquals("Jo Smith", agent.getString("name"));
        assertEquals("https://idp.example.org", agent.getJsonObject("account").getString("homePage"));
        assertEquals("jo smith", agent.getJsonObject("account").getString("name"), "names may hold spaces");
        assertEquals(
                new ActorIdentity("account:https://idp.example.org jo smith"),
                ActorIdentity.of(agent).orElseThrow(),
                "the same identity again, so statements about it find the learner");
    }

    @Test
    void otherIdentitiesHaveNoAccountAgent() {
        assertTrue(PortalActor.agent(new ActorIdentity("mbox:mailto:a@example.org"), "A")
                .isEmpty());
        assertTrue(PortalActor.agent(new ActorIdentity("openid:https://id.example.org/a"), null)
                .isEmpty());
    }

    @Test
    void theGeneratedActorIsStablePerLearnerAndHasNoNameWhenNoneIsKnown() {
        ActorIdentity g = PortalActor.generated("https://tracker.example.org", 51);
        assertEquals(g, PortalActor.generated("https://tracker.example.org", 51));
        JsonObject agent = PortalActor.agent(g, " ").orElseThrow();
        assertFalse(agent.containsKey("name"));
        assertEquals("learner-51", agent.getJsonObject("account").getString("name"));
        assertEquals(
                "https://tracker.example.org", agent.getJsonObject("account").getString("homePage"));
    }
}
