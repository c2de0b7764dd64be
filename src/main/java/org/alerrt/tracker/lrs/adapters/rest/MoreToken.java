package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.alerrt.tracker.lrs.domain.StatementFormat;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.alerrt.tracker.platform.web.ApiException;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The opaque "more" token: the whole query (filters, related flags, format, attachments, order, limit) and the seq
 * of the last statement returned. New statements get higher seqs, so a descending walk never repeats or skips
 * because of later inserts.
 */
final class MoreToken {

    private MoreToken() {
    }

    static String encode(StatementQuery q) {
        JsonObjectBuilder b = CachedJson.objectBuilder().add("limit", q.limit()).add("asc", q.ascending())
                .add("cursor", q.cursor()).add("format", q.format().parameter())
                .add("relAgents", q.relatedAgents()).add("relActivities", q.relatedActivities())
                .add("attachments", q.attachments());
        if (q.agentIfi() != null) b.add("agent", q.agentIfi());
        if (q.verb() != null) b.add("verb", q.verb());
        if (q.activity() != null) b.add("activity", q.activity());
        if (q.registration() != null) b.add("registration", q.registration());
        if (q.since() != null) b.add("since", q.since().toString());
        if (q.until() != null) b.add("until", q.until().toString());
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(b.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    static StatementQuery decode(String token) {
        try (JsonReader r = CachedJson.reader(new StringReader(
                new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)))) {
            JsonObject o = r.readObject();
            return new StatementQuery(o.getString("agent", null), o.getString("verb", null),
                    o.getString("activity", null), o.getString("registration", null),
                    o.getBoolean("relAgents", false), o.getBoolean("relActivities", false),
                    o.containsKey("since") ? Instant.parse(o.getString("since")) : null,
                    o.containsKey("until") ? Instant.parse(o.getString("until")) : null,
                    o.getInt("limit"), o.getBoolean("asc"),
                    StatementFormat.parse(o.getString("format", "exact")).orElseThrow(),
                    o.getBoolean("attachments", false), o.getJsonNumber("cursor").longValue());
        } catch (RuntimeException e) {
            throw ApiException.badRequest("more", "not a 'more' token issued by this LRS");
        }
    }
}
