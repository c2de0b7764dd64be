package org.alerrt.tracker.certificates.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.alerrt.tracker.certificates.application.CertificateService;
import org.alerrt.tracker.platform.events.TopicSubscriber;

/**
 * Issues the certificate of every credited completion, whatever its delivery (indirect ones need it most), and
 * reissues it when a newer revision of what is certified arrives (a PID corrected after certification).
 */
@ApplicationScoped
public class CertificateIssuerSubscriber extends TopicSubscriber {

    public static final String NAME = "certificates.issuer";

    @Inject
    CertificateService certificates;

    public CertificateIssuerSubscriber() {
        super(NAME, CompletionCreditedPayload.TOPIC);
    }

    /** Idempotent: a redelivery finds the certificate of its revision already issued. */
    @Override
    public void handle(JsonObject payload) {
        CompletionCreditedPayload credited = CompletionCreditedPayload.read(payload);
        certificates.issue(credited.completion(), credited.revision());
    }
}
