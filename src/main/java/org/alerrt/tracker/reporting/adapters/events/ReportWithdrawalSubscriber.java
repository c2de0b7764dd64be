package org.alerrt.tracker.reporting.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.alerrt.tracker.platform.events.TopicSubscriber;
import org.alerrt.tracker.reporting.application.ReportQueueService;
import org.alerrt.tracker.training.api.CompletionWithdrawn;
import org.alerrt.tracker.training.application.TrainingEvents;

/**
 * Takes back the report of a completion whose credit training withdrew: a queued entry is withdrawn, a record that
 * already left ALERRT gets a WITHDRAW correction. Completions ALERRT never queued (indirect delivery) are remembered
 * as withdrawn too, which costs one row and keeps a late credit event from queueing them.
 */
@ApplicationScoped
public class ReportWithdrawalSubscriber extends TopicSubscriber {

    public static final String NAME = "reporting.withdrawal";

    @Inject
    ReportQueueService queue;

    public ReportWithdrawalSubscriber() {
        super(NAME, TrainingEvents.COMPLETION_WITHDRAWN);
    }

    /** Idempotent: a redelivery finds the completion already withdrawn. */
    @Override
    public void handle(JsonObject payload) {
        CompletionWithdrawn w = CompletionWithdrawn.fromJson(payload);
        queue.withdraw(w.completionId(), reason(w), w.by());
    }

    /** The entry's status reason and the roster note, in plain words. */
    static String reason(CompletionWithdrawn w) {
        String why = switch (w.reason()) {
            case STATEMENT_VOIDED -> "credit withdrawn: the statement that earned it was voided";
            case CERTIFICATE_REVOKED -> "credit withdrawn: the certificate was revoked";
        };
        return w.detail().isBlank() ? why : why + " (" + w.detail() + ")";
    }
}
