package org.alerrt.tracker.training.application;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The published language of {@value TrainingEvents#COMPLETION_CREDITED}: a completion that earns credit, with what
 * certificates and the TCOLE roster need. Subscribers read it with {@link #fromJson}; a payload that breaks the
 * contract throws, so the outbox retries it and finally parks it as FAILED for an administrator.
 * Names and agency are "" when unknown, so no subscriber meets JSON null in a string field.
 */
public record CompletionCredited(long completionId, long learnerId, String firstName, String lastName, String pid,
                                 String agency, String tcoleNumber, String courseTitle, String delivery,
                                 int creditHours, boolean countsTowardMandate, LocalDate completedOn,
                                 String registration) {

    public JsonObject toJson() {
        return CachedJson.objectBuilder()
                .add("completionId", completionId)
                .add("learnerId", learnerId)
                .add("firstName", firstName)
                .add("lastName", lastName)
                .add("pid", pid)
                .add("agency", agency)
                .add("tcoleNumber", tcoleNumber)
                .add("courseTitle", courseTitle)
                .add("delivery", delivery)
                .add("creditHours", creditHours)
                .add("countsTowardMandate", countsTowardMandate)
                .add("completedOn", completedOn.toString())
                .add("registration", registration)
                .build();
    }

    public static CompletionCredited fromJson(JsonObject p) {
        try {
            return new CompletionCredited(number(p, "completionId").longValueExact(),
                    number(p, "learnerId").longValueExact(), string(p, "firstName"), string(p, "lastName"),
                    string(p, "pid"), optionalString(p, "agency"), string(p, "tcoleNumber"), string(p, "courseTitle"),
                    string(p, "delivery"), number(p, "creditHours").intValueExact(),
                    p.getBoolean("countsTowardMandate"), LocalDate.parse(string(p, "completedOn")),
                    p.getString("registration", ""));
        } catch (ClassCastException | NullPointerException | ArithmeticException | DateTimeParseException e) {
            throw new IllegalArgumentException("Malformed " + TrainingEvents.COMPLETION_CREDITED + " payload: "
                    + e.getMessage(), e);
        }
    }

    private static JsonNumber number(JsonObject p, String name) {
        if (!(p.get(name) instanceof JsonNumber n)) {
            throw new IllegalArgumentException(name + " is required in " + TrainingEvents.COMPLETION_CREDITED);
        }
        return n;
    }

    private static String optionalString(JsonObject p, String name) {
        return p.get(name) instanceof JsonString s ? s.getString() : "";
    }

    private static String string(JsonObject p, String name) {
        if (!(p.get(name) instanceof JsonString s)) {
            throw new IllegalArgumentException(name + " is required in " + TrainingEvents.COMPLETION_CREDITED);
        }
        return s.getString();
    }
}
