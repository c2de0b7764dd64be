package org.alerrt.tracker.lrs.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Port to what may change about an LRS credential while it is in use: whether it is revoked, and its scopes. Read
 * as committed at the moment of asking, never cached, so that a revocation takes effect at once on every instance.
 */
public interface CredentialStatuses {

    /** Empty when no credential has this id (it was deleted). */
    Optional<Status> of(long credentialId);

    /** @param scopes the xAPI scopes (Communication §4.2) */
    record Status(boolean revoked, Set<String> scopes) {}
}
