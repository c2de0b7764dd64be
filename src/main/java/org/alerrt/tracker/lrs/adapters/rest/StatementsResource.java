package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alerrt.tracker.lrs.adapters.rest.multipart.MultipartStatementRequest;
import org.alerrt.tracker.lrs.adapters.rest.multipart.MultipartStatementResponse;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.application.AttachmentService;
import org.alerrt.tracker.lrs.application.StatementService;
import org.alerrt.tracker.lrs.application.TokenSigners;
import org.alerrt.tracker.lrs.domain.LanguagePreference;
import org.alerrt.tracker.lrs.domain.StatementFormat;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.alerrt.tracker.lrs.domain.XapiTimestamps;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentUpload;
import org.alerrt.tracker.lrs.domain.validation.ActorValidator;
import org.alerrt.tracker.lrs.domain.validation.Formats;
import org.alerrt.tracker.lrs.domain.validation.Lengths;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.BoundedBody;
import org.alerrt.tracker.platform.web.JsonBody;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Statement Resource (xAPI Communication §2.1): store one or many statements, get one by id, or query.
 * Parses and checks the request, then hands off to {@link StatementService}.
 */
@ApplicationScoped // one instance: building a resource per request was a measurable cost (docs/PERFORMANCE.md)
@Path("statements")
public class StatementsResource {

    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
    private static final Set<String> QUERY_PARAMETERS = Set.of(
            "statementId",
            "voidedStatementId",
            "agent",
            "verb",
            "activity",
            "registration",
            "related_activities",
            "related_agents",
            "since",
            "until",
            "limit",
            "format",
            "attachments",
            "ascending",
            "more");

    @Inject
    StatementService statements;

    @Inject
    AttachmentService attachments;

    @Inject
    TokenSigners signers;

    @Inject
    ServerSettings server;

    @Inject
    @ConfigProperty(name = "tracker.xapi.max-limit", defaultValue = "500")
    int maxLimit;

    @Context
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** §2.1.2 POST: one statement or an array; answers the ids in order. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(InputStream body) {
        Incoming in = incoming(body);
        List<String> ids =
                statements.store(statementsOf(in.statements()), caller(), XapiVersionFilter.of(http), in.upload());
        return Response.ok(idsJson(ids)).build();
    }

