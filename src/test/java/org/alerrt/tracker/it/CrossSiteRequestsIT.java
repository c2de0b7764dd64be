package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.PageSession;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page on another site cannot act with the signed-in admin's or learner's session (the session cookie rides
 * along with any request the browser sends): state-changing requests on that cookie must come from the tracker's
 * own origin and, on /api, carry a type no cross-site form can send. Sign-out is a POST. Pages and /api answers
 * carry the security headers.
 */
class CrossSiteRequestsIT extends AgainstDeployedTracker {

    static final String EVIL = "https://evil.example.org";

    PageSession admin;
    String self;

    @BeforeEach
    void signIn() {
        admin = PageSession.signIn(client, TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
        self = PageSession.originOf(client);
    }

    private static String learnerJson(String lastName) {
        return """
                {"firstName": "Cross", "lastName": "%s", "actor": {"mbox": "mailto:%s@example.org"}}""".formatted(lastName, lastName);
    }

    private boolean learnerExists(String lastName) {
        HttpResponse<String> found =
                client.send(client.admin("learners?q=" + lastName).GET());
        assertEquals(200, found.statusCode(), found.body());
        return !array(found.body()).isEmpty();
    }

    private HttpResponse<String> createLearner(PageSession session, String lastName, UnaryHeaders headers) {
        return session.send(headers.apply(session.request("/api/learners"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(learnerJson(lastName))));
    }

    interface UnaryHeaders {
        HttpRequest.Builder apply(HttpRequest.Builder b);
    }

    private static String uniqueName() {
        return "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static void assertRefused(int status, String property, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.toString());
        assertEquals(property, object(r.body()).getJsonObject("error").getString("property"), r.body());
    }

    /** The cookie a sign-in sets (public pages set none: AnonymousPagesOpenNoSessionIT). */
    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        PageSession browser = PageSession.anonymous(client);
        Map<String, String> fields =
                browser.inputs(browser.send(browser.request("/login").GET()).body());
        fields.put("login:username", TrackerClient.ADMIN);
        fields.put("login:password", TrackerClient.ADMIN_PASSWORD);
        fields.put("login:signIn", "Sign in");
        HttpResponse<String> signedIn = browser.send(browser.request("/login")
                .header("Origin", self)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(PageSession.form(fields))));
        String cookie = PageSession.sessionCookie(signedIn).orElseThrow(() -> new AssertionError(signedIn.headers()));
        String attributes = cookie.toLowerCase();
        assertTrue(attributes.contains("httponly"), cookie);
        assertTrue(attributes.contains("samesite=lax"), cookie);
        assertFalse(attributes.contains("secure"), "the test server's public URL is http: " + cookie);
    }

    @Test
    void aCrossOriginCookiePostIsRefusedAndCreatesNoLearner() {
        String name = uniqueName();
        assertRefused(403, "Origin", createLearner(admin, name, b -> b.header("Origin", EVIL)));
        assertFalse(learnerExists(name));
    }

    @Test
    void aCookiePostWithAForeignRefererAndNoOriginIsRefused() {
        String name = uniqueName();
        assertRefused(403, "Origin", createLearner(admin, name, b -> b.header("Referer", EVIL + "/page")));
        assertFalse(learnerExists(name));
    }

    @Test
    void aCookiePostWithNeitherOriginNorRefererIsRefused() {
        String name = uniqueName();
        assertRefused(403, "Origin", createLearner(admin, name, b -> b));
        assertFalse(learnerExists(name));
    }

    @Test
    void aSameOriginCookiePostIsAccepted() {
        String name = uniqueName();
        HttpResponse<String> created = createLearner(admin, name, b -> b.header("Origin", self));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(learnerExists(name));
        String other = uniqueName();
        HttpResponse<String> byReferer =
                createLearner(admin, other, b -> b.header("Referer", self + "/admin/learners"));
        assertEquals(201, byReferer.statusCode(), byReferer.body());
    }

    @Test
    void anotherPortOrSchemeOfTheSameHostIsAnotherOrigin() {
        String name = uniqueName();
        String otherPort = self.replaceFirst(":\\d+$", "") + ":1";
        assertRefused(403, "Origin", createLearner(admin, name, b -> b.header("Origin", otherPort)));
        assertRefused(
                403,
                "Origin",
                createLearner(admin, name, b -> b.header("Origin", self.replaceFirst("^http:", "https:"))));
        assertRefused(403, "Origin", createLearner(admin, name, b -> b.header("Origin", "null")));
        assertFalse(learnerExists(name));
    }

