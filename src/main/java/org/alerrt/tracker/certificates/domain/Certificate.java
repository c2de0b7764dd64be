package org.alerrt.tracker.certificates.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A certificate: the aggregate root of this context. Holds the rule that what was certified never changes (the
 * {@link CertifiedCompletion} snapshot, issuer and issue time are final) and that only the status moves, from
 * VALID to REVOKED (with a reason) or SUPERSEDED. Indirect-delivery hours are reported by the agency with this
 * certificate, so it carries everything the agency's roster needs.
 */
public class Certificate {

    public static final int MAX_REASON_LENGTH = 500;

    private final Long id;
    private final VerificationCode code;
    private final CertifiedCompletion completion;
    private final String issuer;
    private final Instant issuedAt;
    private CertificateStatus status;
    private String statusReason;
    private Instant statusChangedAt;
    private String statusChangedBy;

    public Certificate(Long id, VerificationCode code, CertifiedCompletion completion, String issuer, Instant issuedAt,
                       CertificateStatus status, String statusReason, Instant statusChangedAt, String statusChangedBy) {
        this.id = id;
        this.code = Objects.requireNonNull(code, "code");
        this.completion = Objects.requireNonNull(completion, "completion");
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("issuer is required");
        }
        this.issuer = issuer.strip();
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.statusChangedAt = statusChangedAt;
        this.statusChangedBy = statusChangedBy;
    }

    /** A new, valid certificate for a credited completion. */
    public static Certificate issue(CertifiedCompletion completion, String issuer, Instant issuedAt,
                                    VerificationCode code) {
        return new Certificate(null, code, completion, issuer, issuedAt, CertificateStatus.VALID, null, null, null);
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
        return new Certificate(newId, code, completion, issuer, issuedAt, status, statusReason, statusChangedAt,
                statusChangedBy);
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
