package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.lrs.domain.XapiTimestamps;
import org.alerrt.tracker.platform.web.ErrorBody;

/**
 * Communication §3.3: every request but About must carry a supported X-Experience-API-Version (else 400);
 * every response carries the version the request used, or {@link XapiDefaultVersion} when it named none.
 */
@Provider
@PreMatching
@ApplicationScoped
public class XapiVersionFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Experience-API-Version";
    static final String PROPERTY = "xapi.version";

    @Inject
    XapiDefaultVersion defaultVersion;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        Optional<XapiVersion> version = XapiVersion.parse(request.getHeaderString(HEADER));
        request.setProperty(PROPERTY, version.orElse(defaultVersion.get()));
        if (version.isEmpty()
                && !path.startsWith("about")
                && !path.startsWith("/about")
                && !"OPTIONS".equals(request.getMethod())) {
            request.abortWith(ErrorBody.response(400, unsupported(request.getHeaderString(HEADER)), HEADER, null));
        }
    }

    /** The 400's message for a request without a supported version header. */
    static String unsupported(String header) {
        return header == null
                ? HEADER + " header is required (xAPI Communication §3.3)"
                : HEADER + " '" + header + "' is not supported: use 1.0.x or 2.0.0 (xAPI Communication §3.3)";
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object version = request.getProperty(PROPERTY);
        response.getHeaders().putSingle(HEADER, (version instanceof XapiVersion v ? v : defaultVersion.get()).header());
        // Communication §2.1.3: "all responses to Statements Resource requests", errors included
        String path = request.getUriInfo().getPath();
        if ((path.startsWith("statements") || path.startsWith("/statements"))
                && !response.getHeaders().containsKey(StatementsResource.CONSISTENT_THROUGH)) {
            response.getHeaders()
                    .putSingle(StatementsResource.CONSISTENT_THROUGH, XapiTimestamps.format(Instant.now()));
        }
    }

    /**
     * Read through the servlet request: in a Servlet container the JAX-RS request properties are its attributes
     * (ContainerRequestContext#getProperty), and the resources are singletons that cannot hold a request context.
     * The filter sets it on every request, the default version when the request named none.
     */
    static XapiVersion of(HttpServletRequest request) {
        return (XapiVersion) request.getAttribute(PROPERTY);
    }
}
