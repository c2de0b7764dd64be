package org.alerrt.tracker.upstream.adapters.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.JsonBody;
import org.alerrt.tracker.upstream.domain.ForwardRule;
import org.alerrt.tracker.upstream.domain.ForwardSettings;
import org.alerrt.tracker.upstream.domain.PullFilters;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;

/**
 * The JSON form of an upstream as the admin API takes it and the upstream file holds it (docs/upstream.md): one
 * reader for both, so both obey the same rules and name a wrong field by the same path ({@code pull.verb}, …).
 */
public final class UpstreamJson {

    static final int DEFAULT_POLL_SECONDS = 60;

    private UpstreamJson() {}

    /** {@code name}, {@code endpoint}, {@code key}, {@code version} and {@code pull}: everything but the secret. */
    public static UpstreamDefinition definition(JsonObject in) {
        JsonObject pull = object(in, "pull");
        return new UpstreamDefinition(
                JsonBody.optionalString(in, "name"),
                UpstreamDefinition.endpoint(JsonBody.optionalString(in, "endpoint")),
                JsonBody.optionalString(in, "key"),
                UpstreamDefinition.version(JsonBody.optionalString(in, "version")),
                bool(pull, "enabled", true, "pull.enabled"),
                new PullFilters(
                        field(() -> JsonBody.optionalString(pull, "activity"), "pull.activity"),
                        bool(pull, "relatedActivities", false, "pull.relatedActivities"),
                        field(() -> JsonBody.optionalString(pull, "verb"), "pull.verb"),
                        PullFilters.since(field(() -> JsonBody.optionalString(pull, "since"), "pull.since"))),
                pull.containsKey("pollSeconds") && pull.get("pollSeconds") != JsonValue.NULL
                        ? field(() -> JsonBody.requiredInt(pull, "pollSeconds"), "pull.pollSeconds")
                        : DEFAULT_POLL_SECONDS);
    }

    /** {@code {"enabled" (default true), "rules": [{"activity", "verb"}, …]}}. */
    public static ForwardSettings forwardSettings(JsonObject in) {
        List<ForwardRule> rules = new ArrayList<>();
        JsonValue r = in.get("rules");
        if (r != null && r != JsonValue.NULL) {
            if (!(r instanceof JsonArray list)) {
                throw Refusal.invalid("forward.rules", "forward.rules must be an array of {activity, verb}");
            }
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof JsonObject rule)) {
                    throw Refusal.invalid("forward.rules", "forward.rules[" + i + "] must be an object");
                }
                String at = "forward.rules[" + i + "]";
                rules.add(new ForwardRule(
                        field(() -> JsonBody.optionalString(rule, "activity"), at + ".activity"),
                        field(() -> JsonBody.optionalString(rule, "verb"), at + ".verb")));
            }
        }
        return new ForwardSettings(bool(in, "enabled", true, "forward.enabled"), rules);
    }

    /** The optional {@code from} of the forward settings: where forwarding starts. */
    public static Instant forwardFrom(JsonObject in) {
        try {
            return PullFilters.since(JsonBody.optionalString(in, "from"));
        } catch (Refusal e) {
            throw Refusal.invalid("forward.from", "forward.from must be an ISO 8601 timestamp with offset");
        }
    }

    /** A member that must be an object when present; empty when absent. */
    public static JsonObject object(JsonObject in, String field) {
        JsonValue v = in.get(field);
        if (v == null || v == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!(v instanceof JsonObject o)) {
            throw Refusal.invalid(field, field + " must be an object");
        }
        return o;
    }

    private static boolean bool(JsonObject o, String field, boolean absent, String path) {
        JsonValue v = o.get(field);
        return v == null || v == JsonValue.NULL ? absent : field(() -> JsonBody.requiredBoolean(o, field), path);
    }

    /** Runs a JsonBody reader for a nested member, so that its refusal names the member by its full path. */
    private static <T> T field(Supplier<T> read, String path) {
        try {
            return read.get();
        } catch (Refusal r) {
            throw Refusal.invalid(path, r.getMessage().replaceFirst("^[A-Za-z]+", path));
        }
    }
}
