package org.alerrt.tracker.platform.web;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Pattern;
import org.alerrt.tracker.platform.audit.AuditEntry;
import org.alerrt.tracker.platform.audit.AuditTrail;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * Admin API of the audit log ({@code /api/audit}, admins only per web.xml), read only. With {@code subject} and
 * {@code id}: that subject's whole history, oldest first. Without: the most recent entries of every subject, newest
 * first, paged by {@code beforeId} (the {@code nextBeforeId} of the previous page, given when a page is full).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** The form of every subject type the contexts record ({@code completion}, {@code training_class}, …). */
    private static final Pattern SUBJECT_TYPE = Pattern.compile("[a-z_]{1,40}");

    @Inject
    AuditTrail audit;

    @GET
    public String read(
            @QueryParam("subject") String subject,
            @QueryParam("id") String id,
            @QueryParam("beforeId") String beforeId,
            @QueryParam("limit") String limit) {
        boolean hasSubject = subject != null && !subject.isEmpty();
        if (!hasSubject && present(id)) {
            throw Refusal.invalid(
                    "subject", "subject is required with id: the type of what id names," + " e.g. certificate");
        }
        return hasSubject ? history(subject, id, beforeId, limit) : recent(beforeId, limit);
    }

    private String history(String subject, String id, String beforeId, String limit) {
        if (!SUBJECT_TYPE.matcher(subject).matches()) {
            throw Refusal.invalid(
                    "subject", "subject must be 1 to 40 lower-case letters or underscores," + " e.g. certificate");
        }
        long subjectId = QueryParams.requiredId(id, "id");
        refuseWithSubject("beforeId", beforeId);
        refuseWithSubject("limit", limit);
        JsonArrayBuilder entries = CachedJson.arrayBuilder();
        audit.of(subject, subjectId).forEach(e -> entries.add(entry(e)));
        return CachedJson.objectBuilder()
                .add("subject", subject)
                .add("id", subjectId)
                .add("entries", entries)
                .build()
                .toString();
    }

    private String recent(String beforeId, String limit) {
        int max = QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        Long before = QueryParams.positiveId(beforeId, "beforeId");
        List<AuditEntry> page = audit.recent(before == null ? Long.MAX_VALUE : before, max);
        JsonArrayBuilder entries = CachedJson.arrayBuilder();
        page.forEach(e -> entries.add(entry(e).add("subject", e.subjectType()).add("subjectId", e.subjectId())));
        JsonObjectBuilder body = CachedJson.objectBuilder().add("entries", entries);
        if (page.size() == max) {
            body.add("nextBeforeId", page.get(page.size() - 1).id());
        }
        return body.build().toString();
    }

    /** A subject's history comes whole: paging parameters there are a mistake, not something to ignore. */
    private static void refuseWithSubject(String name, String value) {
        if (present(value)) {
            throw Refusal.invalid(
                    name, name + " pages the recent list (no subject); a subject's history" + " comes whole");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** One audit entry as every admin API shows it (reporting's entry history too). */
    public static JsonObjectBuilder entry(AuditEntry e) {
        JsonObjectBuilder o = CachedJson.objectBuilder()
                .add("id", e.id())
                .add("at", e.at().toString())
                .add("actor", e.actor())
                .add("action", e.action());
        if (e.reason() != null) {
            o.add("reason", e.reason());
        }
        if (e.detail() != null) {
            o.add("detail", e.detail());
        }
        return o;
    }
}
