package org.alerrt.tracker.cmi5.adapters.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.LaunchMode;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.application.Cmi5LaunchSettings;
import org.alerrt.tracker.cmi5.application.MoveOnService;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.Cmi5Vocabulary;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.SessionFacts;
import org.alerrt.tracker.lrs.api.LaunchCredentialIssuer;
import org.alerrt.tracker.lrs.api.StatementPolicy;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The policy judges a request's statements in order against the session's facts and records what they change. */
class Cmi5SessionStatementsTest {

    private static final String REG = "760e3480-ba55-4991-94b0-01820dbd23a2";
    private static final String AU_ID = "https://pub.example.org/au";
    private static final String AU = "https://lms.example.org/cmi5/activities/au/abc";
    private static final OffsetDateTime T = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final JsonObject ACTOR = Json.createObjectBuilder()
            .add(
                    "account",
                    Json.createObjectBuilder()
                            .add("homePage", "https://lms.example.org")
                            .add("name", "casey"))
            .build();
    private static final Caller AU_CALLER = new Caller("cmi5-au-key", Set.of("lrs"), 7L);

    private final FakeRegistrations repo = new FakeRegistrations();
    private final List<String> revoked = new ArrayList<>();
    private final List<String> movedOn = new ArrayList<>();
    private Cmi5SessionStatements policy;

    @BeforeEach
    void wire() {
        policy = new Cmi5SessionStatements();
        policy.registrations = repo;
        policy.credentials = new LaunchCredentialIssuer() {
            @Override
            public Issued issue(String name, Collection<String> scopes, String key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean revoke(String key) {
                revoked.add(key);
                return true;
            }
        };
        policy.moveOn = new MoveOnService() {
            @Override
            public void moveOn(AuSession session, AuProgress progress, JsonObject statement) {
                movedOn.add(statement.getJsonObject("verb").getString("id") + " " + progress.completed() + " "
                        + session.sessionId());
            }
        };
        policy.settings = new Cmi5LaunchSettings() {
            @Override
            public boolean preferencesBeforeInitialized() {
                return true;
            }
        };
    }

    private static JsonObject statement(String verb, JsonObject result, boolean moveOn) {
        var category =
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", Cmi5Vocabulary.CATEGORY_CMI5));
        if (moveOn) {
            category.add(Json.createObjectBuilder().add("id", Cmi5Vocabulary.CATEGORY_MOVE_ON));
        }
        var s = Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", ACTOR)
                .add("verb", Json.createObjectBuilder().add("id", verb))
                .add("object", Json.createObjectBuilder().add("id", AU))
                .add("timestamp", "2026-01-01T00:01:00Z")
                .add(
                        "context",
                        Json.createObjectBuilder()
                                .add("registration", REG)
                                .add(
                                        "contextActivities",
                                        Json.createObjectBuilder()
                                                .add("category", category)
                                                .add(
                                                        "grouping",
                                                        Json.createArrayBuilder()
                                                                .add(Json.createObjectBuilder()
                                                                        .add("id", AU_ID))))
                                .add(
                                        "extensions",
                                        Json.createObjectBuilder().add(Cmi5Vocabulary.EXT_SESSION_ID, "s-1")));
        if (result != null) {
            s.add("result", result);
        }
        return s.build();
    }

    private static JsonObject initialized() {
        return statement(Cmi5Vocabulary.INITIALIZED, null, false);
    }

    private static JsonObject completed() {
        return statement(
                Cmi5Vocabulary.COMPLETED,
                Json.createObjectBuilder()
                        .add("completion", true)
                        .add("duration", "PT1M")
                        .build(),
                true);
    }

    private static JsonObject terminated() {
        return statement(
                Cmi5Vocabulary.TERMINATED,
                Json.createObjectBuilder().add("duration", "PT2M").build(),
                false);
    }

    @Test
    void aBatchIsJudgedInOrderAndItsFactsAreRecorded() {
        policy.check(List.of(initialized(), completed()), AU_CALLER);
        assertEquals(Set.of(Cmi5Vocabulary.INITIALIZED, Cmi5Vocabulary.COMPLETED), repo.verbs);
        assertTrue(repo.progress.completed());
        // the next request sees them: a second completed is refused, naming its place in the batch
        Refusal e = assertThrows(
                Refusal.class,
                () -> policy.check(
                        List.of(statement("http://adlnet.gov/expapi/verbs/experienced", null, false), completed()),
                        AU_CALLER));
        assertEquals(Refusal.Kind.FORBIDDEN, e.kind());
        assertEquals("statement[1].verb", e.property());
    }

    @Test
    void section9_3_9_aMoveOnStatementMovesTheRegistrationOnRightAfterItIsInserted() {
        List<StatementPolicy.AfterInsert> after =
                policy.check(List.of(initialized(), completed(), terminated()), AU_CALLER);
        // the work waits on the "completed" (index 1), so its "satisfied" statements come before "terminated"
        assertEquals(
                List.of(1),
                after.stream().map(StatementPolicy.AfterInsert::index).toList());
        assertTrue(movedOn.isEmpty()); // nothing before the statement is inserted
        after.get(0).action().run();
        assertEquals(List.of(Cmi5Vocabulary.COMPLETED + " true s-1"), movedOn);
    }

    @Test
    void section10_2_2_browseSessionsAndCmi5AllowedStatementsMoveNothingOn() {
        repo.session =
                new AuSession("s-1", REG, AU_ID, LaunchMode.Browse, AuSession.State.ACTIVE, true, "cmi5-au-key", T, T);
        assertEquals(List.of(), policy.check(List.of(initialized(), terminated()), AU_CALLER));
        repo.session =
                new AuSession("s-1", REG, AU_ID, LaunchMode.Normal, AuSession.State.ACTIVE, true, "cmi5-au-key", T, T);
        repo.verbs = new HashSet<>();
        JsonObject cmi5Completed = statement(Cmi5Vocabulary.COMPLETED, null, false);
        JsonObject context = cmi5Completed.getJsonObject("context");
        JsonObject allowedCompleted = Json.createObjectBuilder(cmi5Completed)
                .add(
                        "context",
                        Json.createObjectBuilder(context)
                                .add(
                                        "contextActivities",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "grouping",
                                                        context.getJsonObject("contextActivities")
                                                                .getJsonArray("grouping"))))
                .build(); // no cmi5 category: a cmi5 allowed statement (§9.3), not a moveOn fact
        List<StatementPolicy.AfterInsert> after = policy.check(List.of(initialized(), allowedCompleted), AU_CALLER);
        assertEquals(List.of(), after);
    }

