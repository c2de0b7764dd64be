package org.alerrt.tracker.training.adapters.events;

import static org.alerrt.tracker.training.adapters.events.StatementStoredPayload.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.alerrt.tracker.lrs.application.StatementEvents;
import org.alerrt.tracker.platform.events.TopicSubscriber;
import org.alerrt.tracker.training.application.CompletionService;
import org.alerrt.tracker.training.application.CompletionStatement;

/**
 * Turns stored passed/completed/failed statements about a course activity into completions. Runs in the outbox
 * worker's transaction, one actor at a time; the learner's row lock ({@link CompletionService#record}) orders it with
 * an admin's changes to the same learner. Voided statements are not handled yet: voiding does not take credit back.
 */
@ApplicationScoped
public class CompletionDecider extends TopicSubscriber {

    public static final String NAME = "training.completion-decider";

    @Inject
    CompletionService completions;

    public CompletionDecider() {
        super(NAME, StatementEvents.STATEMENT_STORED);
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
}
