package org.alerrt.tracker.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.alerrt.tracker.certificates.domain.VerificationCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configuration this context reads, in one place. */
@ApplicationScoped
public class CertificateSettings {

    @Inject
    @ConfigProperty(name = "tracker.certificates.issuer", defaultValue = "ALERRT Center at Texas State University")
    String issuer;

    @Inject
    @ConfigProperty(name = "tracker.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    /** Dates on certificates are Texas dates. */
    @Inject
    @ConfigProperty(name = "tracker.time-zone", defaultValue = "America/Chicago")
    String timeZone;

    public CertificateSettings() {}

    public CertificateSettings(String issuer, String publicUrl, String timeZone) {
        this.issuer = issuer;
        this.publicUrl = publicUrl;
        this.timeZone = timeZone;
    }

    public String issuer() {
        return issuer;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The public verification page of a certificate, printed on it and encoded in its QR code. */
    public String verifyUrl(VerificationCode code) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/verify/" + code.value();
    }
}
