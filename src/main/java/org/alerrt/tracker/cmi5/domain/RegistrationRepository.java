package org.alerrt.tracker.cmi5.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.CourseRegistrations;

/** Registrations ({@link CourseRegistrations}), their AU progress, satisfied blocks/course and AU sessions. Writes join the caller's transaction. */
public interface RegistrationRepository extends CourseRegistrations {

    /** Progress by AU id. */
    Map<String, AuProgress> progress(String registration);

    void saveProgress(String registration, String auId, AuProgress progress);

    /** Block and course ids (publisher ids) already reported satisfied. */
    Set<String> satisfied(String registration);

    void markSatisfied(String registration, String nodeId, String statementId);

    void insertSession(AuSession session, String tokenHash);

    Optional<AuSession> session(String sessionId);

    List<AuSession> activeSessions(String registration, String auId);

    /** The session whose fetched auth token is this LRS credential. */
    Optional<AuSession> sessionByCredential(String credentialKey);

    Optional<AuSession> sessionByToken(String tokenHash);

    /** Marks the token used; false when another request used it first (one-time URL, §8.2.3.1). */
    boolean markFetched(String sessionId, String credentialKey);

    /**
     * The session of this AU credential with what the statement rules need, its row locked until the transaction
     * ends (cmi5 §9.3: statements of a session are judged in turn).
     */
    Optional<SessionFacts> sessionFactsForUpdate(String sessionId);

    /** What a launch fixed for the statement rules: the AU's activity id (§8.1.5) and masteryScore (§10.2.4). */
    void recordLaunch(String sessionId, String auActivityId, BigDecimal masteryScore);

    /** The cmi5 defined verbs the AU has used in the session (§9.3). */
    void recordVerbs(String sessionId, Set<String> verbs);

    /** The AU asked for its cmi5LearnerPreferences (§11). */
    void markPreferencesRead(String sessionId);

    /** Ends an active session; false when it was not active (another request ended it first). */
    boolean endSession(String sessionId, AuSession.State state, OffsetDateTime at);
}