    @Test
    void aRefusedBatchRecordsNothing() {
        assertThrows(Refusal.class, () -> policy.check(List.of(completed(), initialized()), AU_CALLER));
        assertEquals(Set.of(), repo.verbs);
        assertEquals(AuProgress.NONE, repo.progress);
    }

    @Test
    void section9_3_8_terminatedEndsTheSessionAndRevokesItsCredential() {
        policy.check(List.of(initialized(), terminated()), AU_CALLER);
        assertEquals(AuSession.State.TERMINATED, repo.session.state());
        assertEquals(List.of("cmi5-au-key"), revoked);
        assertEquals(
                Refusal.Kind.FORBIDDEN,
                assertThrows(Refusal.class, () -> policy.check(List.of(completed()), AU_CALLER))
                        .kind());
    }

    @Test
    void otherCredentialsAreNotConcerned() {
        policy.check(List.of(completed()), new Caller("some-lrs-client", Set.of("lrs"), 8L));
        assertEquals(Set.of(), repo.verbs);
    }

    /** One registration with one AU session whose credential is "cmi5-au-key"; preferences already read. */
    private static final class FakeRegistrations implements RegistrationRepository {
        AuSession session =
                new AuSession("s-1", REG, AU_ID, LaunchMode.Normal, AuSession.State.ACTIVE, true, "cmi5-au-key", T, T);
        Set<String> verbs = new HashSet<>();
        AuProgress progress = AuProgress.NONE;

        @Override
        public Optional<AuSession> sessionByCredential(String credentialKey) {
            return "cmi5-au-key".equals(credentialKey) ? Optional.of(session) : Optional.empty();
        }

        @Override
        public Optional<SessionFacts> sessionFactsForUpdate(String sessionId) {
            return Optional.of(new SessionFacts(session, ACTOR, AU, new BigDecimal("0.8"), verbs, true, progress));
        }

        @Override
        public void recordVerbs(String sessionId, Set<String> v) {
            verbs = new HashSet<>(v);
        }

        @Override
        public void saveProgress(String registration, String auId, AuProgress p) {
            progress = p;
        }

        @Override
        public boolean endSession(String sessionId, AuSession.State state, OffsetDateTime at) {
            session = new AuSession(
                    session.sessionId(), REG, AU_ID, session.launchMode(), state, true, session.credentialKey(), T, T);
            return true;
        }

        @Override
        public boolean insert(Registration registration, String createdBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Registration> find(String registration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Registration> ofLearner(long learnerId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Registration> findForUpdate(String registration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, AuProgress> progress(String registration) {
            return new HashMap<>(Map.of(AU_ID, progress));
        }

        @Override
        public Set<String> satisfied(String registration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markSatisfied(String registration, String nodeId, String statementId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void insertSession(AuSession s, String tokenHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AuSession> session(String sessionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuSession> activeSessions(String registration, String auId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AuSession> sessionByToken(String tokenHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean markFetched(String sessionId, String credentialKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordLaunch(String sessionId, String auActivityId, BigDecimal masteryScore) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markPreferencesRead(String sessionId) {
            throw new UnsupportedOperationException();
        }
    }
}
