package org.alerrt.tracker.certificates.adapters.events;

import jakarta.json.JsonObject;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.Delivery;
import org.alerrt.tracker.training.api.CompletionCredited;
import org.alerrt.tracker.training.application.TrainingEvents;

/**
 * Translates the training context's published {@link CompletionCredited} into this context's model: the snapshot
 * to certify and its revision. Payloads from before the richer contract read with its defaults (revision 1).
 */
record CompletionCreditedPayload(CertifiedCompletion completion, int revision) {

    static final String TOPIC = TrainingEvents.COMPLETION_CREDITED;

    static CompletionCreditedPayload read(JsonObject payload) {
        CompletionCredited c = CompletionCredited.fromJson(payload);
        return new CompletionCreditedPayload(
                new CertifiedCompletion(
                        c.completionId(),
                        c.learnerId(),
                        c.firstName(),
                        c.lastName(),
                        c.pid(),
                        c.agency(),
                        c.tcoleNumber(),
                        c.courseTitle(),
                        Delivery.parse(c.delivery()),
                        c.creditHours(),
                        c.countsTowardMandate(),
                        c.completedOn(),
                        c.instructors(),
                        c.startedOn(),
                        c.moduleDescription(),
                        c.partial()),
                c.revision());
    }
}
