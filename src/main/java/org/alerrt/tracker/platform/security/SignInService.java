package org.alerrt.tracker.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.alerrt.tracker.platform.security.throttle.SignInThrottle;
import org.alerrt.tracker.platform.security.throttle.ThrottleCounter;
import org.alerrt.tracker.platform.security.throttle.ThrottleKind;

/**
 * One sign-in attempt of any realm, throttled: while the name or the client address is locked the attempt is refused
 * without checking the secret (the right one too: that is what stops guessing); a wrong secret counts a failure;
 * a right one forgets the name's failures. An LRS secret verified a moment ago skips all of it (no database access).
 */
@ApplicationScoped
public class SignInService {

    /** Accepted (with the caller), rejected, or locked (with the counter that holds the lock). */
    public record Outcome(Optional<Caller> caller, Optional<ThrottleCounter> lock, long retryAfterSeconds) {

        static Outcome of(Verification v) {
            return new Outcome(Optional.ofNullable(v.caller()), Optional.empty(), 0);
        }

        public boolean locked() {
            return lock.isPresent();
        }
    }

    @Inject
    SignInThrottle throttle;

    public Outcome signIn(CredentialVerifier verifier, String name, String secret, String address) {
        if (verifier.remembers(name, secret)) {
            return Outcome.of(verifier.verify(name, secret));
        }
        ThrottleKind kind =
                verifier.realm() == CredentialVerifier.Realm.LRS ? ThrottleKind.LRS_KEY : ThrottleKind.ACCOUNT;
        SignInThrottle.Check check = throttle.check(kind, name, address);
        Optional<ThrottleCounter> lock = check.lock();
        if (lock.isPresent()) {
            return new Outcome(Optional.empty(), lock, lock.get().retryAfterSeconds(check.at()));
        }
        Verification v = verifier.verify(name, secret);
        switch (v.outcome()) {
            case ACCEPTED -> throttle.succeeded(check);
            case WRONG_SECRET -> throttle.failed(kind, name, address);
            case NOT_ADMITTED -> {} // not a guess
        }
        return Outcome.of(v);
    }
}
