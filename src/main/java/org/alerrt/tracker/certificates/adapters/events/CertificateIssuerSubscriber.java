package org.alerrt.tracker.certificates.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.alerrt.tracker.certificates.application.CertificateService;
import org.alerrt.tracker.platform.events.EventSubscriber;

/**
 * Issues the certificate of every credited completion, whatever its delivery (indirect ones need it most), and
 * reissues it when a newer revision of what is certified arrives (a PID corrected after certification).
 */
@ApplicationScoped
public class CertificateIssuerSubscriber implements EventSubscriber {

    public static final String NAME = "certificates.issuer";

    @Inject
    CertificateService certificates;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String topic() {
        return CompletionCreditedPayload.TOPIC;
    }

    /** Idempotent: a redelivery finds the certificate of its revision already issued. */
    @Override
    public void handle(JsonObject payload) {
        CompletionCreditedPayload credited = CompletionCreditedPayload.read(payload);
        certificates.issue(credited.completion(), credited.revision());
    }
}
