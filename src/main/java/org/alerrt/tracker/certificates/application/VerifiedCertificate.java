package org.alerrt.tracker.certificates.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.certificates.domain.CertificateStatus;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.Delivery;
import org.alerrt.tracker.certificates.domain.PidMask;

/**
 * What the public may see of a certificate: enough to spot an edited PDF and to know who reports it to TCOLE
 * (docs/security.md, public verification). The officer's and the instructors' PIDs are masked; the learner id is
 * left out; the agency shows only for indirect delivery, where that agency reports the hours with this certificate.
 *
 * @param replacementCode the code of the certificate that superseded this one, else null
 * @param replacementUrl  its verify page, else null
 * @param agency          the reporting agency (indirect delivery only), else null
 * @param instructors     the instructors' PIDs, masked like the officer's
 * @param attendanceNote  for a certificate of attendance (partial Train-the-Trainer credit), what it gives; else null
 */
public record VerifiedCertificate(
        String code,
        CertificateStatus status,
        String statusReason,
        String name,
        String maskedPid,
        String tcoleNumber,
        String courseTitle,
        int creditHours,
        LocalDate completedOn,
        Delivery delivery,
        boolean countsTowardMandate,
        String issuer,
        Instant issuedAt,
        String kind,
        String attendanceNote,
        int revision,
        String replacementCode,
        String replacementUrl,
        WhoReports whoReports,
        String agency,
        List<String> instructors,
        LocalDate startedOn,
        String moduleDescription) {

    public static VerifiedCertificate of(Certificate c, WhoReports whoReports, CertificateSettings settings) {
        CertifiedCompletion s = c.completion();
        return new VerifiedCertificate(
                c.code().value(),
                c.status(),
                c.statusReason(),
                s.fullName(),
                PidMask.mask(s.pid()),
                s.tcoleNumber(),
                s.courseTitle(),
                s.creditHours(),
                s.completedOn(),
                s.delivery(),
                s.countsTowardMandate(),
                c.issuer(),
                c.issuedAt(),
                s.kind(),
                s.attendanceNote(),
                c.revision(),
                c.supersededBy() == null ? null : c.supersededBy().value(),
                c.supersededBy() == null ? null : settings.verifyUrl(c.supersededBy()),
                whoReports,
                s.delivery().reportedByAlerrt() ? null : s.agency(),
                s.instructors().stream().map(PidMask::mask).toList(),
                s.startedOn(),
                s.moduleDescription());
    }

    /** The masked instructor PIDs as one line, for the page. */
    public String instructorsText() {
        return String.join(", ", instructors);
    }
}
