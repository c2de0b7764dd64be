package org.alerrt.tracker.platform.events;

import jakarta.json.JsonObject;

/**
 * A context's reaction to another context's domain event. Implementations are CDI beans; each gets its own outbox
 * row per event, so a failure in one subscriber never blocks or repeats another. The contract (docs/architecture.md,
 * "Outbox"): {@link #handle} runs in the one transaction that claimed the row and marks it done, so everything it
 * writes through the application's datasource, including the events it publishes, commits with that mark or not at
 * all; it must not start transactions of its own (REQUIRES_NEW) nor call anything outside the database, and it
 * throws to refuse (the row is retried with back-off, then parked as FAILED).
 */
public interface EventSubscriber {

    /** Stable name, stored with each outbox row. */
    String name();

    String topic();

    /** Cheap filter applied at publish time, inside the publisher's transaction: no I/O. */
    default boolean wants(JsonObject payload) {
        return true;
    }

    /**
     * Events of this subscriber with equal keys are handled one at a time, oldest first, by whichever instance
     * claims them (the others wait for the next poll); null for no order. Computed at publish time: no I/O.
     */
    default String partitionKey(JsonObject payload) {
        return null;
    }

    void handle(JsonObject payload);
}
