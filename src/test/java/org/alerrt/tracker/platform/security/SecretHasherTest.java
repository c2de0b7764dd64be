package org.alerrt.tracker.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** The password hash: today's cost, hashes stored at the old cost still verify and ask to be re-hashed. */
class SecretHasherTest {

    /** Counts the PBKDF2 iterations done, so equal work is asserted without timing anything. */
    static final class CountingHasher extends SecretHasher {
        long iterationsDone;

        CountingHasher(int iterations) {
            super(iterations);
        }

        @Override
        byte[] derive(char[] secret, byte[] salt, int cost, int keyBytes) {
            iterationsDone += cost;
            return super.derive(secret, salt, cost, keyBytes);
        }
    }

    /** A hash as Jakarta Security's Pbkdf2PasswordHash stored it before: 10,000 iterations, 16-byte salt. */
    static String legacyHash(String password) throws Exception {
        byte[] salt = "0123456789abcdef".getBytes();
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 10_000, 256))
                .getEncoded();
        return "PBKDF2WithHmacSHA256:10000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }

    @Test
    void defaultCostIsTodaysRecommendation() {
        String hash = new SecretHasher().hash("correct horse");
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
    }

    @Test
    void roundTrip() {
        SecretHasher hasher = new SecretHasher(1_000);
        String hash = hasher.hash("correct horse");
        assertTrue(hasher.matches("correct horse", hash));
        assertFalse(hasher.matches("correct hors", hash));
        assertFalse(hasher.matches(null, hash));
        assertFalse(hasher.matches("correct horse", "garbage"));
        assertFalse(hasher.matches("correct horse", "PBKDF2WithHmacSHA256:x:y:z"));
        assertFalse(hasher.needsRehash(hash));
    }

    @Test
    void legacyHashesStillVerifyAndAskForARehash() throws Exception {
        SecretHasher hasher = new SecretHasher(600_000);
        String legacy = legacyHash("old password");
        assertTrue(hasher.matches("old password", legacy));
        assertFalse(hasher.matches("other password", legacy));
        assertTrue(hasher.needsRehash(legacy));
        assertTrue(hasher.needsRehash("{SSHA}something"));
        assertFalse(hasher.needsRehash(hasher.hash("old password")));
    }

    @Test
    void anUnknownUsernameCostsTheSameHashWorkAsAKnownOne() {
        CountingHasher hasher = new CountingHasher(2_000);
        String stored = hasher.hash("secret-1");
        hasher.matchesOrDummy("warm up the dummy", Optional.empty());

        hasher.iterationsDone = 0;
        assertFalse(hasher.matchesOrDummy("wrong", Optional.of(stored)));
        long known = hasher.iterationsDone;

        hasher.iterationsDone = 0;
        assertFalse(hasher.matchesOrDummy("wrong", Optional.empty()));
        long unknown = hasher.iterationsDone;

        assertEquals(2_000, known);
        assertEquals(known, unknown);
        assertTrue(hasher.matchesOrDummy("secret-1", Optional.of(stored)));
    }

    @Test
    void generatedSecretsAreCheckedWithoutTheSlowDerivation() {
        CountingHasher hasher = new CountingHasher(600_000);
        String secret = SecretHasher.randomToken(24);
        String stored = hasher.hashGenerated(secret);
        assertTrue(stored.startsWith("SHA-256:"), stored);
        assertTrue(hasher.matches(secret, stored));
        assertFalse(hasher.matches(secret.substring(1), stored));
        assertFalse(hasher.matches(secret, "SHA-256:%%:%%"));
        assertEquals(0, hasher.iterationsDone);
        assertNotEquals(stored, hasher.hashGenerated(secret), "salted");
    }

    @Test
    void aShortSecretIsNotTakenForAGeneratedOne() {
        assertThrows(IllegalArgumentException.class, () -> new SecretHasher(1_000).hashGenerated("password1234"));
    }
}
