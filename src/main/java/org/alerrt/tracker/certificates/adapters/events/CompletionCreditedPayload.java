package org.alerrt.tracker.certificates.adapters.events;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.Delivery;

/**
 * Reads the {@code training.completion-credited} payload (contract in docs/architecture.md). A payload that breaks
 * the contract throws, so the outbox retries it and finally parks it as FAILED for an admin to see.
 */
final class CompletionCreditedPayload {

    static final String TOPIC = "training.completion-credited";

    private CompletionCreditedPayload() {
    }

    static CertifiedCompletion read(JsonObject p) {
        try {
            return new CertifiedCompletion(longValue(p, "completionId"), longValue(p, "learnerId"),
                    string(p, "firstName"), string(p, "lastName"), string(p, "pid"), optionalString(p, "agency"),
                    string(p, "tcoleNumber"), string(p, "courseTitle"), Delivery.parse(string(p, "delivery")),
                    Math.toIntExact(longValue(p, "creditHours")), p.getBoolean("countsTowardMandate"),
                    LocalDate.parse(string(p, "completedOn")));
        } catch (ClassCastException | NullPointerException | ArithmeticException | DateTimeParseException e) {
            throw new IllegalArgumentException("Malformed " + TOPIC + " payload: " + e.getMessage(), e);
        }
    }

    private static long longValue(JsonObject p, String name) {
        JsonNumber n = p.getJsonNumber(name);
        if (n == null) {
            throw new IllegalArgumentException(name + " is required in " + TOPIC);
        }
        return n.longValueExact();
    }

    private static String string(JsonObject p, String name) {
        String value = optionalString(p, name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required in " + TOPIC);
        }
        return value;
    }

    private static String optionalString(JsonObject p, String name) {
        JsonValue v = p.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
