package org.alerrt.tracker.tincan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.training.api.LearnerName;
import org.alerrt.tracker.training.api.LearnerSummary;
import org.junit.jupiter.api.Test;

/** Tin Can learners: any Agent IFI (mbox needs no account), and back from a learner's IFI to an Agent. */
class TinCanLaunchServiceTest {

    @Test
    void anMboxActorWithoutANameGivesALearnerNamedAfterTheAddress() {
        JsonObject actor = Json.createObjectBuilder()
                .add("mbox", "mailto:casey@example.org")
                .build();
        LearnerName d = TinCanLaunchService.learnerName(actor, null, null);
        assertEquals("casey@example.org", d.firstName());
        assertEquals("-", d.lastName());
    }

    @Test
    void theActorsNameIsSplitAndExplicitNamesWin() {
        JsonObject actor = Json.createObjectBuilder()
                .add("mbox", "mailto:c@example.org")
                .add("name", "Casey Ann Lee")
                .build();
        assertEquals(
                "Casey Ann", TinCanLaunchService.learnerName(actor, null, null).firstName());
        assertEquals("Lee", TinCanLaunchService.learnerName(actor, null, null).lastName());
        assertEquals("Kim", TinCanLaunchService.learnerName(actor, "Kim", null).firstName());
    }

    @Test
    void aLearnersIfiBecomesTheSameAgent() {
        JsonObject mbox = TinCanLaunchService.agent(
                new LearnerSummary(1, "Pat", "Doe", new ActorIdentity("mbox:mailto:p@example.org")));
        assertEquals("mailto:p@example.org", mbox.getString("mbox"));
        assertEquals(
                new ActorIdentity("mbox:mailto:p@example.org"),
                ActorIdentity.of(mbox).orElseThrow());
        JsonObject account = TinCanLaunchService.agent(
                new LearnerSummary(1, "Pat", "Doe", new ActorIdentity("account:https://lms.example.org pat.doe")));
        assertEquals("https://lms.example.org", account.getJsonObject("account").getString("homePage"));
        assertEquals("pat.doe", account.getJsonObject("account").getString("name"));
        assertEquals("Pat Doe", account.getString("name"));
    }
}
