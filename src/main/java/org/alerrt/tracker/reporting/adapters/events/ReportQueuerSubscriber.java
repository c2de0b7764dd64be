package org.alerrt.tracker.reporting.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.alerrt.tracker.platform.events.TopicSubscriber;
import org.alerrt.tracker.reporting.application.ReportQueueService;
import org.alerrt.tracker.reporting.domain.Delivery;
import org.alerrt.tracker.reporting.domain.RecordSnapshot;
import org.alerrt.tracker.training.api.CompletionCredited;
import org.alerrt.tracker.training.application.TrainingEvents;

/**
 * Queues the credited completions ALERRT reports to TCOLE (online and direct delivery), and corrects them when a
 * later revision changes the record. Indirect completions are filtered out at publish time by {@link #wants}, so no
 * outbox row is even written for them.
 */
@ApplicationScoped
public class ReportQueuerSubscriber extends TopicSubscriber {

    public static final String NAME = "reporting.queuer";
    public static final String TOPIC = TrainingEvents.COMPLETION_CREDITED;

    @Inject
    ReportQueueService queue;

    public ReportQueuerSubscriber() {
        super(NAME, TOPIC);
    }

    /** No I/O: reads the delivery field only. */
    @Override
    public boolean wants(JsonObject payload) {
        return payload.get("delivery") instanceof JsonString s && Delivery.isQueuedForAlerrt(s.getString());
    }

    /** Idempotent: a redelivered or older revision changes nothing. */
    @Override
    public void handle(JsonObject payload) {
        if (wants(payload)) {
            CompletionCredited c = CompletionCredited.fromJson(payload);
            queue.credited(c.completionId(), c.learnerId(), record(c), c.revision());
        }
    }

    /** Translates the training context's published {@link CompletionCredited} into the record TCOLE gets. */
    static RecordSnapshot record(CompletionCredited c) {
        Delivery delivery = Delivery.parse(c.delivery())
                .orElseThrow(() -> new IllegalArgumentException("Unknown delivery in " + TOPIC + ": " + c.delivery()));
        return new RecordSnapshot(
                c.pid(),
                c.firstName(),
                c.lastName(),
                c.agency().isBlank() ? null : c.agency(),
                c.tcoleNumber(),
                c.courseTitle(),
                delivery,
                c.completedOn(),
                c.startedOn(),
                c.creditHours(),
                c.instructors(),
                c.moduleDescription());
    }
}
