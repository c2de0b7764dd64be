package org.alerrt.tracker.certificates.adapters.events;

import jakarta.json.JsonObject;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.Delivery;
import org.alerrt.tracker.training.application.CompletionCredited;
import org.alerrt.tracker.training.application.TrainingEvents;

/** Translates the training context's published {@link CompletionCredited} into this context's model. */
final class CompletionCreditedPayload {

    static final String TOPIC = TrainingEvents.COMPLETION_CREDITED;

    private CompletionCreditedPayload() {
    }

    static CertifiedCompletion read(JsonObject payload) {
        CompletionCredited c = CompletionCredited.fromJson(payload);
        return new CertifiedCompletion(c.completionId(), c.learnerId(), c.firstName(), c.lastName(), c.pid(),
                c.agency().isBlank() ? null : c.agency(), c.tcoleNumber(), c.courseTitle(), Delivery.parse(c.delivery()),
                c.creditHours(), c.countsTowardMandate(), c.completedOn());
    }
}
