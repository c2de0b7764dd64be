package org.alerrt.tracker.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.alerrt.tracker.platform.security.throttle.MemoryThrottleStore;
import org.alerrt.tracker.platform.security.throttle.SignInThrottle;
import org.alerrt.tracker.platform.security.throttle.ThrottleKind;
import org.alerrt.tracker.platform.security.throttle.ThrottlePolicy;
import org.junit.jupiter.api.Test;

/** The throttle around a verifier: a lock refuses without checking, a remembered secret skips the store. */
class SignInServiceTest {

    /** One account "alice"/"right"; counts the secrets it checked. A remembered pair skips the throttle. */
    static final class FakeVerifier implements CredentialVerifier {
        final Realm realm;
        int checks;
        boolean remember;
        boolean revoked;

        FakeVerifier(Realm realm) {
            this.realm = realm;
        }

        @Override
        public Realm realm() {
            return realm;
        }

        @Override
        public Verification verify(String name, String secret) {
            checks++;
            if (revoked) {
                return Verification.notAdmitted();
            }
            return name.equals("alice") && secret.equals("right")
                    ? Verification.accepted(new Caller(name, Set.of(Roles.ADMIN), 1))
                    : Verification.wrongSecret();
        }

        @Override
        public boolean remembers(String name, String secret) {
            return remember && name.equals("alice") && secret.equals("right");
        }
    }

    private final MemoryThrottleStore store = new MemoryThrottleStore();
    private final SignInService service = new SignInService();
    private final FakeVerifier users = new FakeVerifier(CredentialVerifier.Realm.USERS);

    SignInServiceTest() {
        service.throttle = new SignInThrottle(
                store, ThrottlePolicy.DEFAULT, Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void whileLockedEvenTheRightPasswordIsRefusedUnchecked() {
        for (int i = 0; i < 6; i++) {
            assertFalse(service.signIn(users, "alice", "wrong", "192.0.2.1").locked(), "attempt " + (i + 1));
        }
        int checks = users.checks;
        SignInService.Outcome o = service.signIn(users, "alice", "right", "192.0.2.1");
        assertTrue(o.locked());
        assertTrue(o.caller().isEmpty());
        assertEquals(1, o.retryAfterSeconds());
        assertEquals(ThrottleKind.ACCOUNT, o.lock().orElseThrow().kind());
        assertEquals(checks, users.checks, "the password was not checked");
    }

    @Test
    void anUnknownUsernameIsThrottledLikeAKnownOne() {
        for (int i = 0; i < 6; i++) {
            service.signIn(users, "nobody", "wrong", "192.0.2.1");
        }
        assertTrue(service.signIn(users, "nobody", "wrong", "192.0.2.1").locked());
    }

    @Test
    void theRightPasswordForgetsTheNamesFailures() {
        for (int i = 0; i < 5; i++) {
            service.signIn(users, "alice", "wrong", "192.0.2.1");
        }
        assertTrue(service.signIn(users, "alice", "right", "192.0.2.1").caller().isPresent());
        assertFalse(service.signIn(users, "alice", "wrong", "192.0.2.1").locked());
        assertEquals(1, store.get(ThrottleKind.ACCOUNT, "alice").failures());
    }

    @Test
    void aRememberedLrsSecretNeverTouchesTheStore() {
        FakeVerifier lrs = new FakeVerifier(CredentialVerifier.Realm.LRS);
        lrs.remember = true;
        int reads = store.reads;
        int writes = store.writes;
        assertTrue(service.signIn(lrs, "alice", "right", "192.0.2.1").caller().isPresent());
        assertEquals(reads, store.reads);
        assertEquals(writes, store.writes);
    }

    @Test
    void guessesAtAnLrsKeyNeverLockItsClientOut() {
        FakeVerifier lrs = new FakeVerifier(CredentialVerifier.Realm.LRS);
        for (int i = 0; i < 12; i++) {
            assertFalse(service.signIn(lrs, "alice", "guess-" + i, "192.0.2.66").locked(), "guess " + i);
        }
        assertEquals(12, store.get(ThrottleKind.LRS_KEY, "alice").failures());
        assertTrue(service.signIn(lrs, "alice", "right", "192.0.2.1").caller().isPresent(), "not remembered either");
    }

    @Test
    void aRevokedCredentialIsRefusedWithoutCounting() {
        FakeVerifier lrs = new FakeVerifier(CredentialVerifier.Realm.LRS);
        lrs.revoked = true;
        for (int i = 0; i < 10; i++) {
            SignInService.Outcome o = service.signIn(lrs, "alice", "right", "192.0.2.1");
            assertTrue(o.caller().isEmpty());
            assertFalse(o.locked());
        }
        assertEquals(0, store.writes);
    }
}
