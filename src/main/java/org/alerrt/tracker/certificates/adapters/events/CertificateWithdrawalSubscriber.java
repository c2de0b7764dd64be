package org.alerrt.tracker.certificates.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.alerrt.tracker.certificates.application.CertificateService;
import org.alerrt.tracker.platform.events.TopicSubscriber;
import org.alerrt.tracker.training.api.CompletionWithdrawn;
import org.alerrt.tracker.training.application.TrainingEvents;

/**
 * Revokes the certificate of a completion whose credit training took back, with a reason a verifier understands.
 * An administrator's revocation comes back here as a withdrawal (CERTIFICATE_REVOKED) and finds the certificate
 * already revoked: nothing happens and nothing is published, so the two contexts never ping-pong.
 */
@ApplicationScoped
public class CertificateWithdrawalSubscriber extends TopicSubscriber {

    public static final String NAME = "certificates.withdrawal";

    @Inject
    CertificateService certificates;

    public CertificateWithdrawalSubscriber() {
        super(NAME, TrainingEvents.COMPLETION_WITHDRAWN);
    }

    @Override
    public void handle(JsonObject payload) {
        CompletionWithdrawn w = CompletionWithdrawn.fromJson(payload);
        certificates.withdraw(w.completionId(), reason(w.reason()), w.detail(), w.by());
    }

    /** The status reason the verify page and the PDF show, in plain words. */
    static String reason(CompletionWithdrawn.Reason reason) {
        return switch (reason) {
            case STATEMENT_VOIDED -> "Credit withdrawn: the statement that earned it was voided";
            case CERTIFICATE_REVOKED -> "Credit withdrawn: the certificate was revoked by an administrator";
        };
    }
}
