package org.alerrt.tracker.training.adapters.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.alerrt.tracker.lrs.application.StatementEvents;
import org.alerrt.tracker.platform.events.EventSubscriber;
import org.alerrt.tracker.training.application.CompletionService;
import org.alerrt.tracker.training.application.CompletionStatement;

/**
 * Turns stored passed/completed/failed statements about a course activity into completions. Runs in the outbox
 * worker's transaction, one actor at a time; the learner's row lock ({@link CompletionService#record}) orders it with
 * an admin's changes to the same learner. Voided statements are not handled yet: voiding does not take credit back.
 */
@ApplicationScoped
public class CompletionDecider implements EventSubscriber {

    public static final String NAME = "training.completion-decider";

    @Inject
    CompletionService completions;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String topic() {
        return StatementEvents.STATEMENT_STORED;
    }

    @Override
    public boolean wants(JsonObject payload) {
        return statement(payload) != null && CompletionStatement.mayDecide(statement(payload));
    }

    /** One actor's statements in order, so two instances never decide the same learner's completion at once. */
    @Override
    public String partitionKey(JsonObject payload) {
        return CompletionStatement.from(statement(payload))
                .map(s -> s.actor().value())
                .orElse(null);
    }

    @Override
    public void handle(JsonObject payload) {
        CompletionStatement.from(statement(payload)).ifPresent(completions::record);
    }

    private static JsonObject statement(JsonObject payload) {
        JsonValue s = payload.get("statement");
        return s instanceof JsonObject o ? o : null;
    }
}
