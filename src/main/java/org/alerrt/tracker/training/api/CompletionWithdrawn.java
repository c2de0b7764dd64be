package org.alerrt.tracker.training.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Locale;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.training.application.TrainingEvents;

/**
 * The published language of {@value TrainingEvents#COMPLETION_WITHDRAWN}: credit that was released (a
 * {@link CompletionCredited} was published) is taken back. Certificates revoke the certificate with the reason;
 * reporting withdraws an unexported queue entry or queues a correction for one already exported or reported.
 * {@code by} is the user who caused it, or "system" for an automatic decision.
 */
public record CompletionWithdrawn(long completionId, long learnerId, Reason reason, String detail, String by) {

    /** Why the credit was taken back. */
    public enum Reason {
        /** The statement that earned the credit was voided (xAPI 1.0.3 §2.4.8 / 2.0.0 §4.2.2.1 voiding). */
        STATEMENT_VOIDED,
        /** An administrator revoked the completion's certificate. */
        CERTIFICATE_REVOKED
    }

    public CompletionWithdrawn {
        if (reason == null) {
            throw new IllegalArgumentException("reason is required");
        }
        detail = detail == null ? "" : detail;
        by = by == null || by.isBlank() ? "system" : by;
    }

    public JsonObject toJson() {
        return CachedJson.objectBuilder()
                .add("completionId", completionId)
                .add("learnerId", learnerId)
                .add("reason", reason.name())
                .add("detail", detail)
                .add("by", by)
                .build();
    }

    public static CompletionWithdrawn fromJson(JsonObject p) {
        try {
            return new CompletionWithdrawn(
                    ((JsonNumber) p.get("completionId")).longValueExact(),
                    ((JsonNumber) p.get("learnerId")).longValueExact(),
                    Reason.valueOf(((JsonString) p.get("reason")).getString().toUpperCase(Locale.ROOT)),
                    p.getString("detail", ""),
                    p.getString("by", "system"));
        } catch (ClassCastException | NullPointerException | ArithmeticException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Malformed " + TrainingEvents.COMPLETION_WITHDRAWN + " payload: " + e.getMessage(), e);
        }
    }
}
