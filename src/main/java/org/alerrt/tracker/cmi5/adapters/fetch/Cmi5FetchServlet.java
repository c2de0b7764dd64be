package org.alerrt.tracker.cmi5.adapters.fetch;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alerrt.tracker.cmi5.application.AuthTokenFetch;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.web.CorsPolicy;

/**
 * {@code POST /fetch/{token}} (cmi5 §8.2): public, the token in the path is the only credential. Always 200 with
 * application/json (§8.2.1), carrying the auth-token or an error-code (§8.2.3.2). GET is refused (405): §8.2.1
 * wants POST so nothing caches the answer.
 *
 * <p>CORS: AUs run on the content origin or, with absolute AU URLs (§13.1.4), on another one, and must read the
 * answer from there: the origins {@link CorsPolicy} allows for the xAPI may, no other page on the web. No cookie
 * or credential is involved (so no Allow-Credentials): the token in the path is the secret and answers once.
 */
@WebServlet(urlPatterns = "/fetch/*")
public class Cmi5FetchServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(Cmi5FetchServlet.class.getName());

    @Inject
    AuthTokenFetch tokens;

    @Inject
    CorsPolicy cors;

    static final String ALLOW_METHODS = "POST, OPTIONS";
    static final String ALLOW_HEADERS = "Content-Type, Accept, Authorization, X-Experience-API-Version";

    /** The preflight of a cross-origin POST (Fetch standard, CORS protocol): no credentials needed. */
    @Override
    protected void doOptions(HttpServletRequest req, HttpServletResponse resp) {
        allowOrigin(req, resp);
        resp.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
        resp.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
        resp.setHeader("Access-Control-Max-Age", "600");
        resp.setHeader("Allow", ALLOW_METHODS);
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void allowOrigin(HttpServletRequest req, HttpServletResponse resp) {
        String allow = cors.allowOrigin(req.getHeader("Origin"));
        if (allow != null) {
            resp.setHeader("Access-Control-Allow-Origin", allow);
        }
        resp.addHeader("Vary", "Origin");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String token = path == null || path.length() < 2 || path.indexOf('/', 1) >= 0 ? null : path.substring(1);
        JsonObject answer;
        try {
            AuthTokenFetch.Fetched f = tokens.fetch(token);
            answer = f.authToken() != null
                    ? CachedJson.objectBuilder()
                            .add("auth-token", f.authToken())
                            .build()
                    : error(f.errorCode(), f.errorText());
        } catch (AuthTokenFetch.AlreadyFetched e) {
            answer = error("1", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cmi5 fetch failed", e);
            answer = error("3", "The LMS could not issue the authorization token.");
        }
        resp.setStatus(200);
        allowOrigin(req, resp);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(answer.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject error(String code, String text) {
        return CachedJson.objectBuilder()
                .add("error-code", code)
                .add("error-text", text)
                .build();
    }
}
