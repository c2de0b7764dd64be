package org.alerrt.tracker.platform.events;

import jakarta.json.JsonObject;

/**
 * A context's reaction to another context's domain event. Implementations are CDI beans; each gets its own outbox
 * row per event, so a failure in one subscriber never blocks or repeats another. {@link #handle} runs in the
 * transaction that marks the row done: it must be idempotent, because a crash after the work but before the
 * commit delivers the event again.
 */
public interface EventSubscriber {

    /** Stable name, stored with each outbox row. */
    String name();

    String topic();

    /** Cheap filter applied at publish time, inside the publisher's transaction: no I/O. */
    default boolean wants(JsonObject payload) {
        return true;
    }

    void handle(JsonObject payload);
}
