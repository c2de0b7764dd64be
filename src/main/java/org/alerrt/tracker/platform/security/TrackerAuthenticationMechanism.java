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
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.alerrt.tracker.platform.cluster.SignedOutSessions;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.web.ContentOrigin;
import org.alerrt.tracker.platform.web.ContentOriginFilter;
import org.alerrt.tracker.platform.web.CorsPolicy;
import org.alerrt.tracker.platform.web.DateHeaderFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One mechanism, three ways in:
 * <ul>
 * <li>{@code /xapi/*}: HTTP Basic with an LRS credential (xAPI Communication §4.0);</li>
 * <li>{@code /api/*}: HTTP Basic with a user account, for systems driving the admin API;</li>
 * <li>pages: a form sign-in ({@code /login}) kept in the HTTP session.</li>
 * </ul>
 * Which resources need which role is declared in web.xml. Every check goes through {@link SignInService}, which
 * throttles failures per name and per client address: a locked attempt is answered 429 with {@code Retry-After}
 * (Basic) or with a message on the sign-in page (form), without checking the secret.
 */
@ApplicationScoped
public class TrackerAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_CALLER = "tracker.caller";
    /** Request attribute set when a form sign-in was refused by the throttle: the seconds until it may be tried. */
    public static final String SIGN_IN_RETRY_AFTER = "tracker.signIn.retryAfter";

    private static final String XAPI_REALM = "xAPI";

    @Inject
    @Any
    Instance<CredentialVerifier> verifiers;

    @Inject
    CorsPolicy cors;

    @Inject
    SignInService signIn;

    @Inject
    SignedOutSessions signedOutSessions;

    /** Comma-separated exact IP addresses of reverse proxies whose X-Forwarded-For is believed; none by default. */
    @Inject
    @ConfigProperty(name = "tracker.security.trusted-proxies")
    Optional<String> trustedProxies;

    private ClientAddress clientAddress;

    @jakarta.annotation.PostConstruct
    void init() {
        clientAddress = new ClientAddress(trustedProxies.orElse(""));
    }

    @Inject
    ContentOrigin contentOrigin;

    @Inject
    ServerSettings server;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (contentOrigin.isContentRequest(request.getHeader("Host"), request.getLocalPort())) {
            // course content runs there: nothing is ever authenticated from its cookies or headers
            if (ContentOriginFilter.CONTENT_PATH.equals(request.getServletPath())) {
                return context.doNothing();
            }
            DateHeaderFilter.stamp(response);
            return context.responseNotFound();
        }
        if (context.isAuthenticationRequest()) {
            return formSignIn(request, context);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/xapi/")) {
            if ("OPTIONS".equals(request.getMethod())) {
                return context.doNothing();
            }
            cors.applyTo(request, response); // browser content must be able to read a 401 too
            return basic(request, response, context, CredentialVerifier.Realm.LRS, XAPI_REALM);
        }
        if (path.startsWith("/api/") && request.getHeader("Authorization") != null) {
            return basic(request, response, context, CredentialVerifier.Realm.USERS, "ALERRT Tracker API");
        }
        HttpSession session = request.getSession(false);
        Caller caller = session == null ? null : (Caller) session.getAttribute(SESSION_CALLER);
        if (caller != null && signedOutSessions.isSignedOut(session.getId())) {
            session.invalidate(); // another instance's stale copy of a session signed out elsewhere
            caller = null;
        }
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (path.startsWith("/api/")) {
            return unauthorized(request, response, "ALERRT Tracker API", false, "Authentication required");
        }
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        DateHeaderFilter.stamp(response);
        return context.redirect(
                request.getContextPath() + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    /** Called through SecurityContext.authenticate by the sign-in page. */
    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential up) {
            SignInService.Outcome outcome = signIn.signIn(
                    verifier(CredentialVerifier.Realm.USERS),
                    up.getCaller(),
                    up.getPasswordAsString(),
                    address(request));
            if (outcome.locked()) {
                request.setAttribute(SIGN_IN_RETRY_AFTER, outcome.retryAfterSeconds());
            }
            Optional<Caller> caller = outcome.caller();
            if (caller.isPresent()) {
                request.getSession(true);
                request.changeSessionId(); // session fixation defence
                request.getSession().setAttribute(SESSION_CALLER, caller.get());
                return context.notifyContainerAboutLogin(
                        caller.get().name(), caller.get().groups());
            }
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus basic(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            CredentialVerifier.Realm realm,
            String realmName) {
        String header = authorization(request, realm);
        if (header == null) {
            return context.isProtected()
                    ? unauthorized(request, response, realmName, false, "Authentication required")
                    : context.doNothing();
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return unauthorized(request, response, realmName, true, "Only HTTP Basic authentication is supported");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(request, response, realmName, true, "Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(request, response, realmName, true, "Malformed Basic credentials");
        }
        SignInService.Outcome outcome = signIn.signIn(
                verifier(realm), decoded.substring(0, colon), decoded.substring(colon + 1), address(request));
        if (outcome.locked()) {
            return tooManyFailures(response, realmName, outcome);
        }
        Optional<Caller> caller = outcome.caller();
        if (caller.isEmpty()) {
            return unauthorized(request, response, realmName, true, "Invalid credentials");
        }
        request.setAttribute(SESSION_CALLER, caller.get());
        return context.notifyContainerAboutLogin(
                caller.get().name(), caller.get().groups());
    }

    /**
     * The Authorization header, or for the xAPI's Alternate Request Syntax (Communication §1.3.s3.b6-b7: a POST
     * with a {@code method} query parameter) the Authorization form field, which wins over the header. This runs
     * before servlet filters, so it cannot wait for the filter that unwraps the rest of such a request.
     */
    private static String authorization(HttpServletRequest request, CredentialVerifier.Realm realm) {
        String query = request.getQueryString();
        if (realm == CredentialVerifier.Realm.LRS
                && "POST".equals(request.getMethod())
                && query != null
                && (query.startsWith("method=") || query.contains("&method="))) {
            try {
                if (request.getCharacterEncoding() == null) {
                    request.setCharacterEncoding("UTF-8"); // §1.3.s3.b5, before the form is first parsed
                }
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
            String field = request.getParameter("Authorization");
            if (field != null) {
                return field;
            }
        }
        return request.getHeader("Authorization");
    }

    private String address(HttpServletRequest request) {
        return clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** @param credentialsSent an Authorization header, or form field in the Alternate Request Syntax, was sent */
    private AuthenticationStatus unauthorized(
            HttpServletRequest request,
            HttpServletResponse response,
            String realm,
            boolean credentialsSent,
            String message) {
        response.setHeader("WWW-Authenticate", challenge(credentialsSent, request.getHeader("Sec-Fetch-Mode"), realm));
        return refuse(response, realm, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    /** RFC 6585 §4: 429 with Retry-After; the secret was not checked. The reason names the kind, not the key. */
    private AuthenticationStatus tooManyFailures(
            HttpServletResponse response, String realm, SignInService.Outcome outcome) {
        long seconds = outcome.retryAfterSeconds();
        response.setHeader("Retry-After", String.valueOf(seconds));
        String what = switch (outcome.lock().orElseThrow().kind()) {
            case ADDRESS -> "from this client address";
            case LRS_KEY -> "for this key";
            case ACCOUNT -> "for this username";
        };
        return refuse(response, realm, 429, "Too many failed sign-ins " + what + "; try again in " + seconds + " s");
    }

    private AuthenticationStatus refuse(HttpServletResponse response, String realm, int status, String message) {
        try {
            DateHeaderFilter.stamp(response); // written before any filter runs
            if (XAPI_REALM.equals(realm)) {
                response.setHeader("X-Experience-API-Version", server.xapiDefaultVersion()); // xAPI C §3.3.s3.b1
            }
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":{\"status\":" + status + ",\"message\":\"" + message + "\"}}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The challenge of a 401 (RFC 9110 §11.6.1 needs one). A {@code Basic} challenge makes a browser hold the
     * request and pop a sign-in dialog, which learners must never see from course content (cmi5 and Tin Can
     * content call the xAPI from the browser with the credential of their launch: when it expires or is revoked
     * the content must see a plain 401). So {@code Basic} only goes to a request that sent no credentials and is not
     * a script in a browser ({@code Sec-Fetch-Mode} other than {@code navigate}, Fetch Metadata): tools and
     * libraries that wait for the challenge before authenticating still get it. Everything else gets the same 401
     * with a scheme no browser answers, naming Basic in its parameters for people reading it.
     */
    static String challenge(boolean credentialsSent, String secFetchMode, String realm) {
        boolean browserScript = secFetchMode != null && !"navigate".equalsIgnoreCase(secFetchMode.strip());
        return credentialsSent || browserScript
                ? "Credentials realm=\"" + realm + "\", scheme=\"Basic\""
                : "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
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
