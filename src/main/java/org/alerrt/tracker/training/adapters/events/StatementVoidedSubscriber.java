package org.alerrt.tracker.training.adapters.events;

import static org.alerrt.tracker.platform.json.JsonFields.object;
import static org.alerrt.tracker.platform.json.JsonFields.string;
import static org.alerrt.tracker.training.adapters.events.StatementStoredPayload.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.alerrt.tracker.lrs.application.StatementEvents;
import org.alerrt.tracker.platform.events.TopicSubscriber;
import org.alerrt.tracker.training.application.CompletionService;

/**
 * A voiding statement (xAPI 1.0.3 §2.4.8: verb voided, object a StatementRef) takes back the credit of the
 * completion the voided statement decided. Idempotent: a withdrawn completion stays withdrawn.
 */
@ApplicationScoped
public class StatementVoidedSubscriber extends TopicSubscriber {

    public static final String NAME = "training.statement-voided";
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    @Inject
    CompletionService completions;

    public StatementVoidedSubscriber() {
        super(NAME, StatementEvents.STATEMENT_STORED);
    }

    @Override
    public boolean wants(JsonObject payload) {
        return voidedId(payload) != null;
    }

    @Override
    public void handle(JsonObject payload) {
        String voided = voidedId(payload);
        if (voided != null) {
            completions.statementVoided(voided, string(statement(payload), "id"));
        }
    }

    private static String voidedId(JsonObject payload) {
        JsonObject statement = statement(payload);
        JsonObject target = object(statement, "object");
        if (!VOIDED.equals(string(object(statement, "verb"), "id"))
                || !"StatementRef".equals(string(target, "objectType"))) {
            return null;
        }
        return string(target, "id");
    }
}
