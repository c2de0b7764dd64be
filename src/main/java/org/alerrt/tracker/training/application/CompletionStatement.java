package org.alerrt.tracker.training.application;

import static org.alerrt.tracker.platform.json.JsonFields.object;
import static org.alerrt.tracker.platform.json.JsonFields.string;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.training.domain.CompletionRule;

/**
 * What the training context needs from a stored statement that may finish a course: an Agent with an IFI,
 * a passed/completed/failed verb (or cmi5's satisfied, §9.3.9), an Activity object, the registration and the timestamp,
 * and the statement itself for what the ALERRT profile adds ({@link AlerrtProfile}).
 */
public record CompletionStatement(
        String statementId,
        ActorIdentity actor,
        String actorName,
        String verbId,
        String activityId,
        String registration,
        Instant timestamp,
        JsonObject statement) {

    public static final Set<String> VERBS = Set.of(
            CompletionRule.VERB_PASSED,
            CompletionRule.VERB_COMPLETED,
            CompletionRule.VERB_FAILED,
            CompletionRule.VERB_SATISFIED);

    /** Cheap test used at publish time (no I/O): a deciding verb on an Activity. */
    public static boolean mayDecide(JsonObject statement) {
        String verb = string(object(statement, "verb"), "id");
        if (verb == null || !VERBS.contains(verb)) {
            return false;
        }
        JsonObject object = object(statement, "object");
        if (object == null) {
            return false;
        }
        String type = string(object, "objectType");
        return type == null || "Activity".equals(type);
    }

    /** Empty when the statement cannot finish a course (a Group actor, a non-Activity object ...). */
    public static Optional<CompletionStatement> from(JsonObject statement) {
        if (statement == null || !mayDecide(statement)) {
            return Optional.empty();
        }
        JsonObject actor = object(statement, "actor");
        String id = string(statement, "id");
        if (actor == null || id == null || "Group".equals(string(actor, "objectType"))) {
            return Optional.empty(); // completions belong to one officer; a Group's statement credits nobody
        }
        Optional<ActorIdentity> ifi;
        try {
            ifi = ActorIdentity.of(actor);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (ifi.isEmpty()) {
            return Optional.empty();
        }
        String activity = string(object(statement, "object"), "id");
        if (activity == null) {
            return Optional.empty();
        }
        String registration = string(object(statement, "context"), "registration");
        Instant when = instant(string(statement, "timestamp"))
                .or(() -> instant(string(statement, "stored")))
                .orElseGet(Instant::now);
        return Optional.of(new CompletionStatement(
                id.toLowerCase(),
                ifi.get(),
                string(actor, "name"),
                string(object(statement, "verb"), "id"),
                activity,
                registration == null ? "" : registration.toLowerCase(),
                when,
                statement));
    }

    /** The calendar day of the statement's timestamp where the training happened (TCOLE reports dates). */
    public LocalDate completedOn(ZoneId zone) {
        return timestamp.atZone(zone).toLocalDate();
    }

    private static Optional<Instant> instant(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
