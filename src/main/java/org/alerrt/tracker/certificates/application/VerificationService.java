package org.alerrt.tracker.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.alerrt.tracker.certificates.domain.CertificateRepository;
import org.alerrt.tracker.certificates.domain.VerificationCode;

/**
 * Public verification of a certificate by its code, without login: the API behind {@code /api/verify/{code}} and
 * the verify page. A malformed code and an unknown code give the same empty answer, so probing learns nothing.
 */
@ApplicationScoped
public class VerificationService {

    @Inject
    CertificateRepository certificates;

    public VerificationService() {
    }

    public VerificationService(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    public Optional<VerifiedCertificate> verify(String code) {
        return VerificationCode.parse(code).flatMap(certificates::findByCode).map(VerifiedCertificate::of);
    }
}
