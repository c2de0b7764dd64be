package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.alerrt.tracker.lrs.domain.security.XapiAccessRule;
import org.alerrt.tracker.lrs.domain.security.XapiScope;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.ErrorBody;

/**
 * Enforces the credential's xAPI scopes (Communication §4.0.s3.b2, §4.2) before any resource runs: 403 naming the
 * missing scope, or, for {@code statements/read/mine}, a request property that resources apply to their reads.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class XapiScopeFilter implements ContainerRequestFilter {

    static final String OWN_STATEMENTS_ONLY = "xapi.restrictToCredential";

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        var caller = CurrentCaller.of(http);
        if (caller.isEmpty()) {
            return; // only About and preflights get here unauthenticated (web.xml); the rule lets those through
        }
        XapiAccessRule.Decision decision = XapiAccessRule.decide(
                XapiScope.lenient(caller.get().scopes()),
                request.getMethod(),
                request.getUriInfo().getPath());
        if (!decision.allowed()) {
            request.abortWith(ErrorBody.response(
                    403,
                    lacking(
                            caller.get(),
                            decision,
                            request.getMethod(),
                            request.getUriInfo().getPath()),
                    "scope",
                    decision.missingScope()));
        } else if (decision.ownStatementsOnly()) {
            request.setProperty(OWN_STATEMENTS_ONLY, caller.get().id());
        }
    }

    /** The 403's message for a credential without the scope a request needs. */
    static String lacking(Caller caller, XapiAccessRule.Decision decision, String method, String path) {
        return "The credential '" + caller.name() + "' lacks the scope '" + decision.missingScope() + "' needed for "
                + method + " /" + path + " (xAPI Communication §4.2)";
    }

    /** The credential id reads must be limited to (scope statements/read/mine), or null for no limit. */
    static Long ownStatementsOnly(HttpServletRequest request) {
        return request.getAttribute(OWN_STATEMENTS_ONLY) instanceof Long id ? id : null; // see XapiVersionFilter#of
    }
}
