package org.alerrt.tracker.lrs.api;

/**
 * A rule another context adds to authentication with an LRS credential (e.g. cmi5: a launch credential whose
 * session ended or stayed idle too long). Every CDI bean implementing it is asked on each request, after key and
 * secret are verified and the credential is not revoked; false refuses the request as unauthenticated (401).
 * Implementations answer other credentials without a query.
 */
public interface CredentialAdmission {

    /** @param key the credential's key */
    boolean admit(String key);
}
