package org.alerrt.tracker.cmi5.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The launches behind launch credentials, their last use, and the idle ones. Writes join the transaction. */
public interface LaunchCredentialRepository {

    /** The cmi5 session or Tin Can launch whose credential has this key; empty when there is none (any more). */
    Optional<LaunchCredential> find(LaunchCredentialRules.Kind kind, String credentialKey);

    /** Records a use; conditional on the recorded one being older than {@code olderThan} (one write a minute). */
    void recordUse(LaunchCredential credential, OffsetDateTime at, OffsetDateTime olderThan);

    /** Open sessions and launches last used before {@code cutoff} (candidates: {@link #lockIfIdle} decides). */
    List<LaunchCredential> idle(OffsetDateTime cutoff, int max);

    /**
     * Locks the row if the session or launch is still open and idle, skipping it when another transaction holds
     * it (SKIP LOCKED): with several instances, or a request of the AU in flight, it is not expired twice or
     * under the AU's feet.
     */
    boolean lockIfIdle(LaunchCredential credential, OffsetDateTime cutoff);

    /** Credential keys of every session and launch of the course's registrations (revoked with the course). */
    List<String> credentialsOfCourse(long courseId);
}
