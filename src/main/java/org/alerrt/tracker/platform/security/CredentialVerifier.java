package org.alerrt.tracker.platform.security;

/**
 * Checks a name and secret for one realm. Users (admins, learners) sign in to pages and the admin API;
 * xAPI clients use LRS credentials, which the lrs context owns. {@link SignInService} puts the sign-in throttle
 * around the check.
 */
public interface CredentialVerifier {

    enum Realm {
        USERS,
        LRS
    }

    Realm realm();

    Verification verify(String name, String secret);

    /**
     * True when this name and secret were verified a moment ago and are remembered (no slow hash to do): such an
     * attempt skips the sign-in throttle, so that a correct, busy xAPI client never waits for the database, even
     * while someone else's wrong secrets keep its key locked.
     */
    default boolean remembers(String name, String secret) {
        return false;
    }
}
