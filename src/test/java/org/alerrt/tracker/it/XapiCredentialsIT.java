package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.basic;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.Test;

/**
 * LRS credentials over HTTP: the admin API issues and revokes them, scopes limit what they may do (xAPI
 * Communication §4.2), the Alternate Request Syntax (§1.3, 1.0.3 only) and CORS for browser content.
 */
class XapiCredentialsIT extends AgainstDeployedTracker {

    record Credential(String key, String secret) {
        String authorization() {
            return basic(key, secret);
        }
    }

    private Credential issue(String scopesJson) {
        HttpResponse<String> r = client.send(client.admin("lrs/credentials")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"IT client\", \"scopes\": " + scopesJson + "}")));
        assertEquals(201, r.statusCode(), r.body());
        JsonObject body = object(r.body());
        return new Credential(body.getString("key"), body.getString("secret"));
    }

    private HttpRequest.Builder xapi(Credential c, String path) {
        return HttpRequest.newBuilder(URI.create(client.base() + "/xapi/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", c.authorization())
                .header("X-Experience-API-Version", "1.0.3");
    }

    private HttpResponse<String> post(Credential c, String json) {
        return client.send(xapi(c, "statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String statement(String id, String registration) {
        return """
                {"id": "%s", "actor": {"objectType": "Agent", "mbox": "mailto:cred-%s@example.org"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced", "display": {"en-US": "experienced"}},
                 "object": {"id": "https://example.org/credentials/%s", "objectType": "Activity"},
                 "context": {"registration": "%s"}}""".formatted(id, id, id, registration);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> alternate(String query, Map<String, String> fields) {
        return client.send(client.anonymous("/xapi/statements?" + query)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    @Test
    void adminApiIssuesACredentialWhoseSecretIsShownOnceAndWhichWorks() {
        HttpResponse<String> created = client.send(client.admin("lrs/credentials")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"Course player\", \"scopes\": [\"statements/write\", \"statements/read\"]}")));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = object(created.body());
        String key = body.getString("key");
        Credential c = new Credential(key, body.getString("secret"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/lrs/credentials/" + key));

        HttpResponse<String> list = client.send(client.admin("lrs/credentials").GET());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"" + key + "\""));
        assertFalse(list.body().contains(c.secret()), "the secret is never listed");
        assertFalse(list.body().contains("secret") || list.body().contains("PBKDF2"), list.body());

        String id = UUID.randomUUID().toString();
        HttpResponse<String> stored = post(c, statement(id, UUID.randomUUID().toString()));
        assertEquals(200, stored.statusCode(), stored.body());
        HttpResponse<String> read =
                client.send(xapi(c, "statements?statementId=" + id).GET());
        assertEquals(200, read.statusCode(), read.body());
        // §4.1.s6.b1 / §4.2: the authority names this credential, stably
        assertEquals(
                key,
                object(read.body())
                        .getJsonObject("authority")
                        .getJsonObject("account")
                        .getString("name"));
    }

    @Test
    void scopeNamesAreValidatedOnCreation_4_2() {
        HttpResponse<String> r = client.send(client.admin("lrs/credentials")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\", \"scopes\": [\"statements/delete\"]}")));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("scopes", object(r.body()).getJsonObject("error").getString("property"));
        assertTrue(r.body().contains("statements/delete"));

        HttpResponse<String> noName = client.send(client.admin("lrs/credentials")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"scopes\": [\"all\"]}")));
        assertEquals(400, noName.statusCode(), noName.body());
    }

    @Test
    void noScopeGivenMeansStatementsWriteAndReadMine_4_2_s5_b2() {
        HttpResponse<String> r = client.send(client.admin("lrs/credentials")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"defaults\"}")));
        assertEquals(201, r.statusCode(), r.body());
        var scopes = object(r.body()).getJsonArray("scopes");
        assertEquals(2, scopes.size());
        assertTrue(scopes.toString().contains("statements/write")
                && scopes.toString().contains("statements/read/mine"));
    }

    @Test
    void adminApiNeedsAnAdministrator() {
        HttpResponse<String> anonymous =
                client.send(client.anonymous("/api/lrs/credentials").GET());
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> lrs = client.send(client.anonymous("/api/lrs/credentials")
                .header("Authorization", basic(TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET))
                .GET());
        assertEquals(401, lrs.statusCode(), "an LRS credential is not an admin account");
        HttpResponse<String> create = client.send(client.anonymous("/api/lrs/credentials")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"sneaky\", \"scopes\": [\"all\"]}")));
        assertEquals(401, create.statusCode());
    }

    @Test
    void readOnlyCredentialCannotWrite_4_2() {
        Credential reader = issue("[\"statements/read\"]");
        HttpResponse<String> r = post(
                reader,
                statement(UUID.randomUUID().toString(), UUID.randomUUID().toString()));
        assertEquals(403, r.statusCode(), r.body());
        JsonObject error = object(r.body()).getJsonObject("error");
        assertEquals("statements/write", error.getString("rule"));
        assertTrue(error.getString("message").contains("statements/write"));
        assertEquals("1.0.3", r.headers().firstValue("X-Experience-API-Version").orElse(null));
        assertEquals(200, client.send(xapi(reader, "statements?limit=1").GET()).statusCode());

        Credential writer = issue("[\"statements/write\"]");
        HttpResponse<String> read =
                client.send(xapi(writer, "statements?limit=1").GET());
        assertEquals(403, read.statusCode(), read.body());
        assertTrue(read.body().contains("statements/read"));
    }

    @Test
    void readMineSeesOnlyStatementsStoredWithItsOwnCredential_4_2() {
        Credential mine = issue("[\"statements/write\", \"statements/read/mine\"]");
        String registration = UUID.randomUUID().toString();
        String own = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        assertEquals(200, post(mine, statement(own, registration)).statusCode());
        assertEquals(200, client.postStatements(statement(other, registration)).statusCode());

        HttpResponse<String> query = client.send(
                xapi(mine, "statements?registration=" + registration).GET());
        assertEquals(200, query.statusCode(), query.body());
        var statements = object(query.body()).getJsonArray("statements");
        assertEquals(1, statements.size(), query.body());
        assertEquals(own, statements.getJsonObject(0).getString("id"));

        assertEquals(
                200,
                client.send(xapi(mine, "statements?statementId=" + own).GET()).statusCode());
        assertEquals(
                404,
                client.send(xapi(mine, "statements?statementId=" + other).GET()).statusCode(),
                "another credential's statement is invisible, not forbidden");

        // the "more" link keeps the restriction
        assertEquals(
                200,
                post(mine, statement(UUID.randomUUID().toString(), registration))
                        .statusCode());
        HttpResponse<String> page = client.send(
                xapi(mine, "statements?limit=1&registration=" + registration).GET());
        String more = object(page.body()).getString("more");
        assertFalse(more.isEmpty());
        HttpResponse<String> next = client.send(HttpRequest.newBuilder(URI.create(
                        client.base().substring(0, client.base().indexOf('/', 8)) + more))
                .header("Authorization", mine.authorization())
                .header("X-Experience-API-Version", "1.0.3")
                .GET());
        assertEquals(200, next.statusCode(), next.body());
        var rest = object(next.body()).getJsonArray("statements");
        assertEquals(1, rest.size(), next.body());
        assertFalse(rest.toString().contains(other));

        // the bootstrap credential (scope all) sees both
        HttpResponse<String> all = client.send(
                client.xapi("statements?registration=" + registration).GET());
        assertEquals(3, object(all.body()).getJsonArray("statements").size());
    }

    @Test
    void revokedCredentialIsRefusedOnItsVeryNextRequest() {
        Credential c = issue("[\"all\"]");
        assertEquals(200, client.send(xapi(c, "statements?limit=1").GET()).statusCode()); // check now cached
        HttpResponse<String> revoked = client.send(
                client.admin("lrs/credentials/" + c.key() + "/revoke").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertTrue(object(revoked.body()).getBoolean("revoked"));
        HttpResponse<String> after = client.send(xapi(c, "statements?limit=1").GET());
        assertEquals(401, after.statusCode(), after.body());

        HttpResponse<String> again = client.send(
                client.admin("lrs/credentials/" + c.key() + "/revoke").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, again.statusCode(), "revoking is idempotent");
        assertEquals(
                404,
                client.send(client.admin("lrs/credentials/no-such-key-123/revoke")
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode());
    }

    @Test
    void alternateSyntaxPutThenGetOn103_1_3() {
        String id = UUID.randomUUID().toString();
        Map<String, String> put = new LinkedHashMap<>();
        put.put("statementId", id);
        put.put("Authorization", basic(TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET));
        put.put("X-Experience-API-Version", "1.0.3");
        put.put("Content-Type", "application/json");
        put.put("content", statement(id, UUID.randomUUID().toString()).replace("experienced\"}", "expérimenté\"}"));
        HttpResponse<String> stored = alternate("method=PUT", put);
        assertEquals(204, stored.statusCode(), stored.body());

        Map<String, String> get = new LinkedHashMap<>();
        get.put("statementId", id);
        get.put("Authorization", basic(TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET));
        get.put("X-Experience-API-Version", "1.0.3");
        HttpResponse<String> read = alternate("method=GET", get);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject statement = object(read.body());
        assertEquals(id, statement.getString("id"));
        // §1.3.s3.b5: content is UTF-8
        assertEquals(
                "expérimenté",
                statement.getJsonObject("verb").getJsonObject("display").getString("en-US"));

        // the version may also be an ordinary header
        Map<String, String> post = new LinkedHashMap<>();
        post.put("Authorization", basic(TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET));
        post.put("Content-Type", "application/json");
        String id2 = UUID.randomUUID().toString();
        post.put("content", statement(id2, UUID.randomUUID().toString()));
        HttpResponse<String> posted = client.send(client.anonymous("/xapi/statements?method=POST")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Experience-API-Version", "1.0.3")
                .POST(HttpRequest.BodyPublishers.ofString(form(post))));
        assertEquals(200, posted.statusCode(), posted.body());
        assertEquals(id2, array(posted.body()).getString(0));
    }

    @Test
    void alternateSyntaxIsAuthenticatedAndScopedLikeAnyRequest() {
        Map<String, String> get = new LinkedHashMap<>();
        get.put("X-Experience-API-Version", "1.0.3");
        get.put("limit", "1");
        assertEquals(401, alternate("method=GET", get).statusCode());
        get.put("Authorization", basic(TrackerClient.LRS_KEY, "wrong-secret-000000"));
        assertEquals(401, alternate("method=GET", get).statusCode());

        Credential reader = issue("[\"statements/read\"]");
        Map<String, String> put = new LinkedHashMap<>();
        String id = UUID.randomUUID().toString();
        put.put("statementId", id);
        put.put("Authorization", reader.authorization());
        put.put("X-Experience-API-Version", "1.0.3");
        put.put("Content-Type", "application/json");
        put.put("content", statement(id, UUID.randomUUID().toString()));
        HttpResponse<String> r = alternate("method=PUT", put);
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("statements/write"));
    }

    @Test
    void alternateSyntaxIsRejectedUnderXapi2AndWithOtherQueryParameters() {
        Map<String, String> get = new LinkedHashMap<>();
        get.put("Authorization", basic(TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET));
        get.put("X-Experience-API-Version", "2.0.0");
        HttpResponse<String> v2 = alternate("method=GET", get);
        assertEquals(400, v2.statusCode(), v2.body());
        assertEquals("method", object(v2.body()).getJsonObject("error").getString("property"));

        get.put("X-Experience-API-Version", "1.0.3");
        String id = UUID.randomUUID().toString();
        HttpResponse<String> extra = alternate("method=GET&statementId=" + id, get);
        assertEquals(400, extra.statusCode(), extra.body());
        assertEquals("statementId", object(extra.body()).getJsonObject("error").getString("property"));

        HttpResponse<String> badMethod = alternate("method=PATCH", get);
        assertEquals(400, badMethod.statusCode(), badMethod.body());
    }

    @Test
    void corsPreflightIsAnsweredWithoutCredentials() {
        HttpResponse<String> r = client.send(client.anonymous("/xapi/statements")
                .header("Origin", TrackerClient.CONTENT_URL)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, content-type, x-experience-api-version")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(r.statusCode() == 204 || r.statusCode() == 200, r.statusCode() + " " + r.body());
        assertEquals(
                TrackerClient.CONTENT_URL,
                r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        String methods = r.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        for (String m : new String[] {"GET", "POST", "PUT", "DELETE"}) {
            assertTrue(methods.contains(m), methods);
        }
        String headers = r.headers().firstValue("Access-Control-Allow-Headers").orElse("");
        for (String h :
                new String[] {"Authorization", "Content-Type", "X-Experience-API-Version", "If-Match", "If-None-Match"
                }) {
            assertTrue(headers.contains(h), headers);
        }
        assertNotNull(r.headers().firstValue("Access-Control-Max-Age").orElse(null));
    }

    @Test
    void corsHeadersAreOnActualResponsesIncludingErrors() {
        HttpResponse<String> ok = client.send(client.xapi("statements?limit=1")
                .header("Origin", TrackerClient.CONTENT_URL)
                .GET());
        assertEquals(200, ok.statusCode());
        assertEquals(
                TrackerClient.CONTENT_URL,
                ok.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        String expose = ok.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        for (String h :
                new String[] {"ETag", "Last-Modified", "X-Experience-API-Consistent-Through", "X-Experience-API-Version"
                }) {
            assertTrue(expose.contains(h), expose);
        }

        HttpResponse<String> unauthorized = client.send(client.anonymous("/xapi/statements")
                .header("Origin", TrackerClient.CONTENT_URL)
                .header("X-Experience-API-Version", "1.0.3")
                .GET());
        assertEquals(401, unauthorized.statusCode());
        assertEquals(
                TrackerClient.CONTENT_URL,
                unauthorized.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals(
                "1.0.3",
                unauthorized.headers().firstValue("X-Experience-API-Version").orElse(null));

        HttpResponse<String> badRequest = client.send(client.xapi("statements?nonsense=1")
                .header("Origin", TrackerClient.CONTENT_URL)
                .GET());
        assertEquals(400, badRequest.statusCode());
        assertEquals(
                TrackerClient.CONTENT_URL,
                badRequest.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    /** Issue 10: a Basic challenge makes the learner's browser pop a sign-in dialog over the course. */
    @Test
    void badCredentialsGet401WithoutABasicChallengeAndNoCredentialsGetOne() {
        HttpResponse<String> none = client.send(client.anonymous("/xapi/statements")
                .header("X-Experience-API-Version", "1.0.3")
                .GET());
        assertEquals(401, none.statusCode());
        assertTrue(
                none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"xAPI\""),
                none.headers().map().toString());

        HttpResponse<String> script = client.send(client.anonymous("/xapi/statements")
                .header("X-Experience-API-Version", "1.0.3")
                .header("Sec-Fetch-Mode", "cors")
                .GET());
        assertEquals(401, script.statusCode());
        assertNoBasicChallenge(script);

        Credential c = issue("[\"all\"]");
        HttpResponse<String> wrong = client.send(xapi(new Credential(c.key(), "wrong-secret-000000"), "statements")
                .GET());
        assertEquals(401, wrong.statusCode());
        assertNoBasicChallenge(wrong);
        assertEquals(
                "1.0.3", wrong.headers().firstValue("X-Experience-API-Version").orElse(null));

        HttpResponse<String> malformed = client.send(client.anonymous("/xapi/statements")
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", "Basic !!!")
                .GET());
        assertEquals(401, malformed.statusCode());
        assertNoBasicChallenge(malformed);

        assertEquals(
                200,
                client.send(client.admin("lrs/credentials/" + c.key() + "/revoke")
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode());
        HttpResponse<String> revoked = client.send(xapi(c, "statements").GET());
        assertEquals(401, revoked.statusCode());
        assertNoBasicChallenge(revoked);
    }

    private static void assertNoBasicChallenge(HttpResponse<String> r) {
        String challenge = r.headers().firstValue("WWW-Authenticate").orElse(null);
        assertNotNull(challenge, "RFC 9110 §11.6.1: a 401 carries a challenge");
        assertFalse(challenge.regionMatches(true, 0, "Basic", 0, 5), challenge);
        assertEquals(
                1,
                r.headers().allValues("WWW-Authenticate").size(),
                r.headers().map().toString());
    }

    /** RFC 9110 §6.6.1: Date on every answer, the 401 of authentication and non-xAPI pages included. */
    @Test
    void everyResponseCarriesDate() {
        List<HttpResponse<String>> answers = List.of(
                client.send(client.anonymous("/xapi/about").GET()),
                client.send(client.xapi("statements?limit=1").GET()),
                client.send(client.xapi("statements?nonsense=1").GET()),
                client.send(client.anonymous("/xapi/statements")
                        .header("X-Experience-API-Version", "1.0.3")
                        .GET()),
                client.send(client.anonymous("/xapi/statements")
                        .header("Origin", TrackerClient.CONTENT_URL)
                        .header("Access-Control-Request-Method", "PUT")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())),
                client.send(client.anonymous("/api/lrs/credentials").GET()),
                client.send(client.anonymous("/login").GET()));
        for (HttpResponse<String> r : answers) {
            String date = r.headers().firstValue("Date").orElse(null);
            assertNotNull(
                    date, r.uri() + " " + r.statusCode() + " " + r.headers().map());
            Instant sent = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            assertTrue(Duration.between(sent, Instant.now()).abs().toMinutes() < 5, date);
        }
    }

    /** Issue 10: "endpoint=.../xapi/" plus "/statements" gives "/xapi//statements"; repeated slashes count as one. */
    @Test
    void repeatedSlashesUnderXapiAreOne() {
        HttpResponse<String> about =
                client.send(client.anonymous("/xapi//about").GET());
        assertEquals(200, about.statusCode(), about.body());
        assertTrue(about.body().contains("\"version\""), about.body());

        String id = UUID.randomUUID().toString();
        HttpResponse<String> posted = client.send(client.xapi("/statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        statement(id, UUID.randomUUID().toString()))));
        assertEquals(200, posted.statusCode(), posted.body());
        HttpResponse<String> read =
                client.send(client.xapi("//statements?statementId=" + id).GET());
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(id, object(read.body()).getString("id"));
        assertEquals(
                200,
                client.send(client.xapi("/statements?statementId=" + id)
                                .method("HEAD", HttpRequest.BodyPublishers.noBody()))
                        .statusCode());

        // multipart/mixed (Communication §1.5.2) with the statement as its only part
        String multipartId = UUID.randomUUID().toString();
        String body = "--b0undary\r\nContent-Type: application/json\r\n\r\n"
                + statement(multipartId, UUID.randomUUID().toString()) + "\r\n--b0undary--\r\n";
        HttpResponse<String> multipart = client.send(client.xapi("/statements")
                .header("Content-Type", "multipart/mixed; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, multipart.statusCode(), multipart.body());
        assertEquals(multipartId, array(multipart.body()).getString(0));

        String state = "/activities//state?activityId="
                + URLEncoder.encode("https://example.org/slashes", StandardCharsets.UTF_8)
                + "&agent=" + URLEncoder.encode("{\"mbox\":\"mailto:slashes@example.org\"}", StandardCharsets.UTF_8)
                + "&stateId=s";
        assertEquals(
                204,
                client.send(client.xapi(state)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":1}")))
                        .statusCode());
        assertEquals(
                204,
                client.send(client.xapi(state)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"b\":2}")))
                        .statusCode());
        HttpResponse<String> doc = client.send(client.xapi(state).GET());
        assertEquals(200, doc.statusCode(), doc.body());
        assertEquals(2, object(doc.body()).size());
        assertEquals(204, client.send(client.xapi(state).DELETE()).statusCode());
        assertEquals(404, client.send(client.xapi(state).GET()).statusCode());

        // the same rules as on the single-slash path: authentication, scopes, version header
        assertEquals(
                401,
                client.send(client.anonymous("/xapi//statements")
                                .header("X-Experience-API-Version", "1.0.3")
                                .GET())
                        .statusCode());
        Credential reader = issue("[\"statements/read\"]");
        assertEquals(
                403,
                client.send(xapi(reader, "/statements")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        statement(UUID.randomUUID().toString(), "x"))))
                        .statusCode());
        assertEquals(
                400,
                client.send(client.anonymous("/xapi//statements")
                                .header("Authorization", basic(TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET))
                                .GET())
                        .statusCode());

        HttpResponse<String> preflight = client.send(client.anonymous("/xapi//activities/state")
                .header("Origin", TrackerClient.CONTENT_URL)
                .header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(
                preflight.statusCode() == 204 || preflight.statusCode() == 200, String.valueOf(preflight.statusCode()));
        assertEquals(
                TrackerClient.CONTENT_URL,
                preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        Map<String, String> get = new LinkedHashMap<>();
        get.put("statementId", id);
        get.put("Authorization", basic(TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET));
        get.put("X-Experience-API-Version", "1.0.3");
        HttpResponse<String> alternate = client.send(client.anonymous("/xapi//statements?method=GET")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(get))));
        assertEquals(200, alternate.statusCode(), alternate.body());
    }

    /** Communication §3.3.s3.b1: the 400 of a version-less request carries tracker.xapi.default-version. */
    @Test
    void versionlessRequestGets400WithTheDefaultVersion() {
        HttpResponse<String> r = client.send(client.anonymous("/xapi/statements")
                .header("Authorization", basic(TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET))
                .GET());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(
                "X-Experience-API-Version",
                object(r.body()).getJsonObject("error").getString("property"));
        assertEquals("1.0.3", r.headers().firstValue("X-Experience-API-Version").orElse(null));
        assertEquals(
                "1.0.3",
                client.send(client.anonymous("/xapi/about").GET())
                        .headers()
                        .firstValue("X-Experience-API-Version")
                        .orElse(null));
    }
}
