package org.alerrt.tracker.lrs.domain;

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
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A key and secret an xAPI client authenticates with; the secret is stored only as a salted hash. */
@Entity
@Table(name = "lrs_credential")
@NamedQuery(name = LrsCredential.BY_KEY, query = "SELECT c FROM LrsCredential c WHERE c.apiKey = :key")
@NamedQuery(name = LrsCredential.COUNT, query = "SELECT COUNT(c) FROM LrsCredential c")
@NamedQuery(name = LrsCredential.ALL, query = "SELECT c FROM LrsCredential c ORDER BY c.id")
public class LrsCredential {

    public static final String BY_KEY = "LrsCredential.byKey";
    public static final String COUNT = "LrsCredential.count";
    public static final String ALL = "LrsCredential.all";

    @Id
    @SequenceGenerator(name = "lrs_credential_seq", sequenceName = "lrs_credential_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lrs_credential_seq")
    private Long id;

    @Column(name = "api_key", nullable = false, unique = true, length = 100)
    private String apiKey;

    @Column(name = "secret_hash", nullable = false, length = 400)
    private String secretHash;

    @Column(nullable = false, length = 200)
    private String name;

    /** Space-separated xAPI scopes (Communication §4.2). */
    @Column(nullable = false, length = 400)
    private String scopes;

    @Column(nullable = false)
    private boolean revoked;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected LrsCredential() {}

    public LrsCredential(String apiKey, String secretHash, String name, Set<String> scopes) {
        if (apiKey == null || !apiKey.matches("^[A-Za-z0-9._~-]{8,100}$")) {
            throw new IllegalArgumentException("key: 8-100 URL-safe characters, no ':'");
        }
        this.apiKey = apiKey;
        this.secretHash = secretHash;
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name: 1-200 characters");
        }
        this.name = name;
        this.scopes = String.join(" ", scopes);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String apiKey() {
        return apiKey;
    }

    public String secretHash() {
        return secretHash;
    }

    public String name() {
        return name;
    }

    public boolean revoked() {
        return revoked;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** Revoking is final and idempotent: a revoked credential is refused on its next request. */
    public void revoke() {
        this.revoked = true;
    }

    public Set<String> scopes() {
        return scopes(scopes);
    }

    /** The scopes of the stored column: space-separated. */
    public static Set<String> scopes(String column) {
        return Arrays.stream(column.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
    }
}
