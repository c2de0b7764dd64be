package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.alerrt.tracker.lrs.api.CredentialAdmission;
import org.alerrt.tracker.lrs.api.LaunchCredentialIssuer;
import org.alerrt.tracker.lrs.domain.CredentialStatuses;
import org.alerrt.tracker.lrs.domain.LrsCredential;
import org.alerrt.tracker.lrs.domain.security.XapiScope;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CredentialVerifier;
import org.alerrt.tracker.platform.security.Roles;
import org.alerrt.tracker.platform.security.SecretHasher;
import org.alerrt.tracker.platform.security.SingleFlight;
import org.alerrt.tracker.platform.security.Verification;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * LRS credentials: issue, list, revoke, and the per-request check of HTTP Basic key/secret.
 * <p>
 * The salted PBKDF2 check is slow by design, so a successful check is remembered for a short time under a SHA-256
 * digest of key and secret (never the secret itself). The revoked flag and the scopes are NOT cached: every request
 * reads them ({@link CredentialStatuses}), so a revocation takes effect at once on every instance.
 */
@ApplicationScoped
public class LrsCredentialService implements CredentialVerifier, LaunchCredentialIssuer {

    /** A credential just issued, with its secret: the only time the secret is available in clear. */
    private record Verified(long id, String key, Instant until) {}

    @PersistenceContext(unitName = "tracker")
    EntityManager em;

    @Inject
    SecretHasher hasher;

    @Inject
    CredentialStatuses statuses;

    @Inject
    Instance<CredentialAdmission> admissions;

    @Inject
    @ConfigProperty(name = "tracker.security.credential-cache-seconds", defaultValue = "30")
    long cacheSeconds;

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final SingleFlight<String, SecretCheck> checking = new SingleFlight<>();

    @Override
    public Realm realm() {
        return Realm.LRS;
    }

    /**
     * A revoked credential is refused whatever the secret: not a guess, so not counted by the sign-in throttle. No
     * transaction of its own: the status is one autocommit read, and a launch admission that writes opens its own.
     */
    @Override
    public Verification verify(String key, String secret) {
        String digest = digest(key, secret);
        Verified hit = verified.get(digest);
        if (hit == null || !hit.until().isAfter(Instant.now())) {
            SecretCheck check = checkOnce(digest, key, secret);
            if (check.refusal() != null) {
                return check.refusal();
            }
            hit = check.verified();
        }
        Optional<CredentialStatuses.Status> status = statuses.of(hit.id());
        if (status.isEmpty() || status.get().revoked()) {
            verified.remove(digest);
            return Verification.notAdmitted();
        }
        for (CredentialAdmission admission : admissions) {
            if (!admission.admit(hit.key())) {
                return Verification.notAdmitted();
            }
        }
        return Verification.accepted(
                new Caller(hit.key(), Set.of(Roles.LRS), hit.id(), status.get().scopes()));
    }

    /** The outcome of one slow check: the credential, or why it is refused. */
    private record SecretCheck(Verified verified, Verification refusal) {}

    /**
     * The slow check of a key and secret, run once however many requests with them arrive while it runs: content
     * sends many requests at once, and when the cached check expires each would otherwise run its own PBKDF2 (a
     * herd that cost 14 % of the CPU of single-statement POSTs, docs/PERFORMANCE.md).
     */
    private SecretCheck checkOnce(String digest, String key, String secret) {
        return checking.run(digest, () -> {
            SecretCheck check = check(key, secret);
            if (check.verified() != null) {
                verified.put(digest, check.verified());
            } else {
                verified.remove(digest);
            }
            return check;
        });
    }

    private SecretCheck check(String key, String secret) {
        Optional<LrsCredential> found = findByKey(key);
        if (found.isPresent() && found.get().revoked()) {
            return new SecretCheck(null, Verification.notAdmitted());
        }
        if (found.isEmpty() || !hasher.matches(secret, found.get().secretHash())) {
            return new SecretCheck(null, Verification.wrongSecret());
        }
        return new SecretCheck(
                new Verified(
                        found.get().id(), found.get().apiKey(), Instant.now().plusSeconds(cacheSeconds)),
                null);
    }

    /** A secret verified within the cache period: the sign-in throttle is skipped for it (no database access). */
    @Override
    public boolean remembers(String key, String secret) {
        Verified hit = verified.get(digest(key, secret));
        return hit != null && hit.until().isAfter(Instant.now());
    }

    @Transactional
    public Optional<LrsCredential> findByKey(String key) {
        return em.createNamedQuery(LrsCredential.BY_KEY, LrsCredential.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public boolean any() {
        return em.createNamedQuery(LrsCredential.COUNT, Long.class).getSingleResult() > 0;
    }

    @Transactional
    public List<LrsCredential> list() {
        return em.createNamedQuery(LrsCredential.ALL, LrsCredential.class).getResultList();
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

    /**
     * Issues a credential with a generated secret (returned once, stored hashed) and, unless given, a generated key.
     * Scope names are checked against xAPI Communication §4.2; none given means the §4.2.s5.b2 default.
     */
    /** A credential created by {@link #issueCredential}, with its secret (shown once). */
    public record Created(LrsCredential credential, String secret) {}

    @Override
    @Transactional
    public Issued issue(String name, Collection<String> scopes, String key) {
        Created created = issueCredential(name, scopes, key);
        return new Issued(created.credential().apiKey(), created.secret());
    }

    /** As {@link #issue}, with the stored credential (the admin API shows it). */
    @Transactional
    public Created issueCredential(String name, Collection<String> scopes, String key) {
        Set<String> names = XapiScope.parseAll(scopes).stream()
                .map(XapiScope::value)
                .collect(Collectors.toCollection(TreeSet::new));
        String k = key == null || key.isBlank() ? "lrs-" + SecretHasher.randomToken(12) : key;
        if (findByKey(k).isPresent()) {
            throw new DuplicateKeyException(k);
        }
        String secret = SecretHasher.randomToken(24);
        LrsCredential credential = new LrsCredential(k, hasher.hashGenerated(secret), name, names);
        em.persist(credential);
        return new Created(credential, secret);
    }

    /** Idempotent; empty when there is no such key. Forgets the cached check here; other instances re-read the flag. */
    @Override
    @Transactional
    public boolean revoke(String key) {
        return revokeCredential(key).isPresent();
    }

    /** As {@link #revoke}, with the credential as it now is; empty when there is no such key. */
    @Transactional
    public Optional<LrsCredential> revokeCredential(String key) {
        Optional<LrsCredential> found = findByKey(key);
        found.ifPresent(c -> {
            c.revoke();
            verified.values().removeIf(v -> v.id() == c.id());
        });
        return found;
    }

    /** The key is taken by another credential. */
    public static class DuplicateKeyException extends RuntimeException {
        public DuplicateKeyException(String key) {
            super("key: '" + key + "' is already used by another credential");
        }
    }

    private static String digest(String key, String secret) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(key.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