    @Test
    void aCrossOriginCookiePutChangesNoLearner() {
        String name = uniqueName();
        HttpResponse<String> created = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(learnerJson(name))));
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> put = admin.send(admin.request("/api/learners/" + id)
                .header("Origin", EVIL)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"firstName\": \"Changed\", \"lastName\": \"" + name + "\"}")));
        assertRefused(403, "Origin", put);
        assertEquals(
                "Cross",
                object(client.send(client.admin("learners/" + id).GET()).body()).getString("firstName"));
    }

    @Test
    void aCrossOriginCookieDeleteLeavesTheCourse() {
        String iri = "https://it.example.org/cmi5/csrf/" + UUID.randomUUID();
        HttpResponse<String> imported = client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(entries(
                        "cmi5.xml", course(iri, au(iri + "/au", "index.html", "")), "index.html", "<p>AU</p>")))));
        assertEquals(201, imported.statusCode(), imported.body());
        long id = object(imported.body()).getJsonNumber("id").longValue();
        assertRefused(
                403,
                "Origin",
                admin.send(admin.request("/api/cmi5/courses/" + id)
                        .header("Origin", EVIL)
                        .DELETE()));
        assertEquals(200, client.send(client.admin("cmi5/courses/" + id).GET()).statusCode());
    }

    @Test
    void aCrossOriginCookieRevokeLeavesTheLrsCredentialWorking() {
        HttpResponse<String> issued = client.send(client.admin("lrs/credentials")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"csrf victim\", \"scopes\": [\"statements/read\"]}")));
        assertEquals(201, issued.statusCode(), issued.body());
        String key = object(issued.body()).getString("key");
        String secret = object(issued.body()).getString("secret");
        // what a cross-site <form method=post> sends: a form body and the attacker's Origin
        assertRefused(
                403,
                "Origin",
                admin.send(admin.request("/api/lrs/credentials/" + key + "/revoke")
                        .header("Origin", EVIL)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("x=1"))));
        assertEquals(
                200,
                client.send(client.anonymous("/xapi/statements?limit=1")
                                .header("Authorization", TrackerClient.basic(key, secret))
                                .header("X-Experience-API-Version", "1.0.3")
                                .GET())
                        .statusCode(),
                "the credential still works");
    }

    @Test
    void cookieRequestsWithTextPlainOrFormBodiesAreRefusedEvenFromTheSameOrigin() {
        String name = uniqueName();
        for (String type : new String[] {
            "text/plain",
            "text/plain;charset=UTF-8",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x"
        }) {
            HttpResponse<String> r = admin.send(admin.request("/api/learners")
                    .header("Origin", self)
                    .header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(learnerJson(name))));
            assertRefused(415, "Content-Type", r);
        }
        // the roster import takes text/csv or text/plain; from a page session only text/csv
        String csv = "first_name,last_name,pid,agency,email\nCross," + name + ",,Austin PD," + name + "@example.org\n";
        assertRefused(
                415,
                "Content-Type",
                admin.send(admin.request("/api/learners/import")
                        .header("Origin", self)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(csv))));
        assertFalse(learnerExists(name));
        HttpResponse<String> asCsv = admin.send(admin.request("/api/learners/import")
                .header("Origin", self)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertEquals(200, asCsv.statusCode(), asCsv.body());
        assertTrue(learnerExists(name));
    }

    @Test
    void basicAuthenticatedCallsNeedNoOriginAndKeepTheirTypes() {
        String name = uniqueName();
        String csv = "first_name,last_name,pid,agency,email\nCross," + name + ",,Austin PD," + name + "@example.org\n";
        HttpResponse<String> imported = client.send(client.admin("learners/import")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(learnerExists(name));
        String other = uniqueName();
        assertEquals(
                201,
                client.send(client.admin("learners")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(learnerJson(other))))
                        .statusCode());
    }

    @Test
    void aCrossOriginSignInFormPostSignsNobodyIn() {
        PageSession browser = PageSession.anonymous(client);
        Map<String, String> fields =
                browser.inputs(browser.send(browser.request("/login").GET()).body());
        fields.put("login:username", TrackerClient.ADMIN);
        fields.put("login:password", TrackerClient.ADMIN_PASSWORD);
        fields.put("login:signIn", "Sign in");
        HttpResponse<String> posted = browser.send(browser.request("/login")
                .header("Origin", EVIL)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(PageSession.form(fields))));
        assertEquals(403, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("Origin"), posted.body());
        assertEquals(
                401,
                browser.send(browser.request("/api/learners?limit=1").GET()).statusCode());
    }

    @Test
    void signingOutTakesAPostAndAGetSignsNobodyOut() {
        HttpResponse<String> get = admin.send(admin.request("/logout").GET());
        assertTrue(get.statusCode() == 200 || get.statusCode() == 303 || get.statusCode() == 405, get.toString());
        assertEquals(
                200,
                admin.send(admin.request("/api/learners?limit=1").GET()).statusCode(),
                "still signed in after GET /logout");

        assertEquals(
                403,
                admin.send(admin.request("/logout")
                                .header("Origin", EVIL)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode());
        assertEquals(
                200,
                admin.send(admin.request("/api/learners?limit=1").GET()).statusCode(),
                "still signed in after a cross-site POST /logout");

        HttpResponse<String> post = admin.send(admin.request("/logout")
                .header("Origin", self)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(303, post.statusCode(), post.toString());
        assertEquals(
                401, admin.send(admin.request("/api/learners?limit=1").GET()).statusCode(), "signed out");
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static void assertPageHeaders(HttpResponse<String> page) {
        String csp = header(page, "Content-Security-Policy");
        for (String directive : new String[] {
            "default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"
        }) {
            assertTrue(csp.contains(directive), directive + " in " + csp);
        }
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals(List.of("DENY"), page.headers().allValues("X-Frame-Options"));
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertFalse(header(page, "Referrer-Policy").isEmpty());
    }

    @Test
    void pagesAndTheApiSendTheSecurityHeaders() {
        HttpResponse<String> adminPage =
                admin.send(admin.request("/admin/learners").GET());
        assertEquals(200, adminPage.statusCode());
        assertPageHeaders(adminPage);
        assertEquals("strict-origin-when-cross-origin", header(adminPage, "Referrer-Policy"));
        assertTrue(
                header(adminPage, "Cache-Control").contains("no-store"),
                adminPage.headers().toString());

        HttpResponse<String> login = client.send(client.anonymous("/login").GET());
        assertPageHeaders(login);
        assertTrue(header(login, "Cache-Control").contains("no-store"), "the sign-in page is a page like the others");

        HttpResponse<String> api =
                admin.send(admin.request("/api/learners?limit=1").GET());
        assertEquals(200, api.statusCode());
        assertEquals("no-store", header(api, "Cache-Control"));
        assertEquals("nosniff", header(api, "X-Content-Type-Options"));
        assertTrue(header(api, "Content-Security-Policy").contains("frame-ancestors 'none'"));
        HttpResponse<String> basicApi =
                client.send(client.admin("learners?limit=1").GET());
        assertEquals("no-store", header(basicApi, "Cache-Control"));
    }

    @Test
    void theVerifyPageSendsNoReferrerAndIsNotCachedForASignedInVisitor() {
        HttpResponse<String> anonymous =
                client.send(client.anonymous("/verify/NOSUCHCODE").GET());
        assertEquals(404, anonymous.statusCode());
        assertPageHeaders(anonymous);
        assertEquals("no-referrer", header(anonymous, "Referrer-Policy"), "the code in the URL stays here");
        assertEquals("no-cache", header(anonymous, "Cache-Control"));

        HttpResponse<String> signedIn =
                admin.send(admin.request("/verify/NOSUCHCODE").GET());
        assertEquals("no-referrer", header(signedIn, "Referrer-Policy"));
        assertTrue(
                header(signedIn, "Cache-Control").contains("no-store"),
                "the page shows who is signed in: " + signedIn.headers());
    }

    @Test
    void courseContentGetsNoPagePolicy() {
        String iri = "https://it.example.org/cmi5/csrf-content/" + UUID.randomUUID();
        HttpResponse<String> imported = client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(entries(
                        "cmi5.xml", course(iri, au(iri + "/au", "index.html", "")), "index.html", "<p>AU</p>")))));
        assertEquals(201, imported.statusCode(), imported.body());
        long id = object(imported.body()).getJsonNumber("id").longValue();
        HttpResponse<String> content =
                client.send(client.content("/content/" + id + "/1/index.html").GET());
        assertEquals(200, content.statusCode(), content.body()); // on the content origin only (ContentOriginIT)
        assertTrue(
                header(content, "Content-Security-Policy").isEmpty(),
                content.headers().toString());
        assertEquals("nosniff", header(content, "X-Content-Type-Options"));

        HttpResponse<String> about = client.send(client.anonymous("/xapi/about").GET());
        assertEquals("nosniff", header(about, "X-Content-Type-Options"));
        assertTrue(header(about, "Content-Security-Policy").isEmpty(), "the xAPI is not a page");
    }
}
