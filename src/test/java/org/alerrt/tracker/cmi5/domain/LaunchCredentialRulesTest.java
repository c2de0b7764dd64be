package org.alerrt.tracker.cmi5.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRules.Kind;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRules.Lookups;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRules.Scope;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.DocumentRequest;
import org.alerrt.tracker.lrs.api.DocumentRequest.Operation;
import org.junit.jupiter.api.Test;

/**
 * What a launch credential may do: its learner, its registration, its course's activities (and IRIs beneath them),
 * voiding its own statements, its State; each refusal names the property and the rule.
 */
class LaunchCredentialRulesTest {

    private static final String REG = "6f1c0a4e-6c2f-4c47-9d0e-3b1a2c3d4e5f";
    private static final String OTHER_REG = "11111111-2222-4333-8444-555555555555";
    private static final ActorIdentity LEARNER = new ActorIdentity("mbox:mailto:casey@example.org");
    private static final String AU = "https://lms.example.org/cmi5/activities/au/abc";
    private static final String AU_PUBLISHER = "https://pub.example.org/course/au1";
    private static final String OTHER_COURSE = "https://alerrt.org/xapi/courses/3315";
    private static final String CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    private static final Scope CMI5 =
            new Scope(Kind.CMI5_SESSION, LEARNER, REG, Set.of(AU, AU_PUBLISHER, "https://pub.example.org/course"));
    private static final Scope TINCAN =
            new Scope(Kind.TINCAN_LAUNCH, LEARNER, REG, Set.of("https://example.org/tincan/golf"));
    private static final String OWN_STATEMENT = "aaaaaaaa-0000-4000-8000-000000000001";
    private static final Lookups LOOKUPS = new Lookups(OTHER_COURSE::equals, OWN_STATEMENT::equals);

