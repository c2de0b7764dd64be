package org.alerrt.tracker.lrs.api;

import java.util.Collection;

/** Short-lived LRS credentials a launcher hands to content (cmi5 §8.2.1 fetch tokens, Tin Can launch links). */
public interface LaunchCredentialIssuer {

    /** A new credential: the key and the secret, which is shown here once and stored only hashed. */
    record Issued(String key, String secret) {}

    /**
     * A new credential with the given scopes (xAPI Communication §4.2; none means the default), under {@code key} or a
     * generated key when it is null or blank.
     */
    Issued issue(String name, Collection<String> scopes, String key);

    /** Ends the credential; idempotent. Whether there was a credential with this key. */
    boolean revoke(String key);
}
