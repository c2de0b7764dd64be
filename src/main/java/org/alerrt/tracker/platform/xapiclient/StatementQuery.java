package org.alerrt.tracker.platform.xapiclient;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The parameters of GET statements (xAPI 1.0.3 Communication §2.1.3), each null or false when not sent, so that the
 * remote applies its own default. Build one with {@link #builder()}.
 *
 * @param agent an Agent or identified Group object, sent as its JSON text
 * @param limit 0 (the default) asks for the most the remote allows
 */
public record StatementQuery(
        UUID statementId,
        UUID voidedStatementId,
        JsonObject agent,
        String verb,
        String activity,
        UUID registration,
        boolean relatedActivities,
        boolean relatedAgents,
        Instant since,
        Instant until,
        int limit,
        Format format,
        boolean attachments,
        boolean ascending) {

    /** The {@code format} parameter. */
    public enum Format {
        IDS,
        EXACT,
        CANONICAL;

        String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public StatementQuery {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (statementId != null && voidedStatementId != null) {
            throw new IllegalArgumentException(
                    "statementId and voidedStatementId exclude each other (xAPI 1.0.3 Communication §2.1.3.s2.b1)");
        }
        if ((statementId != null || voidedStatementId != null)
                && (agent != null
                        || verb != null
                        || activity != null
                        || registration != null
                        || relatedActivities
                        || relatedAgents
                        || since != null
                        || until != null
                        || limit != 0
                        || ascending)) {
            throw new IllegalArgumentException("with statementId or voidedStatementId only format and attachments may"
                    + " be given (xAPI 1.0.3 Communication §2.1.3.s2.b2)");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every statement the credentials may see, newest first, as many per page as the remote allows. */
    public static StatementQuery all() {
        return builder().build();
    }

    /** Whether the answer is one statement rather than a StatementResult. */
    public boolean single() {
        return statementId != null || voidedStatementId != null;
    }

    /**
     * The query string, without the leading {@code ?}: parameters in the order of the spec's table, values
     * percent-encoded as UTF-8 (xAPI 1.0.3 Communication §1.4), booleans as {@code true} (§2.1.3 note).
     */
    public String queryString() {
        List<String> params = new ArrayList<>();
        add(params, "statementId", statementId);
        add(params, "voidedStatementId", voidedStatementId);
        add(params, "agent", agent);
        add(params, "verb", verb);
        add(params, "activity", activity);
        add(params, "registration", registration);
        add(params, "related_activities", relatedActivities ? "true" : null);
        add(params, "related_agents", relatedAgents ? "true" : null);
        add(params, "since", since);
        add(params, "until", until);
        add(params, "limit", limit > 0 ? limit : null);
        add(params, "format", format == null ? null : format.value());
        add(params, "attachments", attachments ? "true" : null);
        add(params, "ascending", ascending ? "true" : null);
        return String.join("&", params);
    }

    private static void add(List<String> params, String name, Object value) {
        if (value != null) {
            params.add(name + "=" + encode(value.toString()));
        }
    }

    /** Percent-encoding; {@link URLEncoder} writes a space as {@code +}, which only form decoding reads as a space. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Collects the parameters; {@link #build()} checks their combination. */
    public static final class Builder {
        private UUID statementId;
        private UUID voidedStatementId;
        private JsonObject agent;
        private String verb;
        private String activity;
        private UUID registration;
        private boolean relatedActivities;
        private boolean relatedAgents;
        private Instant since;
        private Instant until;
        private int limit;
        private Format format;
        private boolean attachments;
        private boolean ascending;

        private Builder() {}

        public Builder statementId(UUID statementId) {
            this.statementId = statementId;
            return this;
        }

        public Builder voidedStatementId(UUID voidedStatementId) {
            this.voidedStatementId = voidedStatementId;
            return this;
        }

        public Builder agent(JsonObject agent) {
            this.agent = agent;
            return this;
        }

        public Builder verb(String verbId) {
            this.verb = verbId;
            return this;
        }

        public Builder activity(String activityId) {
            this.activity = activityId;
            return this;
        }

        public Builder registration(UUID registration) {
            this.registration = registration;
            return this;
        }

        public Builder relatedActivities(boolean relatedActivities) {
            this.relatedActivities = relatedActivities;
            return this;
        }

        public Builder relatedAgents(boolean relatedAgents) {
            this.relatedAgents = relatedAgents;
            return this;
        }

        /** Statements stored after this instant (exclusive). */
        public Builder since(Instant since) {
            this.since = since;
            return this;
        }

        /** Statements stored at or before this instant. */
        public Builder until(Instant until) {
            this.until = until;
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public Builder format(Format format) {
            this.format = format;
            return this;
        }

        /** Ask for attachment data (a multipart/mixed answer, xAPI 1.0.3 Communication §2.1.3.s2.b6). */
        public Builder attachments(boolean attachments) {
            this.attachments = attachments;
            return this;
        }

        public Builder ascending(boolean ascending) {
            this.ascending = ascending;
            return this;
        }

        public StatementQuery build() {
            return new StatementQuery(
                    statementId,
                    voidedStatementId,
                    agent,
                    verb,
                    activity,
                    registration,
                    relatedActivities,
                    relatedAgents,
                    since,
                    until,
                    limit,
                    format,
                    attachments,
                    ascending);
        }
    }
}
