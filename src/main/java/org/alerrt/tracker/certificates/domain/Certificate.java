package org.alerrt.tracker.certificates.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A certificate: the aggregate root of this context. Holds the rule that what was certified never changes (the
 * {@link CertifiedCompletion} snapshot, issuer and issue time are final) and that only the status moves, from
 * VALID to REVOKED (with a reason) or SUPERSEDED. Indirect-delivery hours are reported by the agency with this
 * certificate, so it carries everything the agency's roster needs.
 * <p>
 * A completion has one certificate per revision of what was certified (training's completion-credited
 * {@code revision}): a newer revision supersedes the valid certificate, which then names its replacement's code; a
 * revoked certificate stays revoked (its credit was taken back) and is never reissued.
 */
public class Certificate {

    public static final int MAX_REASON_LENGTH = 500;

    private final Long id;
    private final VerificationCode code;
    private final CertifiedCompletion completion;
    private final String issuer;
    private final Instant issuedAt;
    private final int revision;
    private CertificateStatus status;
    private VerificationCode supersededBy;
    private String statusReason;
    private Instant statusChangedAt;
    private String statusChangedBy;

    public Certificate(
            Long id,
            VerificationCode code,
            CertifiedCompletion completion,
            String issuer,
            Instant issuedAt,
            int revision,
            CertificateStatus status,
            String statusReason,
            Instant statusChangedAt,
            String statusChangedBy,
            VerificationCode supersededBy) {
        this.id = id;
        this.code = Objects.requireNonNull(code, "code");
        this.completion = Objects.requireNonNull(completion, "completion");
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("issuer is required");
        }
        this.issuer = issuer.strip();
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        if (revision < 1) {
            throw new IllegalArgumentException("revision starts at 1, was " + revision);
        }
        this.revision = revision;
        if ((status == CertificateStatus.SUPERSEDED) != (supersededBy != null)) {
            throw new IllegalArgumentException("exactly a superseded certificate names its replacement");
        }
        this.supersededBy = supersededBy;
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.statusChangedAt = statusChangedAt;
        this.statusChangedBy = statusChangedBy;
    }

    /** A new, valid certificate for the first revision of a credited completion. */
    public static Certificate issue(
            CertifiedCompletion completion, String issuer, Instant issuedAt, VerificationCode code) {
        return issue(completion, 1, issuer, issuedAt, code);
    }

    /** A new, valid certificate for a revision of a credited completion. */
    public static Certificate issue(
            CertifiedCompletion completion, int revision, String issuer, Instant issuedAt, VerificationCode code) {
        return new Certificate(
                null, code, completion, issuer, issuedAt, revision, CertificateStatus.VALID, null, null, null, null);
    }

    /**
     * Whether a credited event of {@code newRevision} replaces this certificate, the completion's latest: only a
     * newer revision does (a redelivered or older one changes nothing), and only while this one is valid (a revoked
     * certificate's credit was taken back, so nothing is reissued for it).
     */
    public boolean isReplacedBy(int newRevision) {
        return status == CertificateStatus.VALID && newRevision > revision;
    }

    /**
     * Marks this certificate as replaced by the certificate of a newer revision, whose code it then names (the verify
     * page links there). The reason says so in plain words.
     *
     * @throws IllegalStateException unless {@link #isReplacedBy} the new revision
     */
    public void supersede(VerificationCode replacement, int newRevision, Instant at) {
        if (!isReplacedBy(newRevision)) {
            throw new IllegalStateException("Certificate " + code + " (" + status + ", revision " + revision
                    + ") is not replaced by revision " + newRevision);
        }
        status = CertificateStatus.SUPERSEDED;
        supersededBy = Objects.requireNonNull(replacement, "replacement");
        statusReason = "Replaced by a corrected certificate (" + replacement.value() + ")";
        statusChangedAt = Objects.requireNonNull(at);
        statusChangedBy = "system";
    }

    /**
     * Withdraws the certificate, e.g. when the completion was credited in error.
     *
     * @throws IllegalStateException when it is not VALID (revoking twice would overwrite the first reason)
     */
    public void revoke(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("reason is longer than " + MAX_REASON_LENGTH + " characters");
        }
        if (status != CertificateStatus.VALID) {
            throw new IllegalStateException("Certificate " + code + " is already " + status);
        }
        status = CertificateStatus.REVOKED;
        statusReason = reason.strip();
        statusChangedAt = Objects.requireNonNull(at);
        statusChangedBy = by;
    }

    public boolean isValid() {
        return status == CertificateStatus.VALID;
    }

    public Certificate withId(long newId) {
        return new Certificate(
                newId,
                code,
                completion,
                issuer,
                issuedAt,
                revision,
                status,
                statusReason,
                statusChangedAt,
                statusChangedBy,
                supersededBy);
    }

    public Long id() {
        return id;
    }

    public VerificationCode code() {
        return code;
    }

    public CertifiedCompletion completion() {
        return completion;
    }

    public String issuer() {
        return issuer;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public int revision() {
        return revision;
    }

    /** The code of the certificate that replaced this one; null unless SUPERSEDED. */
    public VerificationCode supersededBy() {
        return supersededBy;
    }

    public CertificateStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public String statusChangedBy() {
        return statusChangedBy;
    }
}
