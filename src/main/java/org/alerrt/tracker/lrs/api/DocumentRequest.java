package org.alerrt.tracker.lrs.api;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alerrt.tracker.lrs.domain.validation.ActorValidator;
import org.alerrt.tracker.lrs.domain.validation.Formats;
import org.alerrt.tracker.lrs.domain.validation.Lengths;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The query parameters of a document resource request, checked one rule at a time (Communication §2.3–§2.7 tables,
 * §3.2.s3.b7/b8): each error is a 400 naming the parameter.
 *
 * @param documentId stateId or profileId; null for the multiple-document GET and the State DELETE-all
 * @param since      GET of ids only: ids of documents updated after this instant (exclusive)
 */
public record DocumentRequest(DocumentContext context, String documentId, Instant since) {

    /** Longest activityId, agent identifier or document id stored (the V6 columns); longer ones are a 400, not a 500. */
    public static final int MAX_LENGTH = Lengths.DOCUMENT_VALUE;

    /** The HTTP method of the request, which decides which parameters are allowed and required. */
    public enum Operation {
        GET,
        PUT,
        POST,
        DELETE
    }

    public DocumentKey key() {
        if (documentId == null) {
            throw new IllegalStateException("no document id in this request");
        }
        return context.document(documentId);
    }

    public static DocumentRequest parse(DocumentKind kind, Operation operation, Map<String, List<String>> params) {
        String idName = kind.idParameter();
        Set<String> allowed = switch (kind) {
            case STATE -> Set.of("activityId", "agent", "registration", "stateId", "since");
            case ACTIVITY_PROFILE -> Set.of("activityId", "profileId", "since");
            case AGENT_PROFILE -> Set.of("agent", "profileId", "since");
        };
        for (var e : params.entrySet()) {
            String name = e.getKey();
            if (!allowed.contains(name) || ("since".equals(name) && operation != Operation.GET)) {
                throw new XapiValidationException(
                        name,
                        "is not a parameter of this request to the " + resource(kind) + " (xAPI Communication "
                                + kind.section() + ", §3.2.s3.b7)");
            }
            if (e.getValue().size() > 1) {
                throw new XapiValidationException(
                        name, "must be given once (xAPI Communication " + kind.section() + ")");
            }
        }
        String activityId = kind == DocumentKind.AGENT_PROFILE ? null : activityId(kind, first(params, "activityId"));
        String agent = kind == DocumentKind.ACTIVITY_PROFILE ? null : agent(kind, first(params, "agent"));
        String registration = registration(first(params, "registration"));

        String documentId = first(params, idName);
        boolean idRequired = operation == Operation.PUT
                || operation == Operation.POST
                || (operation == Operation.DELETE && kind.isProfile());
        if (documentId == null && idRequired) {
            throw new XapiValidationException(
                    idName, "the " + idName + " parameter is required (xAPI Communication " + kind.section() + ")");
        }
        if (documentId != null && documentId.isEmpty()) {
            throw new XapiValidationException(idName, "must not be empty (xAPI Communication " + kind.section() + ")");
        }
        if (documentId != null) {
            bounded(idName, documentId);
        }
        Instant since = null;
        String sinceValue = first(params, "since");
        if (sinceValue != null) {
            var parsed = Formats.parseTimestamp(sinceValue);
            if (parsed == null) {
                throw new XapiValidationException(
                        "since",
                        "must be an ISO 8601 timestamp (xAPI Communication " + kind.section() + ", Data §4.5)");
            }
            since = parsed.toInstant();
        }
        return new DocumentRequest(new DocumentContext(kind, activityId, agent, registration), documentId, since);
    }

    private static String bounded(String name, String value) {
        return Lengths.atMost(value, MAX_LENGTH, name);
    }

    private static String activityId(DocumentKind kind, String value) {
        if (value == null) {
            throw new XapiValidationException(
                    "activityId", "the activityId parameter is required (xAPI Communication " + kind.section() + ")");
        }
        if (!Formats.isIri(value)) {
            throw new XapiValidationException(
                    "activityId", "must be an IRI (xAPI Communication " + kind.section() + ", Data §2.4.4.1)");
        }
        return bounded("activityId", value);
    }

    /** An Agent, not a Group, with exactly one IFI (§2.6.s3 note, Data §2.4.2.1). */
    private static String agent(DocumentKind kind, String value) {
        if (value == null) {
            throw new XapiValidationException(
                    "agent", "the agent parameter is required (xAPI Communication " + kind.section() + ")");
        }
        JsonValue json;
        try (JsonReader r = CachedJson.reader(new StringReader(value))) {
            json = r.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new XapiValidationException(
                    "agent", "must be an Agent object as JSON (xAPI Communication " + kind.section() + ")");
        }
        ActorValidator.agent(json, "agent");
        return bounded(
                "agent", ActorIdentity.of(json.asJsonObject()).orElseThrow().value());
    }

    private static String registration(String value) {
        if (value == null) {
            return null;
        }
        if (!Formats.isUuid(value)) {
            throw new XapiValidationException("registration", "must be a UUID (xAPI Communication §2.3.s3)");
        }
        return value.toLowerCase();
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String resource(DocumentKind kind) {
        return switch (kind) {
            case STATE -> "State Resource";
            case ACTIVITY_PROFILE -> "Activity Profile Resource";
            case AGENT_PROFILE -> "Agent Profile Resource";
        };
    }
}
