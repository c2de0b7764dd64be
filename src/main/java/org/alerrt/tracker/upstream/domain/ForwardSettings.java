package org.alerrt.tracker.upstream.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * Whether and what the tracker forwards to an upstream: the statements any rule matches. Statements pulled from the
 * same upstream (their authority names it) are never sent back to it.
 */
public record ForwardSettings(boolean enabled, List<ForwardRule> rules) {

    public static final int MAX_RULES = 50;

    public ForwardSettings {
        rules = List.copyOf(rules);
        if (rules.size() > MAX_RULES) {
            throw Refusal.invalid("forward.rules", "at most " + MAX_RULES + " rules");
        }
        if (enabled && rules.isEmpty()) {
            throw Refusal.invalid(
                    "forward.rules", "forwarding needs a rule; a rule without activity or verb forwards everything");
        }
    }

    public static ForwardSettings off() {
        return new ForwardSettings(false, List.of());
    }

    /** @param upstream the upstream forwarded to: what was pulled from it does not go back */
    public boolean wants(JsonObject statement, Upstream upstream) {
        if (pulledFrom(statement, upstream)) {
            return false;
        }
        return rules.stream().anyMatch(r -> r.matches(statement));
    }

    private static boolean pulledFrom(JsonObject statement, Upstream upstream) {
        return statement.get("authority") instanceof JsonObject authority
                && authority.get("account") instanceof JsonObject account
                && account.get("name") instanceof JsonString name
                && name.getString().equals(upstream.authorityName());
    }
}
