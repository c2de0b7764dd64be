package org.alerrt.tracker.upstream.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * One page of an upstream's statements (ascending stored order) as it is committed: the statements to store and the
 * checkpoint it moves to. A statement stored no later than the checkpoint's last one was read again by the overlap
 * ({@link PullCheckpoint#since}): it is stored only if it is not here yet (a late commit upstream), so it is never
 * counted twice. Storing one that is here would change nothing anyway: the LRS keeps ids, and the same id with the
 * same content is accepted without effect (Communication §2.1.2, Data §2.3.1.s9).
 *
 * @param toStore the statements as the remote sent them, in its order
 * @param more the remote's {@code more} IRL, null at the end of the result
 */
public record PulledPage(List<JsonObject> toStore, Instant lastStored, String lastStatementId, String more) {

    public PulledPage {
        toStore = List.copyOf(toStore);
    }

    public static PulledPage of(
            List<JsonObject> statements, Optional<String> more, PullCheckpoint from, Predicate<String> alreadyHere) {
        List<JsonObject> fresh = new ArrayList<>();
        Instant last = from.lastStored();
        String lastId = from.lastStatementId();
        for (JsonObject s : statements) {
            String id = id(s);
            Instant stored = stored(s, id);
            boolean overlap = from.lastStored() != null && !stored.isAfter(from.lastStored());
            if (!overlap || !alreadyHere.test(id)) {
                fresh.add(s);
            }
            if (last == null || !stored.isBefore(last)) {
                last = stored;
                lastId = id;
            }
        }
        return new PulledPage(fresh, last, lastId, more.orElse(null));
    }

    /** Data §2.4.1: an LRS returns every statement with its id. */
    private static String id(JsonObject s) {
        if (!(s.get("id") instanceof JsonString id)) {
            throw Refusal.invalid("statement.id", "the upstream sent a statement without an id");
        }
        return id.getString().toLowerCase();
    }

    /** Data §2.4.8: an LRS sets {@code stored} on every statement, an ISO 8601 timestamp (§4.5). */
    private static Instant stored(JsonObject s, String id) {
        if (s.get("stored") instanceof JsonString stored) {
            try {
                return OffsetDateTime.parse(stored.getString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw Refusal.invalid(
                "statement.stored", "the upstream sent statement " + id + " without a readable stored timestamp");
    }
}
