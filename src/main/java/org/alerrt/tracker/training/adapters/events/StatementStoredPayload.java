package org.alerrt.tracker.training.adapters.events;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.alerrt.tracker.lrs.application.StatementEvents;

/** Reads the LRS's {@value StatementEvents#STATEMENT_STORED} payload: {@code {"statement": {...}}}. */
final class StatementStoredPayload {

    private StatementStoredPayload() {}

    /** The stored statement, or null when the payload has none. */
    static JsonObject statement(JsonObject payload) {
        JsonValue s = payload.get("statement");
        return s instanceof JsonObject o ? o : null;
    }
}
