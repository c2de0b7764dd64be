package org.alerrt.tracker.upstream.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * What to pull of an upstream (refusals name the field as the admin API has it, under {@code pull}): the GET statements filters of xAPI 1.0.3 Communication §2.1.3 an administrator
 * may set. Each null when not used.
 *
 * @param activity only statements about this activity (with {@code relatedActivities}, also those naming it in
 *     their context or a sub-statement)
 * @param verb only statements with this verb
 * @param since where the first pull starts (exclusive); later pulls start from the checkpoint
 */
public record PullFilters(String activity, boolean relatedActivities, String verb, Instant since) {

    public PullFilters {
        activity = FilterIri.optional(activity, "pull.activity");
        verb = FilterIri.optional(verb, "pull.verb");
        if (relatedActivities && activity == null) {
            throw Refusal.invalid("pull.relatedActivities", "pull.relatedActivities needs an activity to relate to");
        }
    }

    /** Where the first pull starts: an ISO 8601 timestamp with offset (Data §4.5), or none when blank. */
    public static Instant since(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(
                    "pull.since", "pull.since must be an ISO 8601 timestamp with offset, e.g. 2026-09-01T00:00:00Z");
        }
    }

    public static PullFilters none() {
        return new PullFilters(null, false, null, null);
    }
}
