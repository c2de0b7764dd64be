package org.alerrt.tracker.cmi5.adapters.events;

import static org.alerrt.tracker.platform.json.JsonFields.object;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.alerrt.tracker.cmi5.application.RegistrationService;
import org.alerrt.tracker.cmi5.domain.Cmi5Vocabulary;
import org.alerrt.tracker.lrs.application.StatementEvents;
import org.alerrt.tracker.platform.events.EventSubscriber;

/**
 * Moves cmi5 registrations on from stored "completed", "passed" and "failed" statements (§9.3.3–9.3.5) that carry
 * a registration; statements of other registrations or activities are ignored by the service.
 */
@ApplicationScoped
public class Cmi5StatementSubscriber implements EventSubscriber {

    public static final String NAME = "cmi5.move-on";

    @Inject
    RegistrationService registrations;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String topic() {
        return StatementEvents.STATEMENT_STORED;
    }

    /** No I/O: a moveOn verb and a context registration. */
    @Override
    public boolean wants(JsonObject payload) {
        JsonObject s = object(payload, "statement");
        JsonValue verb = object(s, "verb") == null ? null : object(s, "verb").get("id");
        return verb instanceof JsonString v && Cmi5Vocabulary.MOVE_ON_VERBS.contains(v.getString())
                && object(s, "context") != null && object(s, "context").get("registration") instanceof JsonString;
    }

    @Override
    public void handle(JsonObject payload) {
        JsonObject s = object(payload, "statement");
        if (s != null) {
            registrations.apply(s);
        }
    }
}
