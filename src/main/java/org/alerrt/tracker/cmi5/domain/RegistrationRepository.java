package org.alerrt.tracker.cmi5.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Registrations, their AU progress, satisfied blocks/course and AU sessions. Writes join the caller's transaction. */
public interface RegistrationRepository {

    /** @return false when the registration id is taken */
    boolean insert(Registration registration, String createdBy);

    Optional<Registration> find(String registration);

    /** Locks the registration row until the transaction ends: progress of one registration is evaluated in turn. */
    Optional<Registration> findForUpdate(String registration);

    /** The learner's registrations of every course, oldest first. */
    List<Registration> ofLearner(long learnerId);

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

    /** Ends an active session; false when it was not active (another request ended it first). */
    boolean endSession(String sessionId, AuSession.State state, OffsetDateTime at);
}
