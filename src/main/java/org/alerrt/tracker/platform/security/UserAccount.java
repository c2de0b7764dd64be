package org.alerrt.tracker.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A person who signs in to the pages or the admin API: an administrator or a learner (linked to a learner id). */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.BY_LEARNER, query = "SELECT u FROM UserAccount u WHERE u.learnerId = :learnerId")
@NamedQuery(name = UserAccount.COUNT_BY_ROLE, query = "SELECT COUNT(u) FROM UserAccount u WHERE u.role = :role")
public class UserAccount {

    static final String BY_USERNAME = "UserAccount.byUsername";
    static final String BY_LEARNER = "UserAccount.byLearner";
    static final String COUNT_BY_ROLE = "UserAccount.countByRole";

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String username;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Column(nullable = false, length = 20)
    private String role;

    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected UserAccount() {}

    UserAccount(String username, String passwordHash, String role, Long learnerId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.learnerId = learnerId;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String role() {
        return role;
    }

    public Long learnerId() {
        return learnerId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
