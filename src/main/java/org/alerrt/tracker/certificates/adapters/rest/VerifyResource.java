package org.alerrt.tracker.certificates.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.alerrt.tracker.certificates.application.VerificationService;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * Public certificate verification, no login (web.xml {@code /api/verify/*}). Unknown and malformed codes get the
 * same 404, so the answer never tells a guesser anything.
 */
@ApplicationScoped // one instance: a resource built per request costs more than the look-up (docs/PERFORMANCE.md)
@Path("verify")
public class VerifyResource {

    @Inject
    VerificationService verification;

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response verify(@PathParam("code") String code) {
        return verification
                .verify(code)
                .map(v -> Response.ok(CertificateJson.verified(v).toString())
                        .header("Cache-Control", "no-cache")
                        .build())
                .orElseThrow(() -> Refusal.notFound("No certificate has this verification code"));
    }
}
