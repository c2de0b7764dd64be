package org.alerrt.tracker.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Public verification of a certificate by its code, without login: the API behind {@code /api/verify/{code}} and
 * the verify page. A malformed code and an unknown code give the same empty answer, so probing learns nothing.
 */
@ApplicationScoped
public class VerificationService {

    @Inject
    CertificateService certificates;

    @Inject
    CertificateSettings settings;

    public VerificationService() {}

    public VerificationService(CertificateService certificates, CertificateSettings settings) {
        this.certificates = certificates;
        this.settings = settings;
    }

    public Optional<VerifiedCertificate> verify(String code) {
        return certificates.find(code).map(c -> VerifiedCertificate.of(c, certificates.whoReports(c), settings));
    }
}
