package org.alerrt.tracker.cmi5.adapters.events;

import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.SessionFacts;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.Caller;

/** An AU session's auth token presented to the LRS (fetch issues it under {@link AuSession#CREDENTIAL_KEY_PREFIX}). */
final class AuSessionToken {

    private AuSessionToken() {}

    /** Decided by the key prefix, without a query. */
    static boolean is(Caller credential) {
        return credential.name().startsWith(AuSession.CREDENTIAL_KEY_PREFIX);
    }

    /**
     * The facts of the token's session, its row locked until the request ends: a session's requests are judged one
     * at a time. A session deleted meanwhile with its course is refused (401), never left unrestricted.
     */
    static SessionFacts lockedFacts(RegistrationRepository registrations, Caller credential) {
        return registrations
                .sessionByCredential(credential.name())
                .flatMap(s -> registrations.sessionFactsForUpdate(s.sessionId()))
                .orElseThrow(() -> new Refusal(
                        Refusal.Kind.UNAUTHENTICATED, null, "This cmi5 session credential no longer has a session"));
    }
}
