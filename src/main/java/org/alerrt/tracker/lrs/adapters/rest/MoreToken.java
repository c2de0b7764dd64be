package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import org.alerrt.tracker.lrs.domain.StatementFormat;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.alerrt.tracker.lrs.domain.TokenSigner;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The opaque "more" token: the whole query (filters, related flags, format, attachments, order, limit) and the seq
 * of the last statement returned. New statements get higher seqs, so a descending walk never repeats or skips
 * because of later inserts. Signed ({@link TokenSigner}): the query inside was checked when the first page was
 * asked for, so a token must come back exactly as issued; anything else (tokens of another LRS, or the unsigned
 * ones issued before signing) is a 400 naming {@code more}.
 */
final class MoreToken {

    private MoreToken() {}

    static String encode(StatementQuery q, TokenSigner signer) {
        JsonObjectBuilder b = CachedJson.objectBuilder()
                .add("limit", q.limit())
                .add("asc", q.ascending())
                .add("cursor", q.cursor())
                .add("format", q.format().parameter())
                .add("relAgents", q.relatedAgents())
                .add("relActivities", q.relatedActivities())
                .add("attachments", q.attachments());
        if (q.agentIfi() != null) b.add("agent", q.agentIfi());
        if (q.verb() != null) b.add("verb", q.verb());
        if (q.activity() != null) b.add("activity", q.activity());
        if (q.registration() != null) b.add("registration", q.registration());
        if (q.since() != null) b.add("since", q.since().toString());
        if (q.until() != null) b.add("until", q.until().toString());
        return signer.sign(b.build().toString());
    }

    /**
     * @param maxLimit {@code tracker.xapi.max-limit}: a token's limit is clamped to it even though the LRS signed it
     *                 (the setting may have been lowered since)
     */
    static StatementQuery decode(String token, TokenSigner signer, int maxLimit) {
        String payload = signer.verify(token).orElseThrow(MoreToken::notOurs);
        try (JsonReader r = CachedJson.reader(new StringReader(payload))) {
            JsonObject o = r.readObject();
            int limit = o.getInt("limit");
            return new StatementQuery(
                    o.getString("agent", null),
                    o.getString("verb", null),
                    o.getString("activity", null),
                    o.getString("registration", null),
                    o.getBoolean("relAgents", false),
                    o.getBoolean("relActivities", false),
                    o.containsKey("since") ? Instant.parse(o.getString("since")) : null,
                    o.containsKey("until") ? Instant.parse(o.getString("until")) : null,
                    limit <= 0 ? maxLimit : Math.min(limit, maxLimit),
                    o.getBoolean("asc"),
                    StatementFormat.parse(o.getString("format", "exact")).orElseThrow(),
                    o.getBoolean("attachments", false),
                    o.getJsonNumber("cursor").longValue(),
                    null);
        } catch (RuntimeException e) {
            throw notOurs();
        }
    }

    private static Refusal notOurs() {
        return new XapiValidationException(
                "more",
                "not a 'more' token issued by this LRS; start again from the first"
                        + " page (xAPI Communication §2.1.3)");
    }
}
