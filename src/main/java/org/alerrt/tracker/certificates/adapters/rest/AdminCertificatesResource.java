package org.alerrt.tracker.certificates.adapters.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.alerrt.tracker.certificates.application.CertificateService;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.BoundedBody;
import org.alerrt.tracker.platform.web.QueryParams;

/** Admin view of all certificates (role admin, web.xml {@code /api/*}). */
@Path("certificates")
public class AdminCertificatesResource {

    private static final long MAX_BODY_BYTES = 16 * 1024;

    @Inject
    CertificateService certificates;

    @Context
    HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(
            @QueryParam("learnerId") String learnerId,
            @QueryParam("beforeId") String beforeId,
            @QueryParam("limit") String limit) {
        int max = QueryParams.limit(limit, 100, 1000);
        return CertificateJson.page(
                certificates.list(
                        QueryParams.positiveId(learnerId, "learnerId"),
                        QueryParams.positiveId(beforeId, "beforeId"),
                        max),
                max,
                "/api/certificates/");
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public String get(@PathParam("code") String code) {
        Certificate c = found(code);
        return CertificateJson.full(c, "/api/certificates/" + c.code().value() + "/pdf")
                .toString();
    }

    @GET
    @Path("{code}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("code") String code) {
        Certificate certificate = found(code);
        return PdfResponse.of(certificates.pdf(certificate), certificate.code().value());
    }

    /** Body {@code {"reason": "..."}}; revoking a certificate that is not valid is a 409. */
    @POST
    @Path("{code}/revoke")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public String revoke(@PathParam("code") String code, InputStream body) {
        String reason = reason(body);
        String by = CurrentCaller.of(http).map(Caller::name).orElse("admin");
        try {
            Certificate c =
                    certificates.revoke(code, reason, by).orElseThrow(() -> Refusal.notFound("No such certificate"));
            return CertificateJson.full(c, "/api/certificates/" + c.code().value() + "/pdf")
                    .toString();
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("reason", e.getMessage());
        } catch (IllegalStateException e) {
            throw Refusal.conflict("status", e.getMessage());
        }
    }

    private Certificate found(String code) {
        return certificates.find(code).orElseThrow(() -> Refusal.notFound("No such certificate"));
    }

    private static String reason(InputStream body) {
        byte[] bytes = BoundedBody.read(body, MAX_BODY_BYTES);
        if (bytes.length == 0) {
            throw Refusal.invalid("reason", "A JSON body {\"reason\": \"...\"} is required");
        }
        JsonValue parsed;
        try (JsonReader reader = CachedJson.reader(new ByteArrayInputStream(bytes))) {
            parsed = reader.readValue();
        }
        if (!(parsed instanceof JsonObject o)
                || !(o.get("reason") instanceof JsonString s)
                || s.getString().isBlank()) {
            throw Refusal.invalid("reason", "reason is required: a non-empty JSON string");
        }
        if (s.getString().strip().length() > Certificate.MAX_REASON_LENGTH) {
            throw Refusal.invalid("reason", "reason is longer than " + Certificate.MAX_REASON_LENGTH + " characters");
        }
        return s.getString();
    }
}
