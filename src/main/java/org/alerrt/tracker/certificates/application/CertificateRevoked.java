package org.alerrt.tracker.certificates.application;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The published language of {@value #TOPIC}: an administrator revoked a certificate. The training context takes
 * the completion's credit back (which in turn withdraws or corrects its TCOLE report). Not published when a
 * certificate is superseded by a reissue: that keeps the credit.
 */
public record CertificateRevoked(long completionId, long learnerId, String code, String reason, String by) {

    public static final String TOPIC = "certificates.certificate-revoked";

    public JsonObject toJson() {
        return CachedJson.objectBuilder()
                .add("completionId", completionId)
                .add("learnerId", learnerId)
                .add("code", code)
                .add("reason", reason)
                .add("by", by)
                .build();
    }

    public static CertificateRevoked fromJson(JsonObject p) {
        try {
            return new CertificateRevoked(
                    ((JsonNumber) p.get("completionId")).longValueExact(),
                    ((JsonNumber) p.get("learnerId")).longValueExact(),
                    ((JsonString) p.get("code")).getString(),
                    ((JsonString) p.get("reason")).getString(),
                    p.getString("by", "system"));
        } catch (ClassCastException | NullPointerException | ArithmeticException e) {
            throw new IllegalArgumentException("Malformed " + TOPIC + " payload: " + e.getMessage(), e);
        }
    }
}
