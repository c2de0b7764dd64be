package org.alerrt.tracker.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.alerrt.tracker.certificates.domain.VerificationCode;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configuration this context reads, in one place. */
@ApplicationScoped
public class CertificateSettings {

    @Inject
    @ConfigProperty(name = "tracker.certificates.issuer", defaultValue = "ALERRT Center at Texas State University")
    String issuer;

    /** Dates on certificates are Texas dates; the verification page is on the tracker's public address. */
    @Inject
    ServerSettings server;

    public CertificateSettings() {}

    public CertificateSettings(String issuer, ServerSettings server) {
        this.issuer = issuer;
        this.server = server;
    }

    public String issuer() {
        return issuer;
    }

    public ZoneId zone() {
        return server.zone();
    }

    /** The public verification page of a certificate, printed on it and encoded in its QR code. */
    public String verifyUrl(VerificationCode code) {
        return server.publicUrl() + "/verify/" + code.value();
    }
}
