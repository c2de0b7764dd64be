package org.alerrt.tracker.platform.security;

import java.util.Optional;

/**
 * Checks a name and secret for one realm. Users (admins, learners) sign in to pages and the admin API;
 * xAPI clients use LRS credentials, which the lrs context owns.
 */
public interface CredentialVerifier {

    enum Realm { USERS, LRS }

    Realm realm();

    Optional<Caller> verify(String name, String secret);
}
