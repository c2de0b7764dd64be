package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.alerrt.tracker.lrs.domain.LrsCredential;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CredentialVerifier;
import org.alerrt.tracker.platform.security.Roles;
import org.alerrt.tracker.platform.security.SecretHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * LRS credentials: creation and the per-request check of HTTP Basic key/secret. The salted PBKDF2 check is slow
 * by design, so a successful check is remembered for a short time under a SHA-256 digest of key and secret
 * (never the secret itself).
 */
@ApplicationScoped
public class LrsCredentialService implements CredentialVerifier {

    private record Verified(Caller caller, Instant until) {
    }

    @PersistenceContext(unitName = "tracker")
    EntityManager em;

    @Inject
    SecretHasher hasher;

    @Inject
    @ConfigProperty(name = "tracker.security.credential-cache-seconds", defaultValue = "30")
    long cacheSeconds;

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Override
    public Realm realm() {
        return Realm.LRS;
    }

    @Override
    public Optional<Caller> verify(String key, String secret) {
        String digest = digest(key, secret);
        Verified hit = verified.get(digest);
        if (hit != null && hit.until().isAfter(Instant.now())) {
            return Optional.of(hit.caller());
        }
        Optional<Caller> caller = findByKey(key)
                .filter(c -> !c.isRevoked() && hasher.matches(secret, c.getSecretHash()))
                .map(c -> new Caller(c.getApiKey(), Set.of(Roles.LRS), c.getId()));
        caller.ifPresentOrElse(
                c -> verified.put(digest, new Verified(c, Instant.now().plusSeconds(cacheSeconds))),
                () -> verified.remove(digest));
        return caller;
    }

    @Transactional
    public Optional<LrsCredential> findByKey(String key) {
        return em.createNamedQuery(LrsCredential.BY_KEY, LrsCredential.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Transactional
    public boolean any() {
        return em.createNamedQuery(LrsCredential.COUNT, Long.class).getSingleResult() > 0;
    }

    @Transactional
    public LrsCredential create(String key, String secret, String name, Set<String> scopes) {
        if (secret == null || secret.length() < 12) {
            throw new IllegalArgumentException("secret: at least 12 characters");
        }
        LrsCredential credential = new LrsCredential(key, hasher.hash(secret), name, scopes);
        em.persist(credential);
        return credential;
    }

    private static String digest(String key, String secret) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(key.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(secret.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
