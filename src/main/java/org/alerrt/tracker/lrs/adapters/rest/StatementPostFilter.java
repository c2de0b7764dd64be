package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.lrs.application.StatementService;
import org.alerrt.tracker.lrs.domain.XapiTimestamps;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentUpload;
import org.alerrt.tracker.lrs.domain.security.XapiAccessRule;
import org.alerrt.tracker.lrs.domain.security.XapiScope;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.ErrorMappers;

/**
 * {@code POST /xapi/statements} with a JSON body (Communication §2.1.2), answered without Jersey: the request that
 * content sends once per learner action, where Jersey's handling around the resource cost the server more CPU than
 * storing the statement (docs/PERFORMANCE.md). The same steps as on the JAX-RS path, through the same code: the
 * version header ({@link XapiVersionFilter}), the credential's scope ({@link XapiScopeFilter}), the body and the
 * answer ({@link StatementsResource}), the errors ({@link ErrorMappers}). Every other request, multipart bodies, other
 * content types, query parameters and the alternate request syntax included, goes on to {@link StatementsResource}.
 * Mapped in web.xml after the other xAPI filters, so CORS and path normalisation apply as before.
 */
public class StatementPostFilter extends HttpFilter {

    private static final String PATH = "statements";

    @Inject
    StatementService statements;

    @Inject
    ServerSettings server;

    @Inject
    XapiDefaultVersion defaultVersion;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Caller> caller = handles(request) ? CurrentCaller.of(request) : Optional.empty();
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // as JAX-RS reads a header (HttpHeaders#getHeaderString): repeated values joined, so two versions are refused
        List<String> sent = Collections.list(request.getHeaders(XapiVersionFilter.HEADER));
        String header = sent.isEmpty() ? null : String.join(",", sent);
        Optional<XapiVersion> version = XapiVersion.parse(header);
        String body;
        int status;
        try {
            if (version.isEmpty()) {
                throw Refusal.invalid(XapiVersionFilter.HEADER, XapiVersionFilter.unsupported(header));
            }
            XapiAccessRule.Decision decision =
                    XapiAccessRule.decide(XapiScope.lenient(caller.get().scopes()), "POST", PATH);
            if (!decision.allowed()) {
                throw new Refusal(
                        Refusal.Kind.FORBIDDEN,
                        "scope",
                        XapiScopeFilter.lacking(caller.get(), decision, "POST", PATH),
                        decision.missingScope());
            }
            List<String> ids = statements.store(
                    StatementsResource.statementsOf(
                            StatementsResource.parse(request.getInputStream(), server.maxBodyBytes())),
                    caller.get(),
                    version.get(),
                    AttachmentUpload.json());
            body = StatementsResource.idsJson(ids);
            status = HttpServletResponse.SC_OK;
        } catch (RuntimeException e) {
            Response error = e instanceof Refusal refusal
                    ? new ErrorMappers.Refused().toResponse(refusal)
                    : new ErrorMappers.Unexpected().toResponse(e);
            body = (String) error.getEntity();
            status = error.getStatus();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        // Communication §3.3 and §2.1.3: on every answer of the Statements Resource, errors included
        response.setHeader(
                XapiVersionFilter.HEADER, version.orElse(defaultVersion.get()).header());
        response.setHeader(StatementsResource.CONSISTENT_THROUGH, XapiTimestamps.format(Instant.now()));
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * A POST of plain JSON (or of no declared type, as the resource accepts) to the resource itself, within the body
     * limit: a larger declared body goes on to {@code RequestSizeLimitFilter}'s 413 before it is uploaded.
     */
    private boolean handles(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())
                || request.getQueryString() != null
                || request.getContentLengthLong() > server.maxBodyBytes()) {
            return false;
        }
        String type = request.getContentType();
        if (type == null) {
            return true;
        }
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip().equalsIgnoreCase("application/json");
    }
}
