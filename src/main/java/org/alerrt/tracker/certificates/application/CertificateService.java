package org.alerrt.tracker.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.certificates.domain.CertificateRepository;
import org.alerrt.tracker.certificates.domain.CertificateStatus;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.VerificationCode;
import org.alerrt.tracker.platform.audit.AuditTrail;
import org.alerrt.tracker.platform.events.EventPublisher;
import org.alerrt.tracker.reporting.api.ReportingStatusLookup;

/**
 * Issuing, reissuing, listing, revoking and rendering certificates. Every status change is written to the audit
 * log in the transaction that makes it.
 */
@ApplicationScoped
public class CertificateService {

    private static final Logger LOG = Logger.getLogger(CertificateService.class.getName());
    static final String SUBJECT = "certificate";

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    EventPublisher events;

    @Inject
    ReportingStatusLookup reporting;

    Clock clock = Clock.systemUTC();

    public CertificateService() {}

    public CertificateService(
            CertificateRepository certificates,
            CertificateSettings settings,
            Clock clock,
            AuditTrail audit,
            EventPublisher events,
            ReportingStatusLookup reporting) {
        this.certificates = certificates;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.reporting = reporting;
    }

    /**
     * Issues the certificate of a credited completion's revision. A redelivered (or older) revision finds its
     * certificate issued and does nothing; a newer one supersedes the valid certificate and issues a new one with a
     * new code ({@link Certificate#isReplacedBy}); a revoked one is not reissued. The unique (completion_id,
     * revision) is the backstop if two deliveries ever race, and the conditional status update refuses the second.
     *
     * @return the new certificate, or empty when nothing was issued
     */
    @Transactional
    public Optional<Certificate> issue(CertifiedCompletion completion, int revision) {
        Optional<Certificate> latest = certificates.latestOfCompletion(completion.completionId());
        if (latest.isPresent() && !latest.get().isReplacedBy(revision)) {
            if (revision > latest.get().revision()) {
                LOG.info(() -> "Revision " + revision + " of completion " + completion.completionId()
                        + " not certified: its certificate is " + latest.get().status());
            }
            return Optional.empty();
        }
        Instant now = clock.instant();
        Certificate fresh =
                Certificate.issue(completion, revision, settings.issuer(), now, VerificationCode.generate());
        if (latest.isPresent()) {
            Certificate old = latest.get();
            old.supersede(fresh.code(), revision, now);
            if (!certificates.updateStatus(old, CertificateStatus.VALID)) {
                throw new IllegalStateException("Certificate " + old.code() + " was changed by another request");
            }
            audit.record(
                    AuditTrail.SYSTEM,
                    SUBJECT,
                    old.id(),
                    "SUPERSEDED",
                    old.statusReason(),
                    "code " + old.code().value() + " (revision " + old.revision() + ") replaced by "
                            + fresh.code().value() + " (revision " + revision + ")");
        }
        Certificate issued = certificates.add(fresh);
        audit.record(
                AuditTrail.SYSTEM,
                SUBJECT,
                issued.id(),
                "ISSUED",
                latest.isPresent() ? "Reissued: what is certified changed" : null,
                "code " + issued.code().value() + " for completion " + completion.completionId() + " (revision "
                        + revision + ")");
        LOG.fine(() -> "Issued certificate " + issued.id() + " for completion " + completion.completionId());
        return Optional.of(issued);
    }

    public List<Certificate> list(Long learnerId, Long beforeId, int limit) {
        return certificates.list(learnerId, beforeId, limit);
    }

    /** Empty for a malformed or unknown code. */
    public Optional<Certificate> find(String code) {
        return VerificationCode.parse(code).flatMap(certificates::findByCode);
    }

    /** The learner's own certificate; someone else's is answered exactly like an unknown one. */
    public Optional<Certificate> findOwn(long learnerId, String code) {
        return find(code).filter(c -> c.completion().learnerId() == learnerId);
    }

    /**
     * An administrator's revocation. It also takes back the completion's credit: {@link CertificateRevoked} is
     * published in this transaction, and training withdraws the credit (its TCOLE report with it).
     *
     * @throws IllegalArgumentException for a missing or too long reason
     * @throws IllegalStateException when the certificate is not valid any more
     */
    @Transactional
    public Optional<Certificate> revoke(String code, String reason, String by) {
        Optional<Certificate> found = find(code);
        if (found.isEmpty()) {
            return found;
        }
        Certificate certificate = found.get();
        changeToRevoked(certificate, reason, by, "code " + certificate.code().value());
        CertifiedCompletion s = certificate.completion();
        events.publish(
                CertificateRevoked.TOPIC,
                new CertificateRevoked(
                                s.completionId(),
                                s.learnerId(),
                                certificate.code().value(),
                                certificate.statusReason(),
                                by)
                        .toJson());
        return Optional.of(certificate);
    }

    /**
     * The completion's credit was taken back (training's completion-withdrawn): its valid certificate is revoked
     * with {@code reason}. Idempotent: no valid certificate (none, or already revoked, as after an administrator's
     * revocation that caused the withdrawal) → nothing. Publishes nothing: the credit is already withdrawn.
     *
     * @return the revoked certificate, or empty when there was nothing to revoke
     */
    @Transactional
    public Optional<Certificate> withdraw(long completionId, String reason, String detail, String by) {
        Optional<Certificate> valid =
                certificates.latestOfCompletion(completionId).filter(Certificate::isValid);
        valid.ifPresent(c -> changeToRevoked(
                c,
                reason,
                by,
                "code " + c.code().value() + "; credit withdrawn"
                        + (detail == null || detail.isBlank() ? "" : ": " + detail)));
        return valid;
    }

    private void changeToRevoked(Certificate certificate, String reason, String by, String detail) {
        CertificateStatus before = certificate.status();
        certificate.revoke(reason, by, Instant.now(clock));
        if (!certificates.updateStatus(certificate, before)) {
            throw new IllegalStateException("Certificate " + certificate.code() + " was changed by another request");
        }
        audit.record(by, SUBJECT, certificate.id(), "REVOKED", certificate.statusReason(), detail);
    }

    /** Who reports the certificate's hours to TCOLE, and where ALERRT's report stands. */
    public WhoReports whoReports(Certificate certificate) {
        CertifiedCompletion s = certificate.completion();
        return WhoReports.of(
                s.delivery(),
                s.delivery().reportedByAlerrt() ? reporting.ofCompletion(s.completionId()) : Optional.empty(),
                settings.zone());
    }

    public byte[] pdf(Certificate certificate) {
        return new CertificatePdfRenderer(settings).render(certificate, whoReports(certificate));
    }
}