    private static JsonObjectBuilder agent(String mbox) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("mbox", mbox);
    }

    private static JsonObjectBuilder me() {
        return agent("mailto:casey@example.org");
    }

    private static JsonObject statement(String verb, JsonObjectBuilder object, UnaryOperator<JsonObjectBuilder> alter) {
        JsonObjectBuilder s = Json.createObjectBuilder()
                .add("actor", me())
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/" + verb))
                .add("object", object)
                .add("context", Json.createObjectBuilder().add("registration", REG));
        return alter.apply(s).build();
    }

    private static JsonObject about(String objectId) {
        return statement("passed", Json.createObjectBuilder().add("id", objectId), s -> s);
    }

    private static Optional<BrokenRule> cmi5(JsonObject statement) {
        return LaunchCredentialRules.check(statement, CMI5, LOOKUPS);
    }

    private static void refused(Optional<BrokenRule> refusal, String property, String rule) {
        assertTrue(refusal.isPresent(), "expected a refusal of " + property);
        assertEquals(property, refusal.get().property(), refusal.get().toString());
        assertEquals(rule, refusal.get().rule());
    }

    @Test
    void honest_cmi5DefinedAndAllowedStatementsAboutTheAuAndBeneathIt() {
        assertEquals(Optional.empty(), cmi5(about(AU)));
        // a cmi5 allowed "answered" with an interaction object beneath the AU's activity id
        assertEquals(
                Optional.empty(),
                cmi5(statement(
                        "answered",
                        Json.createObjectBuilder().add("objectType", "Activity").add("id", AU + "/interactions/q1"),
                        s -> s)));
        assertEquals(Optional.empty(), cmi5(about(AU + "#slide-3")));
        assertEquals(Optional.empty(), cmi5(about(AU_PUBLISHER + "/video")));
        // context activities: the cmi5 category and grouping with the publisher id
        assertEquals(
                Optional.empty(),
                cmi5(statement(
                        "completed",
                        Json.createObjectBuilder().add("id", AU),
                        s -> s.add(
                                "context",
                                Json.createObjectBuilder()
                                        .add("registration", REG.toUpperCase())
                                        .add(
                                                "contextActivities",
                                                Json.createObjectBuilder()
                                                        .add(
                                                                "category",
                                                                Json.createArrayBuilder()
                                                                        .add(Json.createObjectBuilder()
                                                                                .add("id", CMI5_CATEGORY)))
                                                        .add(
                                                                "grouping",
                                                                Json.createObjectBuilder()
                                                                        .add("id", AU_PUBLISHER)))))));
    }

    @Test
    void honest_tinCanStatementAboutItsActivity() {
        assertEquals(
                Optional.empty(),
                LaunchCredentialRules.check(about("https://example.org/tincan/golf"), TINCAN, LOOKUPS));
    }

    @Test
    void finding1_aPassedForAnotherCatalogueCourseIsRefused() {
        refused(cmi5(about(OTHER_COURSE)), "statement.object.id", LaunchCredentialRules.OTHER_COURSE_RULE);
        refused(
                LaunchCredentialRules.check(about(OTHER_COURSE), TINCAN, LOOKUPS),
                "statement.object.id",
                LaunchCredentialRules.OTHER_COURSE_RULE);
    }

    @Test
    void anActivityOutsideTheCourseIsRefused_aLookalikePrefixIsNotBeneath() {
        refused(
                cmi5(about("https://elsewhere.example.org/x")),
                "statement.object.id",
                LaunchCredentialRules.OBJECT_RULE);
        refused(cmi5(about(AU + "x")), "statement.object.id", LaunchCredentialRules.OBJECT_RULE);
        refused(
                cmi5(about("https://lms.example.org/cmi5/activities/au")),
                "statement.object.id",
                LaunchCredentialRules.OBJECT_RULE);
    }

    @Test
    void anotherActorOrAGroupIsRefused() {
        refused(
                cmi5(statement(
                        "passed",
                        Json.createObjectBuilder().add("id", AU),
                        s -> s.add("actor", agent("mailto:other@example.org")))),
                "statement.actor",
                LaunchCredentialRules.ACTOR_RULE);
        refused(
                cmi5(statement(
                        "passed",
                        Json.createObjectBuilder().add("id", AU),
                        s -> s.add("actor", me().add("objectType", "Group")))),
                "statement.actor",
                LaunchCredentialRules.ACTOR_RULE);
    }

    @Test
    void theRegistrationIsRequiredAndMustBeTheLaunchs() {
        refused(
                cmi5(statement("passed", Json.createObjectBuilder().add("id", AU), s -> s.remove("context"))),
                "statement.context.registration",
                LaunchCredentialRules.REGISTRATION_RULE);
        refused(
                cmi5(statement(
                        "passed",
                        Json.createObjectBuilder().add("id", AU),
                        s -> s.add("context", Json.createObjectBuilder().add("registration", OTHER_REG)))),
                "statement.context.registration",
                LaunchCredentialRules.REGISTRATION_RULE);
    }

    @Test
    void anAgentObjectIsRefused() {
        refused(
                cmi5(statement("mentored", agent("mailto:other@example.org"), s -> s)),
                "statement.object.objectType",
                LaunchCredentialRules.OBJECT_RULE);
    }

    @Test
    void aSubStatementIsNoWayAround() {
        JsonObject sub = Json.createObjectBuilder()
                .add("objectType", "SubStatement")
                .add("actor", me())
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/passed"))
                .build();
        refused(
                cmi5(statement(
                        "planned",
                        Json.createObjectBuilder(sub)
                                .add("object", Json.createObjectBuilder().add("id", OTHER_COURSE)),
                        s -> s)),
                "statement.object.object.id",
                LaunchCredentialRules.OTHER_COURSE_RULE);
        refused(
                cmi5(statement(
                        "planned",
                        Json.createObjectBuilder(sub)
                                .add("actor", agent("mailto:other@example.org"))
                                .add("object", Json.createObjectBuilder().add("id", AU)),
                        s -> s)),
                "statement.object.actor",
                LaunchCredentialRules.ACTOR_RULE);
        assertEquals(
                Optional.empty(),
                cmi5(statement(
                        "planned",
                        Json.createObjectBuilder(sub)
                                .add("object", Json.createObjectBuilder().add("id", AU)),
                        s -> s)));
    }

    @Test
    void contextActivitiesAreNoWayAround() {
        refused(
                cmi5(statement(
                        "completed",
                        Json.createObjectBuilder().add("id", AU),
                        s -> s.add(
                                "context",
                                Json.createObjectBuilder()
                                        .add("registration", REG)
                                        .add(
                                                "contextActivities",
                                                Json.createObjectBuilder()
                                                        .add(
                                                                "parent",
                                                                Json.createArrayBuilder()
                                                                        .add(Json.createObjectBuilder()
                                                                                .add("id", AU_PUBLISHER))
                                                                        .add(Json.createObjectBuilder()
                                                                                .add("id", OTHER_COURSE))))))),
                "statement.context.contextActivities.parent[1].id",
                LaunchCredentialRules.OTHER_COURSE_RULE);
    }

    @Test
    void finding4_voidingOnlyItsOwnStatements() {
        JsonObject ref =
                Json.createObjectBuilder().add("objectType", "StatementRef").build();
        assertEquals(
                Optional.empty(),
                LaunchCredentialRules.check(
                        statement(
                                "voided", Json.createObjectBuilder(ref).add("id", OWN_STATEMENT.toUpperCase()), s -> s),
                        TINCAN,
                        LOOKUPS));
        refused(
                LaunchCredentialRules.check(
                        statement(
                                "voided",
                                Json.createObjectBuilder(ref).add("id", "bbbbbbbb-0000-4000-8000-000000000002"),
                                s -> s),
                        TINCAN,
                        LOOKUPS),
                "statement.object.id",
                LaunchCredentialRules.VOIDING_RULE);
        refused(
                LaunchCredentialRules.check(
                        statement("voided", Json.createObjectBuilder().add("id", AU), s -> s), TINCAN, LOOKUPS),
                "statement.object.objectType",
                LaunchCredentialRules.VOIDING_RULE);
        // cmi5 §6.3: an AU voids nothing, not even its own statements
        refused(
                cmi5(statement("voided", Json.createObjectBuilder(ref).add("id", OWN_STATEMENT), s -> s)),
                "verb",
                "cmi5 §6.3");
    }

    private static DocumentRequest state(String activityId, String agent, String registration) {
        return new DocumentRequest(
                new DocumentContext(DocumentKind.STATE, activityId, agent, registration), "bookmark", null);
    }

    @Test
    void honest_stateOfTheLearnerRegistrationAndCourse() {
        for (Operation op : Operation.values()) {
            assertEquals(Optional.empty(), LaunchCredentialRules.document(state(AU, LEARNER.value(), REG), op, CMI5));
        }
        assertEquals(
                Optional.empty(),
                LaunchCredentialRules.document(
                        state(AU + "/page/2", LEARNER.value(), REG.toUpperCase()), Operation.PUT, CMI5));
    }

    @Test
    void finding3_otherLearnersOrRegistrationsStateIsRefused() {
        refused(
                LaunchCredentialRules.document(state(AU, "mbox:mailto:other@example.org", REG), Operation.GET, CMI5),
                "agent",
                LaunchCredentialRules.DOCUMENT_RULE);
        refused(
                LaunchCredentialRules.document(state(AU, LEARNER.value(), OTHER_REG), Operation.DELETE, CMI5),
                "registration",
                LaunchCredentialRules.DOCUMENT_RULE);
        refused(
                LaunchCredentialRules.document(state(AU, LEARNER.value(), null), Operation.PUT, TINCAN),
                "registration",
                LaunchCredentialRules.DOCUMENT_RULE);
        refused(
                LaunchCredentialRules.document(
                        state("https://elsewhere.example.org/a", LEARNER.value(), REG), Operation.GET, CMI5),
                "activityId",
                LaunchCredentialRules.DOCUMENT_RULE);
    }

    @Test
    void profiles_cmi5ReadsItsLearnersAgentProfileOnly_tinCanNone() {
        DocumentRequest own = new DocumentRequest(
                new DocumentContext(DocumentKind.AGENT_PROFILE, null, LEARNER.value(), null),
                "cmi5LearnerPreferences",
                null);
        DocumentRequest other = new DocumentRequest(
                new DocumentContext(DocumentKind.AGENT_PROFILE, null, "mbox:mailto:other@example.org", null),
                "cmi5LearnerPreferences",
                null);
        DocumentRequest activity =
                new DocumentRequest(new DocumentContext(DocumentKind.ACTIVITY_PROFILE, AU, null, null), "p", null);
        assertEquals(Optional.empty(), LaunchCredentialRules.document(own, Operation.GET, CMI5));
        refused(
                LaunchCredentialRules.document(own, Operation.PUT, CMI5),
                "profileId",
                LaunchCredentialRules.DOCUMENT_RULE);
        refused(
                LaunchCredentialRules.document(other, Operation.GET, CMI5),
                "agent",
                LaunchCredentialRules.DOCUMENT_RULE);
        refused(
                LaunchCredentialRules.document(activity, Operation.GET, CMI5),
                "profileId",
                LaunchCredentialRules.DOCUMENT_RULE);
        refused(
                LaunchCredentialRules.document(own, Operation.GET, TINCAN),
                "profileId",
                LaunchCredentialRules.DOCUMENT_RULE);
    }
}
