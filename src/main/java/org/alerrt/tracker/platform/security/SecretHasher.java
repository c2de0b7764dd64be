package org.alerrt.tracker.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way secrets are hashed and checked: salted PBKDF2-HMAC-SHA256 at today's recommended cost (OWASP Password
 * Storage Cheat Sheet: 600,000 iterations), stored as {@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>}
 * (Base64), the format Jakarta Security's Pbkdf2PasswordHash wrote, so hashes stored at the old cost (10,000)
 * keep verifying and {@link #needsRehash} tells the caller to store a new one after a successful check.
 * <p>
 * Secrets the server generates itself (issued LRS secrets, cmi5 session credentials) carry at least 128 random bits:
 * no guessing attack on them is feasible, so a slow derivation would buy nothing and cost ~0.5 s of CPU on every
 * launch. {@link #hashGenerated} stores them as one salted SHA-256 ({@code SHA-256:<salt>:<hash>}).
 */
@ApplicationScoped
public class SecretHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final String GENERATED_ALGORITHM = "SHA-256";
    /** The fewest random bytes a secret given to {@link #hashGenerated} may carry. */
    public static final int GENERATED_MIN_BYTES = 16;

    static final int DEFAULT_ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "tracker.security.password-hash-iterations", defaultValue = "600000")
    int iterations = DEFAULT_ITERATIONS;

    /** A hash of a random secret at the current cost, checked against when there is no stored hash. */
    private volatile String dummy;

    public SecretHasher() {}

    SecretHasher(int iterations) {
        this.iterations = iterations;
    }

    @Resource
    ManagedExecutorService background;

    /**
     * Made at start, so the first unknown username costs no more than the next one; beside the deployment, not in
     * it: a first PBKDF2 in a cold JVM takes about half a second (docs/PERFORMANCE.md, start to ready). A check
     * that comes first makes it itself.
     */
    @PostConstruct
    void init() {
        background.execute(this::dummyHash);
    }

    public String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        int cost = currentIterations();
        return ALGORITHM + ":" + cost + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(derive(secret.toCharArray(), salt, cost, KEY_BYTES));
    }

    /**
     * A hash for a secret made by {@link #randomToken} with at least {@link #GENERATED_MIN_BYTES} bytes; never for a
     * secret a person chose.
     */
    public String hashGenerated(String secret) {
        if (secret.length() < (GENERATED_MIN_BYTES * 4 + 2) / 3) {
            throw new IllegalArgumentException(
                    "a generated secret carries at least " + GENERATED_MIN_BYTES + " random bytes");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return GENERATED_ALGORITHM + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(sha256(salt, secret));
    }

    public boolean matches(String secret, String storedHash) {
        if (secret == null || storedHash == null) {
            return false;
        }
        String[] parts = storedHash.split(":");
        if (parts.length == 3 && GENERATED_ALGORITHM.equals(parts[0])) {
            try {
                return MessageDigest.isEqual(
                        Base64.getDecoder().decode(parts[2]),
                        sha256(Base64.getDecoder().decode(parts[1]), secret));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int cost = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (cost < 1 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(secret.toCharArray(), salt, cost, expected.length));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Checks a secret against a stored hash or, when there is none (an unknown username), against a dummy hash of
     * the current cost: the same work either way, so response time does not tell whether an account exists.
     */
    public boolean matchesOrDummy(String secret, Optional<String> storedHash) {
        if (storedHash.isPresent()) {
            return matches(secret, storedHash.get());
        }
        matches(secret == null ? "" : secret, dummyHash());
        return false;
    }

    /** True when a stored password hash was made with another algorithm or a lower cost than today's. */
    public boolean needsRehash(String storedHash) {
        if (storedHash == null) {
            return false;
        }
        String[] parts = storedHash.split(":");
        try {
            return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < currentIterations();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private String dummyHash() {
        String d = dummy;
        if (d == null) {
            d = hash(randomToken(18));
            dummy = d;
        }
        return d;
    }

    private int currentIterations() {
        return Math.max(iterations, 1);
    }

    private static byte[] sha256(byte[] salt, String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance(GENERATED_ALGORITHM);
            digest.update(salt);
            return digest.digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key derivation; package-private so a test can count the work done. */
    byte[] derive(char[] secret, byte[] salt, int cost, int keyBytes) {
        try {
            return SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(secret, salt, cost, keyBytes * 8))
                    .getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random URL-safe token with the given number of random bytes. */
    public static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
