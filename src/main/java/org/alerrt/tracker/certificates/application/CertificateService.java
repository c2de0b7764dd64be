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

/** Issuing, listing, revoking and rendering certificates. */
@ApplicationScoped
public class CertificateService {

    private static final Logger LOG = Logger.getLogger(CertificateService.class.getName());

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateSettings settings;

    Clock clock = Clock.systemUTC();

    public CertificateService() {
    }

    public CertificateService(CertificateRepository certificates, CertificateSettings settings, Clock clock) {
        this.certificates = certificates;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Issues the one certificate of a credited completion. A redelivered event finds it already issued and does
     * nothing; the unique completion_id is the backstop if two deliveries ever race.
     *
     * @return the new certificate, or empty when this completion already has one
     */
    @Transactional
    public Optional<Certificate> issue(CertifiedCompletion completion) {
        if (certificates.existsForCompletion(completion.completionId())) {
            return Optional.empty();
        }
        Certificate issued = certificates.add(Certificate.issue(completion, settings.issuer(), clock.instant(),
                VerificationCode.generate()));
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
        CertificateStatus before = certificate.status();
        certificate.revoke(reason, by, Instant.now(clock));
        if (!certificates.updateStatus(certificate, before)) {
            throw new IllegalStateException("Certificate " + code + " was changed by another request");
        }
        return Optional.of(certificate);
    }

    public byte[] pdf(Certificate certificate) {
        return new CertificatePdfRenderer(settings).render(certificate);
    }
}
