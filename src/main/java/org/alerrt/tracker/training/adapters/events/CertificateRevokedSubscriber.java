package org.alerrt.tracker.training.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.alerrt.tracker.platform.events.TopicSubscriber;
import org.alerrt.tracker.training.api.CompletionWithdrawn;
import org.alerrt.tracker.training.application.CompletionService;

/**
 * An administrator revoked a certificate: its completion's credit is withdrawn (no longer counts toward the mandate;
 * reporting withdraws or corrects the TCOLE record). Reads the certificates context's event by its documented JSON
 * (docs/architecture.md, event contracts) rather than its class, since certificates already depends on training.
 */
@ApplicationScoped
public class CertificateRevokedSubscriber extends TopicSubscriber {

    public static final String NAME = "training.certificate-revoked";
    /** {@code certificates.application.CertificateRevoked.TOPIC}. */
    public static final String TOPIC = "certificates.certificate-revoked";

    @Inject
    CompletionService completions;

    public CertificateRevokedSubscriber() {
        super(NAME, TOPIC);
    }

    @Override
    public void handle(JsonObject payload) {
        if (!(payload.get("completionId") instanceof JsonNumber id)) {
            throw new IllegalArgumentException("completionId is required in " + TOPIC);
        }
        completions.withdraw(
                id.longValueExact(),
                CompletionWithdrawn.Reason.CERTIFICATE_REVOKED,
                payload.getString("reason", ""),
                payload.getString("by", "system"));
    }
}
