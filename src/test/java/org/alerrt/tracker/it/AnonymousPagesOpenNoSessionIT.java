package org.alerrt.tracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.PageSession;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.Test;

/**
 * Every page a visitor who has not signed in can open (home, sign-in, sign-out, verify with a valid, an unknown and
 * no code) answers without creating an HTTP session: no {@code Set-Cookie: JSESSIONID}. Only a successful sign-in
 * does. The verify page of a valid certificate may be cached briefly; a revoked or unknown one is revalidated.
 */
class AnonymousPagesOpenNoSessionIT extends AgainstDeployedTracker {

    private static void noSession(HttpResponse<?> r) {
        Optional<String> cookie = PageSession.sessionCookie(r);
        assertFalse(cookie.isPresent(), r.request().method() + " " + r.uri() + " created a session: " + cookie);
    }

    private HttpResponse<String> get(String path) {
        HttpResponse<String> r = client.send(client.anonymous(path).GET());
        noSession(r);
        return r;
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    /** A learner who passed Fire as a Weapon; returns the certificate's verification code. */
    private String certifiedOfficer() {
        String email = "no-session-" + UUID.randomUUID() + "@example.org";
        return client.certifiedOfficer("""
                {"firstName": "Ana", "lastName": "Reyes", "pid": "4455667", "agency": "Kyle PD",
                 "actor": {"mbox": "mailto:%s"}}""".formatted(email), email, "Ana Reyes");
    }

    @Test
    void theHomeSignInAndSignOutPagesOpenNoSession() {
        for (String page : new String[] {"/", "/login", "/login?next=%2Fadmin%2Flearners", "/signout"}) {
            assertEquals(200, get(page).statusCode(), page);
        }
        assertTrue(get("/login").body().contains("id=\"login:username\""), "the sign-in form is there");
    }

    @Test
    void verifyingACodeOpensNoSessionAndAValidCertificateMayBeCachedBriefly() {
        String code = certifiedOfficer();
        HttpResponse<String> valid = get("/verify/" + code);
        assertEquals(200, valid.statusCode());
        assertTrue(valid.body().contains("VALID") && valid.body().contains("Reyes"), valid.body());
        assertFalse(valid.body().contains("4455667"), "the PID stays masked");
        assertEquals("public, max-age=60", header(valid, "Cache-Control"));
        assertEquals("no-referrer", header(valid, "Referrer-Policy"));

        HttpResponse<String> form = get("/verify?code=" + code);
        assertEquals(303, form.statusCode(), "the GET form goes on to the code's own address");
        assertTrue(header(form, "Location").endsWith("/verify/" + code), header(form, "Location"));

        HttpResponse<String> revoked = client.send(client.admin("certificates/" + code + "/revoke")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"issued in error\"}")));
        assertEquals(200, revoked.statusCode(), revoked.body());
        HttpResponse<String> afterRevocation = get("/verify/" + code);
        assertTrue(afterRevocation.body().contains("REVOKED"), afterRevocation.body());
        assertEquals("no-cache", header(afterRevocation, "Cache-Control"), "a revoked certificate is revalidated");
    }

    @Test
    void anUnknownCodeAndNoCodeOpenNoSessionEither() {
        HttpResponse<String> unknown = get("/verify/NO-SUCH-CODE-" + UUID.randomUUID());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("certificate-not-found"));
        assertEquals("no-cache", header(unknown, "Cache-Control"));

        HttpResponse<String> empty = get("/verify");
        assertEquals(200, empty.statusCode());
        assertTrue(
                empty.body().contains("<form id=\"verify\"") && !empty.body().contains("jakarta.faces.ViewState"),
                "a plain GET form, no Faces state");
        HttpResponse<String> blank = get("/verify?code=+");
        assertEquals(200, blank.statusCode());
        assertTrue(blank.body().contains("id=\"code-missing\""), blank.body());
    }

    @Test
    void onlyASuccessfulSignInOpensASession() {
        PageSession browser = PageSession.anonymous(client);
        HttpResponse<String> form = get("/login");
        Map<String, String> fields = browser.inputs(form.body());
        fields.put("login:username", TrackerClient.ADMIN);
        fields.put("login:password", "not-the-password");
        fields.put("login:signIn", "Sign in");
        HttpResponse<String> refused = client.send(client.anonymous("/login")
                .header("Origin", PageSession.originOf(client))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(PageSession.form(fields))));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Unknown username or wrong password"), refused.body());
        noSession(refused);

        PageSession admin = PageSession.signIn(client, TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
        assertEquals(
                200,
                admin.send(admin.request("/api/learners?limit=1").GET()).statusCode(),
                "signed in: the session exists now");
    }
}
