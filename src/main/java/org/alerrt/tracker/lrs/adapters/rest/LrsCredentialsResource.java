package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.alerrt.tracker.lrs.application.LrsCredentialService;
import org.alerrt.tracker.lrs.domain.LrsCredential;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.web.BoundedBody;
import org.alerrt.tracker.platform.web.JsonBody;

/**
 * Admin API for LRS credentials ({@code /api/lrs/credentials}, admins only per web.xml): issue one (the secret is
 * in that response only), list them (never a secret or hash), revoke one. xAPI Communication §4.1.s2.b1-b2: the
 * LRS records the client's name and a unique key and provides the means to register it.
 */
@Path("lrs/credentials")
@Produces(MediaType.APPLICATION_JSON)
public class LrsCredentialsResource {

    private static final long MAX_BODY = 64 * 1024;

    @Inject
    LrsCredentialService credentials;

    /** Body: {"name": "...", "scopes": ["statements/write", ...], "key": optional}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body, @jakarta.ws.rs.core.Context UriInfo uri) {
        JsonObject in = JsonBody.object(BoundedBody.read(body, MAX_BODY));
        String name = JsonBody.optionalString(in, "name");
        if (name == null || name.isBlank()) {
            throw Refusal.invalid("name", "name is required");
        }
        List<String> scopes = scopes(in);
        LrsCredentialService.Created issued;
        try {
            issued = credentials.issueCredential(name.trim(), scopes, JsonBody.optionalString(in, "key"));
        } catch (LrsCredentialService.DuplicateKeyException e) {
            throw Refusal.conflict("key", e.getMessage());
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            throw Refusal.invalid(msg.contains(":") ? msg.substring(0, msg.indexOf(':')) : null, msg);
        }
        JsonObject out =
                json(issued.credential()).add("secret", issued.secret()).build();
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(issued.credential().apiKey())
                        .build())
                .entity(out.toString())
                .build();
    }

    @GET
    public String list() {
        JsonArrayBuilder all = CachedJson.arrayBuilder();
        credentials.list().forEach(c -> all.add(json(c)));
        return all.build().toString();
    }

    @GET
    @Path("{key}")
    public String one(@PathParam("key") String key) {
        return json(credentials.findByKey(key).orElseThrow(() -> Refusal.notFound("no LRS credential " + key)))
                .build()
                .toString();
    }

    /** Idempotent: revoking a revoked credential answers the same. The credential is refused from its next request. */
    @POST
    @Path("{key}/revoke")
    public String revoke(@PathParam("key") String key) {
        return json(credentials.revokeCredential(key).orElseThrow(() -> Refusal.notFound("no LRS credential " + key)))
                .build()
                .toString();
    }

    static JsonObjectBuilder json(LrsCredential c) {
        JsonArrayBuilder scopes = CachedJson.arrayBuilder();
        c.scopes().stream().sorted().forEach(scopes::add);
        return CachedJson.objectBuilder()
                .add("key", c.apiKey())
                .add("name", c.name())
                .add("scopes", scopes)
                .add("revoked", c.revoked())
                .add("createdAt", c.createdAt().toInstant().toString());
    }

    /** An array of scope names, or one space-separated string as in OAuth 2.0 (RFC 6749 §3.3); absent = default. */
    private static List<String> scopes(JsonObject o) {
        JsonValue v = o.get("scopes");
        List<String> scopes = new ArrayList<>();
        if (v == null || v == JsonValue.NULL) {
            return scopes;
        }
        if (v instanceof JsonString s) {
            for (String part : s.getString().trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    scopes.add(part);
                }
            }
            return scopes;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw Refusal.invalid("scopes", "scopes must be an array of xAPI scope names");
        }
        for (JsonValue item : v.asJsonArray()) {
            if (!(item instanceof JsonString s)) {
                throw Refusal.invalid("scopes", "scopes must be an array of xAPI scope names");
            }
            scopes.add(s.getString());
        }
        return scopes;
    }
}
