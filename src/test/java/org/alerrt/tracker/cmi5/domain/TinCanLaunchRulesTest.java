package org.alerrt.tracker.cmi5.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.lrs.domain.ActorIdentity;
import org.junit.jupiter.api.Test;

/** What a Tin Can launch credential may write: its learner, its registration, not another course's activity. */
class TinCanLaunchRulesTest {

    private static final String REG = "6f1c0a4e-6c2f-4c47-9d0e-3b1a2c3d4e5f";
    private static final ActorIdentity LEARNER = new ActorIdentity("mbox:mailto:casey@example.org");
    private static final String COURSE = "https://example.org/tincan/golf";
    private static final Set<String> OTHER_COURSES = Set.of("https://example.org/other-course");

    private static JsonObjectBuilder agent(String mbox) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("mbox", mbox);
    }

    private static JsonObject statement(JsonObjectBuilder actor, String registration, String objectId) {
        JsonObjectBuilder s = Json.createObjectBuilder().add("actor", actor)
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/passed"))
                .add("object", Json.createObjectBuilder().add("id", objectId));
        if (registration != null) {
            s.add("context", Json.createObjectBuilder().add("registration", registration));
        }
        return s.build();
    }

    private static Optional<TinCanLaunchRules.Refusal> check(JsonObject statement) {
        return TinCanLaunchRules.check(statement, LEARNER, REG, OTHER_COURSES::contains);
    }

    @Test
    void theLearnersStatementInTheRegistrationAboutTheCourseIsAllowed() {
        assertEquals(Optional.empty(), check(statement(agent("mailto:casey@example.org"), REG, COURSE)));
    }

    @Test
    void registrationsCompareAsUuids_caseDoesNotMatter() {
        assertEquals(Optional.empty(), check(statement(agent("mailto:casey@example.org"), REG.toUpperCase(),
                COURSE)));
    }

    @Test
    void anotherActorIsRefused() {
        TinCanLaunchRules.Refusal r = check(statement(agent("mailto:someone@example.org"), REG, COURSE))
                .orElseThrow();
        assertEquals("statement.actor", r.property());
        assertEquals(TinCanLaunchRules.ACTOR_RULE, r.rule());
    }

    @Test
    void theSamePersonUnderAnotherIfiIsAnotherActor() {
        JsonObjectBuilder account = Json.createObjectBuilder().add("account", Json.createObjectBuilder()
                .add("homePage", "https://example.org").add("name", "casey"));
        assertEquals(TinCanLaunchRules.ACTOR_RULE, check(statement(account, REG, COURSE)).orElseThrow().rule());
    }

    @Test
    void aGroupWithTheLearnerAsMemberIsRefused() {
        JsonObjectBuilder group = Json.createObjectBuilder().add("objectType", "Group")
                .add("member", Json.createArrayBuilder().add(agent("mailto:casey@example.org")));
        assertEquals(TinCanLaunchRules.ACTOR_RULE, check(statement(group, REG, COURSE)).orElseThrow().rule());
    }

    @Test
    void aMissingRegistrationIsRefused() {
        TinCanLaunchRules.Refusal r = check(statement(agent("mailto:casey@example.org"), null, COURSE)).orElseThrow();
        assertEquals("statement.context.registration", r.property());
        assertEquals(TinCanLaunchRules.REGISTRATION_RULE, r.rule());
        assertTrue(r.message().contains("is required"), r.message());
    }

    @Test
    void anotherRegistrationIsRefused() {
        TinCanLaunchRules.Refusal r = check(statement(agent("mailto:casey@example.org"),
                "00000000-0000-4000-8000-000000000000", COURSE)).orElseThrow();
        assertEquals(TinCanLaunchRules.REGISTRATION_RULE, r.rule());
    }

    @Test
    void aStatementAboutAnotherCatalogueCoursesActivityIsRefused() {
        TinCanLaunchRules.Refusal r = check(statement(agent("mailto:casey@example.org"), REG,
                "https://example.org/other-course")).orElseThrow();
        assertEquals("statement.object.id", r.property());
        assertEquals(TinCanLaunchRules.OTHER_COURSE_RULE, r.rule());
    }

    @Test
    void aStatementRefObjectIsNotAnActivity() {
        JsonObject s = Json.createObjectBuilder(statement(agent("mailto:casey@example.org"), REG, COURSE))
                .add("object", Json.createObjectBuilder().add("objectType", "StatementRef")
                        .add("id", "https://example.org/other-course")).build();
        assertEquals(Optional.empty(), check(s));
    }

    @Test
    void state_onlyTheLearnersDocumentsInTheRegistration() {
        assertEquals(Optional.empty(), TinCanLaunchRules.stateOfLaunch(LEARNER.value(), REG, LEARNER, REG));
        assertEquals("agent", TinCanLaunchRules.stateOfLaunch("mbox:mailto:other@example.org", REG, LEARNER, REG)
                .orElseThrow().property());
        assertEquals("registration", TinCanLaunchRules.stateOfLaunch(LEARNER.value(), null, LEARNER, REG)
                .orElseThrow().property());
        assertEquals("registration", TinCanLaunchRules.stateOfLaunch(LEARNER.value(),
                "00000000-0000-4000-8000-000000000000", LEARNER, REG).orElseThrow().property());
    }
}