    /** §2.1.2 POST: the body's statements, one object or a non-empty array of objects. */
    static List<JsonObject> statementsOf(JsonStructure parsed) {
        List<JsonObject> batch = new ArrayList<>();
        if (parsed.getValueType() == JsonValue.ValueType.ARRAY) {
            var array = parsed.asJsonArray();
            if (array.isEmpty()) {
                throw new XapiValidationException("statement", "an empty array holds no statement to store");
            }
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new XapiValidationException("statement[" + i + "]", "must be a JSON object (xAPI Data §2.2)");
                }
                batch.add(array.getJsonObject(i));
            }
        } else {
            batch.add(parsed.asJsonObject());
        }
        return batch;
    }

    /** §2.1.2 POST: the answer, the statements' ids in request order. */
    static String idsJson(List<String> ids) {
        JsonArrayBuilder out = CachedJson.arrayBuilder();
        ids.forEach(out::add);
        return out.build().toString();
    }

    /** §2.1.1 PUT: one statement under the id given as a parameter; 204 on success. */
    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(@QueryParam("statementId") String statementId, InputStream body) {
        if (statementId == null || statementId.isBlank()) {
            throw new XapiValidationException(
                    "statementId", "the statementId parameter is required (xAPI Communication §2.1.1)");
        }
        if (!Formats.isUuid(statementId)) {
            throw new XapiValidationException("statementId", "must be a UUID (xAPI Communication §2.1.1)");
        }
        Incoming in = incoming(body);
        JsonStructure parsed = in.statements();
        if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new XapiValidationException(
                    "statement", "PUT takes exactly one statement object (xAPI Communication §2.1.1)");
        }
        JsonObject statement = parsed.asJsonObject();
        if (statement.containsKey("id")) {
            JsonValue id = statement.get("id");
            if (id.getValueType() != JsonValue.ValueType.STRING
                    || !statement.getString("id").equalsIgnoreCase(statementId)) {
                throw new XapiValidationException(
                        "statement.id", "differs from the statementId parameter (xAPI Communication §2.1.1)");
            }
        } else {
            statement = CachedJson.objectBuilder(statement)
                    .add("id", statementId.toLowerCase())
                    .build();
        }
        statements.store(List.of(statement), caller(), XapiVersionFilter.of(http), in.upload());
        return Response.noContent().build();
    }

    /**
     * §2.1.3 GET: one statement by id, or a StatementResult page with a "more" link. HEAD is served by the same
     * method without a body (Communication §1.1; JAX-RS does this for every @GET).
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "multipart/mixed"})
    public Response get() {
        var params = uri.getQueryParameters();
        XapiParameters.onlyKnown(params, QUERY_PARAMETERS, "Statement Resource", "§2.1.3");
        attachmentsRequested(); // a bad value is refused before any lookup
        String consistentThrough = XapiTimestamps.format(statements.consistentThrough());
        LanguagePreference languages = LanguagePreference.parse(headers.getHeaderString("Accept-Language"));
        String statementId = params.getFirst("statementId");
        String voidedId = params.getFirst("voidedStatementId");
        if (statementId != null || voidedId != null) {
            return single(statementId, voidedId, params, consistentThrough, languages);
        }
        String more = params.getFirst("more");
        StatementQuery query = (more != null ? MoreToken.decode(more, signers.paging(), maxLimit) : query(params))
                .restrictedTo(XapiScopeFilter.ownStatementsOnly(http));
        var page = statements.query(query);
        JsonArrayBuilder list = CachedJson.arrayBuilder();
        statements.render(page.statements(), query.format(), languages).forEach(list::add);
        String moreLink = page.more()
                ? http.getContextPath() + "/xapi/statements?more="
                        + MoreToken.encode(query.after(page.lastSeq()), signers.paging())
                : "";
        JsonObject result = CachedJson.objectBuilder()
                .add("statements", list)
                .add("more", moreLink)
                .build();
        Response.ResponseBuilder ok = respond(result.toString(), page.statements(), query.attachments())
                .header(CONSISTENT_THROUGH, consistentThrough);
        if (page.newestStored() != null) {
            ok.header("Last-Modified", XapiTimestamps.httpDate(page.newestStored()));
        }
        return ok.build();
    }

    private Response single(
            String statementId,
            String voidedId,
            MultivaluedMap<String, String> params,
            String consistentThrough,
            LanguagePreference languages) {
        if (statementId != null && voidedId != null) {
            throw new XapiValidationException(
                    "statementId",
                    "statementId and voidedStatementId cannot be used together (xAPI Communication §2.1.3)");
        }
        for (String name : params.keySet()) {
            if (!Set.of("statementId", "voidedStatementId", "format", "attachments")
                    .contains(name)) {
                throw new XapiValidationException(
                        name, "cannot be combined with statementId or voidedStatementId (xAPI Communication §2.1.3)");
            }
        }
        StatementFormat format = format(params);
        String id = statementId != null ? statementId : voidedId;
        String property = statementId != null ? "statementId" : "voidedStatementId";
        if (!Formats.isUuid(id)) {
            throw new XapiValidationException(property, "must be a UUID (xAPI Communication §2.1.3)");
        }
        // §2.1.4: a voided statement only by voidedStatementId, any other only by statementId
        var found = statements
                .find(id, XapiScopeFilter.ownStatementsOnly(http))
                .filter(f -> f.voided() == (voidedId != null))
                .orElseThrow(() -> new Refusal(
                        Refusal.Kind.NOT_FOUND,
                        property,
                        "no " + (voidedId != null ? "voided " : "") + "statement with id " + id));
        JsonObject document =
                statements.render(List.of(found.document()), format, languages).get(0);
        Instant stored =
                Formats.parseTimestamp(found.document().getString("stored")).toInstant();
        return respond(document.toString(), List.of(found.document()), attachmentsRequested())
                .header(CONSISTENT_THROUGH, consistentThrough)
                .header("Last-Modified", XapiTimestamps.httpDate(stored))
                .build();
    }

    private StatementQuery query(MultivaluedMap<String, String> params) {
        String agent = null;
        if (params.getFirst("agent") != null) {
            agent = agentParameter(params.getFirst("agent"), "agent", "§2.1.3");
        }
        String verb = params.getFirst("verb");
        if (verb != null) {
            if (!Formats.isIri(verb)) {
                throw new XapiValidationException("verb", "must be an IRI (xAPI Communication §2.1.3)");
            }
            Lengths.indexed(verb, Lengths.VERB_ID, "verb"); // no stored verb is longer: a 400 says why
        }
        String activity = params.getFirst("activity");
        if (activity != null) {
            if (!Formats.isIri(activity)) {
                throw new XapiValidationException("activity", "must be an IRI (xAPI Communication §2.1.3)");
            }
            Lengths.indexed(activity, Lengths.ACTIVITY_ID, "activity");
        }
        String registration = params.getFirst("registration");
        if (registration != null) {
            if (!Formats.isUuid(registration)) {
                throw new XapiValidationException("registration", "must be a UUID (xAPI Communication §2.1.3)");
            }
            registration = registration.toLowerCase();
        }
        int limit = maxLimit;
        if (params.getFirst("limit") != null) {
            try {
                limit = Integer.parseInt(params.getFirst("limit"));
            } catch (NumberFormatException e) {
                throw new XapiValidationException(
                        "limit", "must be a non-negative integer (xAPI Communication §2.1.3)");
            }
            if (limit < 0) {
                throw new XapiValidationException(
                        "limit", "must be a non-negative integer (xAPI Communication §2.1.3)");
            }
            // §2.1.3: 0 means "the server maximum"
            limit = limit == 0 ? maxLimit : Math.min(limit, maxLimit);
        }
        return new StatementQuery(
                agent,
                verb,
                activity,
                registration,
                bool(params, "related_agents"),
                bool(params, "related_activities"),
                instant(params, "since"),
                instant(params, "until"),
                limit,
                bool(params, "ascending"),
                format(params),
                bool(params, "attachments"),
                null,
                null);
    }

    /** An Agent or identified Group as JSON, reduced to its IFI (Communication §2.1.3, §2.4). */
    static String agentParameter(String json, String name, String section) {
        JsonValue value;
        try (JsonReader r = CachedJson.reader(new StringReader(json))) {
            value = r.readValue();
        } catch (RuntimeException e) {
            throw new XapiValidationException(
                    name, "must be an Agent or identified Group as JSON (xAPI Communication " + section + ")");
        }
        ActorValidator.actor(value, name);
        return ActorIdentity.of(value.asJsonObject())
                .orElseThrow(() -> new XapiValidationException(
                        name, "must carry an inverse functional identifier (xAPI Communication " + section + ")"))
                .value();
    }

    /** §2.1.3 Note: Boolean parameters are "true" or "false" as in JSON; absent means false. */
    private static boolean bool(MultivaluedMap<String, String> params, String name) {
        String value = params.getFirst(name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new XapiValidationException(name, "must be true or false (xAPI Communication §2.1.3)");
        }
        return value.equals("true");
    }

    private static StatementFormat format(MultivaluedMap<String, String> params) {
        return StatementFormat.parse(params.getFirst("format"))
                .orElseThrow(() -> new XapiValidationException(
                        "format", "must be ids, exact or canonical (xAPI Communication §2.1.3)"));
    }

    private static Instant instant(MultivaluedMap<String, String> params, String name) {
        String value = params.getFirst(name);
        if (value == null) {
            return null;
        }
        var parsed = Formats.parseTimestamp(value);
        if (parsed == null) {
            throw new XapiValidationException(name, "must be an ISO 8601 timestamp (xAPI Communication §2.1.3)");
        }
        return parsed.toInstant();
    }

    /** The statements of a PUT/POST body and the attachment data sent with them (Communication §1.5). */
    private record Incoming(JsonStructure statements, AttachmentUpload upload) {}

    private Incoming incoming(InputStream body) {
        if (MultipartStatementRequest.isMultipartMixed(headers.getMediaType())) {
            var multipart = MultipartStatementRequest.parse(
                    headers.getHeaderString(HttpHeaders.CONTENT_TYPE), BoundedBody.read(body, server.maxBodyBytes()));
            return new Incoming(multipart.statements(), multipart.upload());
        }
        requireJson();
        return new Incoming(parse(body, server.maxBodyBytes()), AttachmentUpload.json());
    }

    /** §2.1.3.s2.b6/b7: multipart/mixed with the attachment data when attachments=true, else plain JSON. */
    /** Communication §2.1.3 attachments: JSON, or multipart/mixed with one part per attachment returned. */
    private Response.ResponseBuilder respond(String json, List<JsonObject> returned, boolean withAttachments) {
        if (!withAttachments) {
            return Response.ok(json).type(MediaType.APPLICATION_JSON_TYPE);
        }
        var parts = attachments.attachmentsOf(returned).stream()
                .map(a -> new MultipartStatementResponse.PartInfo(a.sha2(), a.contentType(), a.length()))
                .toList();
        return MultipartStatementResponse.of(json, parts, attachments::content);
    }

    private boolean attachmentsRequested() {
        String flag = uri.getQueryParameters().getFirst("attachments");
        if (flag != null && !flag.equals("true") && !flag.equals("false")) {
            throw new XapiValidationException("attachments", "must be true or false (xAPI Communication §2.1.3)");
        }
        return "true".equals(flag);
    }

    /** A JSON body up to {@code maxBytes}: 413 beyond it, 400 when empty or malformed. */
    static JsonStructure parse(InputStream body, long maxBytes) {
        byte[] bytes = BoundedBody.read(body, maxBytes);
        if (bytes.length == 0) {
            throw new XapiValidationException("statement", "the request body is empty");
        }
        return JsonBody.structure(bytes, "Malformed JSON");
    }

    private void requireJson() {
        MediaType type = headers.getMediaType();
        if (type != null
                && !(type.getType().equals("application") && type.getSubtype().equals("json"))) {
            throw new Refusal(
                    Refusal.Kind.INVALID, "Content-Type", "statements must be sent as application/json, not " + type);
        }
    }

    private Caller caller() {
        return CurrentCaller.of(http)
                .orElseThrow(() -> new Refusal(Refusal.Kind.UNAUTHENTICATED, null, "Authentication required"));
    }
}
