package org.alerrt.tracker.training.adapters.events;

import static org.alerrt.tracker.platform.json.JsonFields.object;
import static org.alerrt.tracker.platform.json.JsonFields.string;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.alerrt.tracker.lrs.application.StatementEvents;
import org.alerrt.tracker.platform.events.EventSubscriber;
import org.alerrt.tracker.training.application.CompletionService;

/**
 * A voiding statement (xAPI 1.0.3 §2.4.8: verb voided, object a StatementRef) takes back the credit of the
 * completion the voided statement decided. Idempotent: a withdrawn completion stays withdrawn.
 */
@ApplicationScoped
public class StatementVoidedSubscriber implements EventSubscriber {

    public static final String NAME = "training.statement-voided";
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

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

    private static JsonObject statement(JsonObject payload) {
        JsonValue s = payload.get("statement");
        return s instanceof JsonObject o ? o : null;
    }
}
