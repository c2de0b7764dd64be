package org.alerrt.tracker.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/** Sign-in accounts for administrators and learners; passwords are only ever stored hashed. */
@ApplicationScoped
public class UserAccountService implements CredentialVerifier {

    @PersistenceContext(unitName = "tracker")
    EntityManager em;

    @Inject
    SecretHasher hasher;

    @Override
    public Realm realm() {
        return Realm.USERS;
    }

    @Override
    @Transactional
    public Verification verify(String username, String password) {
        Optional<UserAccount> account = find(username);
        // an unknown username is checked against a dummy hash of the same cost: timing tells nothing
        if (!hasher.matchesOrDummy(password, account.map(UserAccount::passwordHash))) {
            return Verification.wrongSecret();
        }
        UserAccount u = account.get();
        if (hasher.needsRehash(u.passwordHash())) {
            u.setPasswordHash(hasher.hash(password)); // stored at an older cost: today's hash from now on
        }
        return Verification.accepted(
                new Caller(u.username(), Set.of(u.role()), u.learnerId() == null ? u.id() : u.learnerId()));
    }

    @Transactional
    public Optional<UserAccount> find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public boolean anyWithRole(String role) {
        return em.createNamedQuery(UserAccount.COUNT_BY_ROLE, Long.class)
                        .setParameter("role", role)
                        .getSingleResult()
                > 0;
    }

    @Transactional
    public UserAccount createAdmin(String username, String password) {
        UserAccount account = new UserAccount(username, hasher.hash(password), Roles.ADMIN, null);
        em.persist(account);
        return account;
    }

    /** Creates or updates the sign-in of a learner record; the username is unique across all accounts. */
    @Transactional
    public void setLearnerLogin(long learnerId, String username, String password) {
        Optional<UserAccount> existing = em.createNamedQuery(UserAccount.BY_LEARNER, UserAccount.class)
                .setParameter("learnerId", learnerId)
                .getResultStream()
                .findFirst();
        find(username)
                .filter(u -> !Long.valueOf(learnerId).equals(u.learnerId()))
                .ifPresent(u -> {
                    throw new IllegalArgumentException("username: '" + username + "' is already taken");
                });
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (!account.username().equals(username)) {
                em.remove(account);
                em.flush();
                em.persist(new UserAccount(username, hasher.hash(password), Roles.LEARNER, learnerId));
            } else {
                account.setPasswordHash(hasher.hash(password));
            }
        } else {
            em.persist(new UserAccount(username, hasher.hash(password), Roles.LEARNER, learnerId));
        }
    }

    @Transactional
    public Optional<String> learnerUsername(long learnerId) {
        return em.createNamedQuery(UserAccount.BY_LEARNER, UserAccount.class)
                .setParameter("learnerId", learnerId)
                .getResultStream()
                .findFirst()
                .map(UserAccount::username);
    }
}
