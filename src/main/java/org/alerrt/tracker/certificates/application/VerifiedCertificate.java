package org.alerrt.tracker.certificates.application;

import java.time.Instant;
import java.time.LocalDate;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.certificates.domain.CertificateStatus;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.Delivery;
import org.alerrt.tracker.certificates.domain.PidMask;

/**
 * What the public may see of a certificate: enough to spot an edited PDF, with the PID masked. The agency and the
 * learner id are deliberately left out.
 */
public record VerifiedCertificate(String code, CertificateStatus status, String statusReason, String name,
                                  String maskedPid, String tcoleNumber, String courseTitle, int creditHours,
                                  LocalDate completedOn, Delivery delivery, boolean countsTowardMandate,
                                  String issuer, Instant issuedAt) {

    public static VerifiedCertificate of(Certificate c) {
        CertifiedCompletion s = c.completion();
        return new VerifiedCertificate(c.code().value(), c.status(), c.statusReason(), s.fullName(),
                PidMask.mask(s.pid()), s.tcoleNumber(), s.courseTitle(), s.creditHours(), s.completedOn(),
                s.delivery(), s.countsTowardMandate(), c.issuer(), c.issuedAt());
    }
}
