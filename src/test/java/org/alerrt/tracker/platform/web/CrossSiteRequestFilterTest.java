package org.alerrt.tracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.platform.web.CrossSiteRequestFilter.Refusal;
import org.alerrt.tracker.platform.web.CrossSiteRequestFilter.Request;
import org.junit.jupiter.api.Test;

/** Which state-changing requests made with the session cookie are taken, which are refused and how. */
class CrossSiteRequestFilterTest {

    static final Set<String> OWN = Set.of("https://tracker.alerrt.org", "http://127.0.0.1:40123");
    static final String JSON = "application/json";

    private static Optional<Refusal> cookie(String method, String path, String origin, String referer, String type) {
        return CrossSiteRequestFilter.check(new Request(method, path, false, true, origin, referer, type), OWN);
    }

    private static void refused(int status, String property, Optional<Refusal> r) {
        assertTrue(r.isPresent(), "refused");
        assertEquals(status, r.get().status());
        assertEquals(property, r.get().property());
    }

    @Test
    void aStateChangingCookieRequestFromTheOwnOriginGoesOn() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertTrue(
                    cookie(method, "/api/learners", "https://tracker.alerrt.org", null, JSON)
                            .isEmpty(),
                    method);
        }
        assertTrue(
                cookie("POST", "/api/learners", "http://127.0.0.1:40123", null, JSON)
                        .isEmpty(),
                "the origin the request was addressed to");
        assertTrue(
                cookie("POST", "/api/learners", null, "https://tracker.alerrt.org/admin/learners", JSON)
                        .isEmpty(),
                "without Origin, the Referer's origin");
        assertTrue(cookie("DELETE", "/api/cmi5/courses/4", "https://tracker.alerrt.org", null, null)
                .isEmpty());
    }

    @Test
    void anyOtherOriginIsRefused() {
        for (String origin : new String[] {
            "https://evil.example.org",
            "http://tracker.alerrt.org",
            "https://tracker.alerrt.org:8443",
            "https://tracker.alerrt.org.evil.example.org",
            "http://127.0.0.1:40124",
            "null",
            ""
        }) {
            refused(403, "Origin", cookie("POST", "/api/learners", origin, null, JSON));
        }
        refused(403, "Origin", cookie("POST", "/api/learners", null, "https://evil.example.org/x", JSON));
        refused(
                403,
                "Origin",
                cookie("POST", "/api/learners", "https://evil.example.org", "https://tracker.alerrt.org/admin", JSON));
    }

    @Test
    void aCookieRequestNamingNoOriginAtAllIsRefused() {
        refused(403, "Origin", cookie("POST", "/api/lrs/credentials/k/revoke", null, null, null));
        refused(403, "Origin", cookie("POST", "/admin/learners", null, null, "application/x-www-form-urlencoded"));
        refused(403, "Origin", cookie("POST", "/logout", null, null, null));
    }

    @Test
    void pageFormsAreCheckedForOriginButKeepTheirFormBodies() {
        assertTrue(
                cookie("POST", "/admin/learners", "https://tracker.alerrt.org", null, "multipart/form-data; boundary=x")
                        .isEmpty());
        assertTrue(cookie("POST", "/login", "https://tracker.alerrt.org", null, "application/x-www-form-urlencoded")
                .isEmpty());
        refused(
                403,
                "Origin",
                cookie("POST", "/login", "https://evil.example.org", null, "application/x-www-form-urlencoded"));
    }

    @Test
    void apiCookieRequestsWithATypeAnyPageCanSendAreRefused() {
        for (String type : new String[] {
            "text/plain",
            "TEXT/PLAIN; charset=UTF-8",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=----x"
        }) {
            refused(415, "Content-Type", cookie("POST", "/api/learners", "https://tracker.alerrt.org", null, type));
        }
        assertTrue(cookie("POST", "/api/learners/import", "https://tracker.alerrt.org", null, "text/csv")
                .isEmpty());
        assertTrue(cookie("POST", "/api/cmi5/courses", "https://tracker.alerrt.org", null, "application/zip")
                .isEmpty());
    }

    @Test
    void basicAuthenticatedApiCallsNeedNoOriginAndKeepTheirTypes() {
        Request basic = new Request("POST", "/api/learners/import", true, false, null, null, "text/plain");
        assertTrue(CrossSiteRequestFilter.check(basic, OWN).isEmpty());
        Request basicFromABrowserElsewhere =
                new Request("POST", "/api/learners", true, false, "https://evil.example.org", null, JSON);
        refused(403, "Origin", CrossSiteRequestFilter.check(basicFromABrowserElsewhere, OWN));
    }

    @Test
    void readsAndTheXapiContentAndFetchAreNotChecked() {
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            assertTrue(cookie(method, "/api/learners", "https://evil.example.org", null, "text/plain")
                    .isEmpty());
        }
        for (String path : new String[] {"/xapi/statements", "/content/1/1/index.html", "/fetch/abc"}) {
            assertTrue(
                    cookie("POST", path, "https://evil.example.org", null, "text/plain")
                            .isEmpty(),
                    path);
        }
    }

    @Test
    void aRequestWithoutSessionCookieOrOriginHasNothingToForge() {
        assertTrue(CrossSiteRequestFilter.check(new Request("POST", "/logout", false, false, null, null, null), OWN)
                .isEmpty());
    }
}
