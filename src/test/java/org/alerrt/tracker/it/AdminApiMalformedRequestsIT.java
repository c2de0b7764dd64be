package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A sweep of malformed requests over the administration API (learners, courses, completions, reports,
 * certificates, cmi5, LRS credentials) and the public verification API: each must get a 4xx with the error body,
 * never a 5xx, and none may change a stored learner.
 */
class AdminApiMalformedRequestsIT extends AgainstDeployedTracker {

    private static final String DEEP = "[".repeat(100_000) + "]".repeat(100_000);

    private record Case(String name, Supplier<HttpRequest.Builder> request) {}

    @Test
    void everyMalformedRequestGetsAClientErrorAndChangesNothing() {
        String email = "sweep-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> created = client.send(json(client.admin("learners"), "POST", """
                {"firstName": "Casey", "lastName": "Moreno", "agency": "Sweep PD", "actor": {"mbox": "mailto:%s"}}""".formatted(email)));
        assertEquals(201, created.statusCode(), created.body());
        long learnerId = object(created.body()).getJsonNumber("id").longValue();
        String before = client.send(client.admin("learners/" + learnerId).GET()).body();

        List<Executable> checks = new ArrayList<>();
        for (Case c : cases(learnerId)) {
            checks.add(() -> {
                HttpResponse<String> r = client.send(c.request().get());
                if (r.statusCode() >= 500 || r.statusCode() < 400) {
                    fail(c.name() + ": expected a 4xx, got " + r.statusCode() + " " + r.body());
                }
                if (r.body().startsWith("{")) {
                    String message = object(r.body()).getJsonObject("error").getString("message");
                    assertFalse(message.isBlank(), c.name() + ": error message");
                } else {
                    assertTrue(
                            r.statusCode() == 401
                                    || r.statusCode() == 404
                                    || r.statusCode() == 405
                                    || r.statusCode() == 415,
                            c.name() + ": a client error without an error body: " + r.statusCode() + " " + r.body());
                }
            });
        }
        assertAll(checks);

        assertEquals(
                before, client.send(client.admin("learners/" + learnerId).GET()).body(), "the learner is unchanged");
    }

    /** The public verification is a servlet of its own (VerifyJsonServlet): it keeps the API's error body too. */
    @Test
    void publicVerificationRefusesWhatItDoesNotServeWithTheErrorBody() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r = client.send(
                    client.anonymous("/api/verify/NO-SUCH-CODE").method(method, HttpRequest.BodyPublishers.noBody()));
            assertEquals(405, r.statusCode(), method + ": " + r.body());
            assertEquals("GET, HEAD, OPTIONS", r.headers().firstValue("Allow").orElse(""), method);
            assertEquals(405, object(r.body()).getJsonObject("error").getInt("status"), method);
        }
        for (String path : List.of("/api/verify/", "/api/verify/NO-SUCH-CODE/more", "/api/verify/NO-SUCH-CODE")) {
            HttpResponse<String> r = client.send(client.anonymous(path).GET());
            assertEquals(404, r.statusCode(), path + ": " + r.body());
            assertEquals(
                    "application/json", r.headers().firstValue("Content-Type").orElse(""), path);
            assertEquals(
                    "No certificate has this verification code",
                    object(r.body()).getJsonObject("error").getString("message"),
                    path);
        }
        HttpResponse<String> head = client.send(
                client.anonymous("/api/verify/NO-SUCH-CODE").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(404, head.statusCode());
        assertEquals("", head.body());
    }

    private List<Case> cases(long learnerId) {
        List<Case> cases = new ArrayList<>();
        String learner = "learners/" + learnerId;
        // learners
        for (String body : List.of(
                "",
                "null",
                "[]",
                "{",
                "{\"firstName\":",
                DEEP,
                "{\"firstName\":1,\"lastName\":2}",
                "{\"firstName\":\"A\",\"lastName\":\"B\"}}",
                "{\"firstName\":\"A\",\"lastName\":\"B\",\"pid\":\"x!\"}",
                "{\"firstName\":\"A\",\"lastName\":\"B\",\"actor\":\"mailto:a@example.org\"}",
                "{\"firstName\":\"A\",\"lastName\":\"B\",\"actor\":{\"mbox\":\"a@example.org\"}}",
                "{\"firstName\":\"" + "x".repeat(100_000) + "\",\"lastName\":\"B\"}")) {
            String shown = body.length() > 60 ? body.substring(0, 60) + "…" : body;
            cases.add(new Case("POST learners " + shown, () -> json(client.admin("learners"), "POST", body)));
            cases.add(new Case("PUT learner " + shown, () -> json(client.admin(learner), "PUT", body)));
        }
        cases.add(new Case(
                "POST learners as text",
                () -> client.admin("learners")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))));
        cases.add(new Case(
                "PUT learners/abc",
                () -> json(client.admin("learners/abc"), "PUT", "{\"firstName\":\"A\",\"lastName\":\"B\"}")));
        cases.add(new Case(
                "PUT unknown learner",
                () -> json(client.admin("learners/987654321"), "PUT", "{\"firstName\":\"A\",\"lastName\":\"B\"}")));
        for (String q : List.of(
                "learners/abc",
                "learners/-1",
                "learners?limit=-5",
                "learners?limit=many",
                "learners?after=xyz",
                "learners?after=99999999999999999999")) {
            cases.add(new Case("GET " + q, () -> client.admin(q).GET()));
        }
        cases.add(new Case(
                "CSV import with an unterminated quote",
                () -> client.admin("learners/import")
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "firstName,lastName,email\n\"Casey,Moreno,c@example.org\n"))));
        cases.add(new Case(
                "CSV import of binary bytes",
                () -> client.admin("learners/import")
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 10, 13}))));
        // courses and completions
        cases.add(new Case(
                "GET unknown course",
                () -> client.admin("courses/no-such-course").GET()));
        for (String body : List.of("{", "[]", DEEP, "{\"hours\":\"many\"}", "{\"hours\":-4}")) {
            String shown = body.length() > 60 ? body.substring(0, 60) + "…" : body;
            cases.add(new Case("PUT course " + shown, () -> json(client.admin("courses/3311"), "PUT", body)));
        }
        for (String q : List.of("learnerId=abc", "pidMissing=maybe", "before=yesterday", "limit=-1", "limit=lots")) {
            cases.add(new Case(
                    "GET completions?" + q,
                    () -> client.admin("completions?" + q).GET()));
        }
        // reports
        for (String q : List.of(
                "reports/queue?status=weird",
                "reports/queue?limit=abc",
                "reports/queue?after=abc",
                "reports/rosters?beforeId=abc",
                "reports/rosters?limit=-1",
                "reports/rosters/abc",
                "reports/rosters/987654321",
                "reports/rosters/abc/csv")) {
            cases.add(new Case("GET " + q, () -> client.admin(q).GET()));
        }
        cases.add(new Case(
                "POST reports/rosters/abc/submitted",
                () -> json(client.admin("reports/rosters/abc/submitted"), "POST", "{\"tcoleReference\":\"B-1\"}")));
        cases.add(new Case(
                "POST reports/rosters/abc/accepted",
                () -> client.admin("reports/rosters/abc/accepted").POST(HttpRequest.BodyPublishers.noBody())));
        for (String body : List.of(
                "",
                "[",
                "{}",
                "{\"tcoleReference\": 5}",
                "{\"tcoleReference\": \" \"}",
                "{\"tcoleReference\": \"" + "x".repeat(101) + "\"}",
                "{\"tcoleReference\": \"a\\nb\"}",
                "{\"tcoleReference\": [1]}")) {
            cases.add(new Case(
                    "submit a roster with " + body,
                    () -> json(client.admin("reports/rosters/987654321/submitted"), "POST", body)));
        }
        for (String path : List.of("reports/entries/abc", "reports/entries/987654321")) {
            cases.add(new Case("GET " + path, () -> client.admin(path).GET()));
        }
        for (String action : List.of("rejected", "requeue")) {
            cases.add(new Case(
                    "POST reports/entries/abc/" + action,
                    () -> json(client.admin("reports/entries/abc/" + action), "POST", "{\"reason\":\"x\"}")));
            cases.add(new Case(
                    "POST reports/entries/1/" + action + " without a reason",
                    () -> json(client.admin("reports/entries/1/" + action), "POST", "{\"reason\":\"\"}")));
        }
        // certificates
        for (String q : List.of(
                "certificates?learnerId=abc",
                "certificates?beforeId=abc",
                "certificates?limit=-3",
                "certificates/NO-SUCH-CODE",
                "certificates/NO-SUCH-CODE/pdf")) {
            cases.add(new Case("GET " + q, () -> client.admin(q).GET()));
        }
        cases.add(new Case(
                "revoke an unknown certificate",
                () -> json(client.admin("certificates/NO-SUCH-CODE/revoke"), "POST", "{\"reason\":\"test\"}")));
        cases.add(new Case(
                "public verification of a malformed code",
                () -> client.anonymous("/api/verify/%3Cscript%3E").GET()));
        // cmi5
        for (String body : List.of(
                "{",
                DEEP,
                "{\"courseId\":\"abc\"}",
                "{\"courseId\":1,\"actor\":\"x\"}",
                "{\"courseId\":1,\"actor\":{\"mbox\":\"mailto:a@example.org\"}}}")) {
            String shown = body.length() > 60 ? body.substring(0, 60) + "…" : body;
            cases.add(new Case(
                    "POST cmi5/registrations " + shown, () -> json(client.admin("cmi5/registrations"), "POST", body)));
        }
        cases.add(new Case(
                "GET cmi5 registration not a UUID",
                () -> client.admin("cmi5/registrations/abc").GET()));
        cases.add(new Case(
                "launch of a registration not a UUID",
                () -> json(client.admin("cmi5/registrations/abc/launch"), "POST", "{}")));
        cases.add(new Case(
                "abandon an unknown session",
                () -> client.admin("cmi5/registrations/" + UUID.randomUUID() + "/sessions/nope/abandon")
                        .POST(HttpRequest.BodyPublishers.noBody())));
        cases.add(new Case(
                "import a package that is not a zip",
                () -> client.admin("cmi5/courses")
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofString("not a zip"))));
        cases.add(new Case(
                "import with a malformed TCOLE number",
                () -> client.admin("cmi5/courses?tcoleNumber=%3C%3E")
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofString("PK"))));
        cases.add(new Case(
                "GET cmi5 course abc",
                () -> client.admin("cmi5/courses/abc?version=x").GET()));
        cases.add(new Case(
                "DELETE cmi5 course abc", () -> client.admin("cmi5/courses/abc").DELETE()));
        cases.add(new Case(
                "cmi5 preferences as broken JSON",
                () -> json(
                        client.admin("cmi5/learners/" + learnerId + "/preferences"),
                        "PUT",
                        "{\"languagePreference\":")));
        cases.add(new Case(
                "cmi5 preferences of learner abc",
                () -> json(client.admin("cmi5/learners/abc/preferences"), "PUT", "{}")));
        // LRS credentials
        for (String body : List.of(
                "{",
                DEEP,
                "{\"name\":5}",
                "{\"name\":\"x\",\"scopes\":5}",
                "{\"name\":\"x\",\"scopes\":[\"root\"]}",
                "{\"name\":\"x\"}}")) {
            String shown = body.length() > 60 ? body.substring(0, 60) + "…" : body;
            cases.add(new Case(
                    "POST lrs/credentials " + shown, () -> json(client.admin("lrs/credentials"), "POST", body)));
        }
        cases.add(new Case(
                "revoke an unknown credential",
                () -> client.admin("lrs/credentials/no-such-key/revoke").POST(HttpRequest.BodyPublishers.noBody())));
        // upstream LRSs (none is valid: nothing is created, so no secret key is ever needed here)
        for (String body : List.of(
                "{",
                DEEP,
                "[]",
                "{\"name\":\"u\",\"key\":\"k\",\"secret\":\"s\"}",
                "{\"name\":\"u\",\"endpoint\":\"ftp://x/\",\"key\":\"k\",\"secret\":\"s\"}",
                "{\"name\":\"u\",\"endpoint\":\"http://127.0.0.1:1/xapi/\",\"key\":\"k:1\",\"secret\":\"s\"}",
                "{\"name\":\"u\",\"endpoint\":\"http://127.0.0.1:1/xapi/\",\"key\":\"k\",\"pull\":{\"pollSeconds\":0}}")) {
            String shown = body.length() > 60 ? body.substring(0, 60) + "…" : body;
            cases.add(new Case("POST upstreams " + shown, () -> json(client.admin("upstreams"), "POST", body)));
        }
        cases.add(new Case("PUT upstreams/abc", () -> json(client.admin("upstreams/abc"), "PUT", "{}")));
        cases.add(new Case(
                "GET an unknown upstream",
                () -> client.admin("upstreams/987654").GET()));
        cases.add(new Case(
                "PUT forward of an unknown upstream",
                () -> json(client.admin("upstreams/987654/forward"), "PUT", "{\"rules\":[{}]}")));
        cases.add(new Case(
                "PUT forward with rules not an array",
                () -> json(client.admin("upstreams/987654/forward"), "PUT", "{\"rules\":{}}")));
        cases.add(new Case(
                "retry an unknown dead letter",
                () -> client.admin("upstreams/987654/dead-letters/1/retry").POST(HttpRequest.BodyPublishers.noBody())));
        // audit log
        for (String q : List.of(
                "audit?subject=certificate",
                "audit?id=7",
                "audit?subject=certificate&id=abc",
                "audit?subject=certificate&id=-1",
                "audit?subject=Certificate&id=7",
                "audit?subject=" + "x".repeat(41) + "&id=7",
                "audit?subject=certificate&id=7&limit=10",
                "audit?limit=0",
                "audit?limit=1001",
                "audit?limit=many",
                "audit?beforeId=abc")) {
            cases.add(new Case("GET " + q, () -> client.admin(q).GET()));
        }
        return cases;
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, String method, String body) {
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
}
