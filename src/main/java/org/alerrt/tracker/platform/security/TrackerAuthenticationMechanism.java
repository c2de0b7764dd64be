package org.alerrt.tracker.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.alerrt.tracker.platform.web.CorsPolicy;

/**
 * One mechanism, three ways in:
 * <ul>
 * <li>{@code /xapi/*}: HTTP Basic with an LRS credential (xAPI Communication §4.0);</li>
 * <li>{@code /api/*}: HTTP Basic with a user account, for systems driving the admin API;</li>
 * <li>pages: a form sign-in ({@code /login}) kept in the HTTP session.</li>
 * </ul>
 * Which resources need which role is declared in web.xml.
 */
@ApplicationScoped
public class TrackerAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_CALLER = "tracker.caller";

    @Inject
    @Any
    Instance<CredentialVerifier> verifiers;

    @Inject
    CorsPolicy cors;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            return formSignIn(request, context);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/xapi/")) {
            if ("OPTIONS".equals(request.getMethod())) {
                return context.doNothing();
            }
            cors.applyTo(request, response); // browser content must be able to read a 401 too
            return basic(request, response, context, CredentialVerifier.Realm.LRS, "xAPI");
        }
        if (path.startsWith("/api/") && request.getHeader("Authorization") != null) {
            return basic(request, response, context, CredentialVerifier.Realm.USERS, "ALERRT Tracker API");
        }
        HttpSession session = request.getSession(false);
        Caller caller = session == null ? null : (Caller) session.getAttribute(SESSION_CALLER);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (path.startsWith("/api/")) {
            return unauthorized(response, "ALERRT Tracker API", "Authentication required");
        }
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + "/login?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    /** Called through SecurityContext.authenticate by the sign-in page. */
    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential up) {
            Optional<Caller> caller = verifier(CredentialVerifier.Realm.USERS)
                    .verify(up.getCaller(), up.getPasswordAsString());
            if (caller.isPresent()) {
                request.getSession(true);
                request.changeSessionId(); // session fixation defence
                request.getSession().setAttribute(SESSION_CALLER, caller.get());
                return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
            }
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, CredentialVerifier.Realm realm, String realmName) {
        String header = authorization(request, realm);
        if (header == null) {
            return context.isProtected() ? unauthorized(response, realmName, "Authentication required")
                    : context.doNothing();
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return unauthorized(response, realmName, "Only HTTP Basic authentication is supported");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response, realmName, "Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response, realmName, "Malformed Basic credentials");
        }
        Optional<Caller> caller = verifier(realm).verify(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (caller.isEmpty()) {
            return unauthorized(response, realmName, "Invalid credentials");
        }
        request.setAttribute(SESSION_CALLER, caller.get());
        return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
    }

    /**
     * The Authorization header, or for the xAPI's Alternate Request Syntax (Communication §1.3.s3.b6-b7: a POST
     * with a {@code method} query parameter) the Authorization form field, which wins over the header. This runs
     * before servlet filters, so it cannot wait for the filter that unwraps the rest of such a request.
     */
    private static String authorization(HttpServletRequest request, CredentialVerifier.Realm realm) {
        String query = request.getQueryString();
        if (realm == CredentialVerifier.Realm.LRS && "POST".equals(request.getMethod()) && query != null
                && (query.startsWith("method=") || query.contains("&method="))) {
            try {
                if (request.getCharacterEncoding() == null) {
                    request.setCharacterEncoding("UTF-8"); // §1.3.s3.b5, before the form is first parsed
                }
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
            String field = request.getParameter("Authorization");
            if (field != null) {
                return field;
            }
        }
        return request.getHeader("Authorization");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String realm, String message) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
            response.setHeader("X-Experience-API-Version", "1.0.3");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":{\"status\":401,\"message\":\"" + message + "\"}}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private CredentialVerifier verifier(CredentialVerifier.Realm realm) {
        for (CredentialVerifier v : verifiers) {
            if (v.realm() == realm) {
                return v;
            }
        }
        throw new IllegalStateException("No credential verifier for " + realm);
    }
}
