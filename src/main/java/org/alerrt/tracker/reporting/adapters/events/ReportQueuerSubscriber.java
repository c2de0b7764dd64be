package org.alerrt.tracker.reporting.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.alerrt.tracker.platform.events.EventSubscriber;
import org.alerrt.tracker.reporting.application.ReportQueueService;
import org.alerrt.tracker.reporting.domain.Delivery;
import org.alerrt.tracker.reporting.domain.ReportEntry;

/**
 * Queues the credited completions ALERRT reports to TCOLE (online and direct delivery). Indirect completions are
 * filtered out at publish time by {@link #wants}, so no outbox row is even written for them.
 */
@ApplicationScoped
public class ReportQueuerSubscriber implements EventSubscriber {

    public static final String NAME = "reporting.queuer";
    public static final String TOPIC = "training.completion-credited";

    @Inject
    ReportQueueService queue;

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** No I/O: reads the delivery field only. */
    @Override
    public boolean wants(JsonObject payload) {
        return payload.get("delivery") instanceof JsonString s && Delivery.isQueuedForAlerrt(s.getString());
    }

    /** Idempotent: a redelivery finds the entry already queued. */
    @Override
    public void handle(JsonObject payload) {
        if (wants(payload)) {
            queue.queue(read(payload, clock));
        }
    }

    /** A payload that breaks the contract throws, so the outbox retries and finally parks it for an admin. */
    static ReportEntry read(JsonObject p, Clock clock) {
        try {
            Delivery delivery = Delivery.parse(string(p, "delivery"))
                    .orElseThrow(() -> new IllegalArgumentException("Unknown delivery in " + TOPIC));
            return ReportEntry.queue(longValue(p, "completionId"), longValue(p, "learnerId"), string(p, "pid"),
                    string(p, "firstName"), string(p, "lastName"), optionalString(p, "agency"),
                    string(p, "tcoleNumber"), string(p, "courseTitle"), delivery,
                    LocalDate.parse(string(p, "completedOn")), Math.toIntExact(longValue(p, "creditHours")),
                    clock.instant());
        } catch (ClassCastException | ArithmeticException | DateTimeParseException e) {
            throw new IllegalArgumentException("Malformed " + TOPIC + " payload: " + e.getMessage(), e);
        }
    }

    private static long longValue(JsonObject p, String name) {
        if (!(p.get(name) instanceof JsonNumber n)) {
            throw new IllegalArgumentException(name + " is required in " + TOPIC);
        }
        return n.longValueExact();
    }

    private static String string(JsonObject p, String name) {
        String value = optionalString(p, name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required in " + TOPIC);
        }
        return value;
    }

    private static String optionalString(JsonObject p, String name) {
        JsonValue v = p.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
