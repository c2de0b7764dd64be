package org.alerrt.tracker.training.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.training.application.TrainingEvents;

/**
 * The published language of {@value TrainingEvents#COMPLETION_CREDITED}: a completion that earns credit, with what
 * certificates and the TCOLE roster need. Subscribers read it with {@link #fromJson}; a payload that breaks the
 * contract throws, so the outbox retries it and finally parks it as FAILED for an administrator.
 * Names, agency and module description are "" when unknown, so no subscriber meets JSON null in a string field.
 * <p>
 * {@code delivery} is the completion's own (from the statement's ALERRT context extension, an in-person class, or the
 * course default; docs/xapi-profile.md); {@code instructors} their TCOLE PIDs (indirect delivery names the local
 * Certified Instructor); {@code startedOn} the first block day of a class delivered in blocks, else null;
 * {@code moduleDescription} what a 3312 Update module covered (the roster's notes); {@code partial} true when a
 * Train-the-Trainer was passed for the user portion only (certificate of attendance for the rest);
 * {@code revision} starts at 1 and grows when what is certified about the officer changes (a PID corrected after
 * certification), so subscribers replace what they issued for an older revision. Payloads written before these fields
 * existed read with the defaults (no instructors, no start date, "", false, revision 1).
 */
public record CompletionCredited(
        long completionId,
        long learnerId,
        String firstName,
        String lastName,
        String pid,
        String agency,
        String tcoleNumber,
        String courseTitle,
        String delivery,
        int creditHours,
        boolean countsTowardMandate,
        LocalDate completedOn,
        String registration,
        List<String> instructors,
        LocalDate startedOn,
        String moduleDescription,
        boolean partial,
        int revision) {

    public CompletionCredited {
        instructors = instructors == null ? List.of() : List.copyOf(instructors);
        moduleDescription = moduleDescription == null ? "" : moduleDescription;
        if (revision < 1) {
            throw new IllegalArgumentException("revision starts at 1, was " + revision);
        }
    }

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
                .add("instructors", instructorArray())
                .add("startedOn", startedOn == null ? JsonValue.NULL : CachedJson.value(startedOn.toString()))
                .add("moduleDescription", moduleDescription)
                .add("partial", partial)
                .add("revision", revision)
                .build();
    }

    private JsonArrayBuilder instructorArray() {
        JsonArrayBuilder a = CachedJson.arrayBuilder();
        instructors.forEach(a::add);
        return a;
    }

    public static CompletionCredited fromJson(JsonObject p) {
        try {
            return new CompletionCredited(
                    number(p, "completionId").longValueExact(),
                    number(p, "learnerId").longValueExact(),
                    string(p, "firstName"),
                    string(p, "lastName"),
                    string(p, "pid"),
                    optionalString(p, "agency"),
                    string(p, "tcoleNumber"),
                    string(p, "courseTitle"),
                    string(p, "delivery"),
                    number(p, "creditHours").intValueExact(),
                    p.getBoolean("countsTowardMandate"),
                    LocalDate.parse(string(p, "completedOn")),
                    p.getString("registration", ""),
                    instructors(p),
                    p.get("startedOn") instanceof JsonString d ? LocalDate.parse(d.getString()) : null,
                    optionalString(p, "moduleDescription"),
                    p.getBoolean("partial", false),
                    p.get("revision") instanceof JsonNumber r ? r.intValueExact() : 1);
        } catch (ClassCastException | NullPointerException | ArithmeticException | DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Malformed " + TrainingEvents.COMPLETION_CREDITED + " payload: " + e.getMessage(), e);
        }
    }

    private static List<String> instructors(JsonObject p) {
        if (!(p.get("instructors") instanceof JsonArray a)) {
            return List.of();
        }
        return a.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
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
