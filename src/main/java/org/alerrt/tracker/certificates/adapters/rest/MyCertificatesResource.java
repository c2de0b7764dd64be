package org.alerrt.tracker.certificates.adapters.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.alerrt.tracker.certificates.application.CertificateService;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.security.Roles;
import org.alerrt.tracker.platform.web.QueryParams;

/** The signed-in learner's own certificates (role learner, web.xml {@code /api/me/*}). */
@Path("me/certificates")
public class MyCertificatesResource {

    @Inject
    CertificateService certificates;

    @Context
    HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("beforeId") String beforeId, @QueryParam("limit") String limit) {
        int max = QueryParams.limit(limit, 100, 1000);
        return CertificateJson.page(
                certificates.list(learnerId(), QueryParams.positiveId(beforeId, "beforeId"), max),
                max,
                "/api/me/certificates/");
    }

    /** Someone else's code is answered exactly like an unknown one. */
    @GET
    @Path("{code}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("code") String code) {
        Certificate certificate =
                certificates.findOwn(learnerId(), code).orElseThrow(() -> Refusal.notFound("No such certificate"));
        return PdfResponse.of(certificates.pdf(certificate), certificate.code().value());
    }

    private long learnerId() {
        Caller caller = CurrentCaller.of(http)
                .filter(c -> c.hasRole(Roles.LEARNER))
                .orElseThrow(() ->
                        new Refusal(Refusal.Kind.FORBIDDEN, null, "Only a signed-in learner has own certificates"));
        return caller.id();
    }
}
