package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.junit.jupiter.api.Test;

/**
 * What a client cannot make the LRS do with its input: page past {@code tracker.xapi.max-limit} (500, the default
 * the integration servers run with) with a forged "more" token or a huge {@code limit}, or store an identifier longer
 * than its column (a 500 from the database before). Each refusal is a 400 naming the field, and stores nothing.
 */
class XapiInputLimitsIT extends AgainstDeployedTracker {

    private static final int MAX_LIMIT = 500;
    private static final String VERB = "http://adlnet.gov/expapi/verbs/experienced";

    // ---------------------------------------------------------------- paging: limit and "more" tokens

    /** 502 statements under one registration: more than one server-maximum page. */
    private String registrationWithMoreThanOnePage() {
        String registration = UUID.randomUUID().toString();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < MAX_LIMIT + 2; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append(statement(
                            UUID.randomUUID().toString(),
                            registration,
                            "{\"mbox\":\"mailto:paging@example.org\"}",
                            VERB,
                            "https://example.org/paging/" + i));
        }
        var posted = client.postStatements(batch.append(']').toString());
        assertEquals(200, posted.statusCode(), posted.body());
        return registration;
    }

    @Test
    void aHugeLimitIsClampedToTheServerMaximumAndAForgedTokenCannotRaiseIt() {
        String registration = registrationWithMoreThanOnePage();

        HttpResponse<String> huge = get("statements?format=ids&limit=2147483647&registration=" + registration);
        assertEquals(200, huge.statusCode(), huge.body());
        assertEquals(MAX_LIMIT, object(huge.body()).getJsonArray("statements").size());
        assertFalse(object(huge.body()).getString("more").isEmpty(), "the rest is behind a more link");

        JsonObject first = result("statements?format=ids&limit=1&registration=" + registration);
        String token = moreToken(first);
        JsonObject second = result("statements?more=" + token);
        assertEquals(1, second.getJsonArray("statements").size(), "the token keeps limit=1");

        // the payload is readable (Base64 JSON); raising its limit, keeping or dropping the signature, is refused
        for (int forged : new int[] {MAX_LIMIT + 1, Integer.MAX_VALUE}) {
            for (String t : new String[] {withLimit(token, forged, true), withLimit(token, forged, false)}) {
                HttpResponse<String> r = get("statements?more=" + t);
                assertEquals(400, r.statusCode(), "limit " + forged + ": " + r.body());
                assertEquals("more", property(r));
            }
        }
    }

    @Test
    void aTamperedTruncatedOrForeignMoreTokenIs400NamingMore() {
        String registration = registrationWithMoreThanOnePage();
        String token = moreToken(result("statements?format=ids&limit=3&registration=" + registration));
        String otherRegistration = UUID.randomUUID().toString();
        String tampered = payload(token).replace(registration, otherRegistration);
        String[] refused = {
            token.substring(0, token.length() - 1), // truncated signature
            token.substring(0, token.length() / 2), // cut in half
            encode(tampered) + signature(token), // payload changed, old signature
            encode(payload(token)), // unsigned (the format before)
            encode(payload(token)) + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]), // signed with another key
            token + "x",
            "",
        };
        for (String t : refused) {
            HttpResponse<String> r = get("statements?more=" + enc(t));
            assertEquals(400, r.statusCode(), t + ": " + r.body());
            assertEquals("more", property(r), t);
        }
    }

    @Test
    void limitZeroIsTheServerMaximumAndBadLimitsAre400NamingLimit() {
        String registration = registrationWithMoreThanOnePage();
        assertEquals(
                MAX_LIMIT,
                result("statements?format=ids&limit=0&registration=" + registration)
                        .getJsonArray("statements")
                        .size());
        assertEquals(
                MAX_LIMIT,
                result("statements?format=ids&limit=501&registration=" + registration)
                        .getJsonArray("statements")
                        .size());
        for (String bad : new String[] {"-1", "ten", "2147483648", "-2147483648", "1.5", ""}) {
            HttpResponse<String> r = get("statements?limit=" + enc(bad));
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertEquals("limit", property(r), bad);
        }
    }

    // ---------------------------------------------------------------- identifiers longer than their columns

    @Test
    void anAccountNameTooLongForTheIdentifierColumnIs400AndNothingIsStored() {
        String homePage = "https://alerrt.example.org";
        // stored as "account:<homePage> <name>" in a 600-character column
        int room = 600 - "account:".length() - homePage.length() - 1;
        refusedAndNothingStored(
                account(homePage, "n".repeat(room + 1)), VERB, "https://example.org/a", "statement.actor.account.name");
        acceptedAndReadBack(account(homePage, "n".repeat(room)), VERB, "https://example.org/a");
        acceptedAndReadBack(account(homePage, "é".repeat(room)), VERB, "https://example.org/a");
    }

    @Test
    void aVerbIdOver1000CharactersIs400AndNothingIsStored() {
        String prefix = "https://example.org/verbs/";
        refusedAndNothingStored(
                mbox(), prefix + "v".repeat(1001 - prefix.length()), "https://example.org/a", "statement.verb.id");
        acceptedAndReadBack(mbox(), prefix + "v".repeat(1000 - prefix.length()), "https://example.org/a");
        acceptedAndReadBack(mbox(), prefix + "é".repeat(1000 - prefix.length()), "https://example.org/a");
    }

    @Test
    void anObjectIdOver2000CharactersIs400AndNothingIsStored() {
        String prefix = "https://example.org/activities/";
        refusedAndNothingStored(mbox(), VERB, prefix + "a".repeat(2001 - prefix.length()), "statement.object.id");
        String atLimit = prefix + "a".repeat(2000 - prefix.length());
        acceptedAndReadBack(mbox(), VERB, atLimit);
        JsonObject byActivity = result("statements?format=ids&limit=1&activity=" + enc(atLimit));
        assertEquals(1, byActivity.getJsonArray("statements").size(), "findable by its id");
    }

    /**
     * PostgreSQL indexes verb and activity ids, and a B-tree entry holds at most 2704 bytes: an id that fits its
     * column in characters can still be too big in UTF-8 bytes (it was a 500 on PostgreSQL, stored on H2).
     */
    @Test
    void anActivityIdTooBigForTheIndexInUtf8Is400NamingIt() {
        String prefix = "https://example.org/activities/";
        Random random = new Random(11);
        StringBuilder cjk = new StringBuilder(prefix);
        while (cjk.length() < 1500) {
            cjk.append((char) (0x4E00 + random.nextInt(0x5000))); // 3 bytes each in UTF-8, hardly compressible
        }
        refusedAndNothingStored(mbox(), VERB, cjk.toString(), "statement.object.id");
        acceptedAndReadBack(mbox(), VERB, cjk.substring(0, 850));
    }

    @Test
    void inABatchTheErrorNamesTheStatementByItsIndex() {
        String registration = UUID.randomUUID().toString();
        String ok = statement(UUID.randomUUID().toString(), registration, mbox(), VERB, "https://example.org/b");
        String tooLong = statement(
                UUID.randomUUID().toString(), registration, mbox(), VERB, "https://example.org/" + "b".repeat(2000));
        HttpResponse<String> r = client.postStatements("[" + ok + "," + tooLong + "]");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("statement[1].object.id", property(r));
        assertEquals(
                0,
                result("statements?registration=" + registration)
                        .getJsonArray("statements")
                        .size());
    }

    @Test
    void contextActivitiesAndAgentsAreBoundedLikeTheObjectAndActor() {
        String registration = UUID.randomUUID().toString();
        String s = statement(UUID.randomUUID().toString(), registration, mbox(), VERB, "https://example.org/c")
                .replace(
                        "\"context\":{",
                        "\"context\":{\"contextActivities\":{\"parent\":[{\"id\":\"https://" + "example.org/"
                                + "p".repeat(2000) + "\"}]},");
        HttpResponse<String> r = client.postStatements(s);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("statement.context.contextActivities.parent[0].id", property(r));
        String instructor = statement(UUID.randomUUID().toString(), registration, mbox(), VERB, "https://example.org/c")
                .replace(
                        "\"context\":{",
                        "\"context\":{\"instructor\":{\"mbox\":\"mailto:" + "i".repeat(600) + "@example.org\"},");
        r = client.postStatements(instructor);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("statement.context.instructor.mbox", property(r));
        assertEquals(
                0,
                result("statements?registration=" + registration)
                        .getJsonArray("statements")
                        .size());
    }

    @Test
    void anAttachmentPartContentTypeLongerThanItsColumnIs400() throws Exception {
        byte[] data = "evidence".getBytes(StandardCharsets.UTF_8);
        String sha2 = XapiAttachmentsIT.sha256(data);
        String id = UUID.randomUUID().toString();
        String contentType = "text/plain; x=" + "y".repeat(255);
        String json = XapiAttachmentsIT.statement(
                id, XapiAttachmentsIT.attachment("http://example.org/usage", "text/plain", data.length, sha2, null));
        HttpResponse<String> r = client.send(client.xapi("statements")
                .header("Content-Type", "multipart/mixed; boundary=\"" + XapiAttachmentsIT.BOUNDARY + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(XapiAttachmentsIT.multipart(
                        XapiAttachmentsIT.BOUNDARY, json, XapiAttachmentsIT.part(contentType, data, sha2)))));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("Content-Type", property(r));
        assertEquals(404, get("statements?statementId=" + id).statusCode(), "nothing stored");
    }

    @Test
    void aStateIdOver4000CharactersIs400AndNothingIsStored() {
        String activity = "https://example.org/state/" + UUID.randomUUID();
        String context = "activities/state?activityId=" + enc(activity) + "&agent=" + enc(mbox());
        HttpResponse<String> r = client.send(client.xapi(context + "&stateId=" + "s".repeat(4001))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("stateId", property(r));
        assertEquals("[]", get(context).body(), "no state stored");

        // 4000 two-byte characters: too long for a URL, so in the Alternate Request Syntax (Communication §1.3)
        String atLimit = "é".repeat(4000);
        String fields = "activityId=" + enc(activity) + "&agent=" + enc(mbox()) + "&stateId=" + enc(atLimit);
        r = alternate(
                "activities/state", "PUT", fields + "&Content-Type=application%2Fjson&content=" + enc("{\"a\":1}"));
        assertEquals(204, r.statusCode(), r.body());
        r = alternate("activities/state", "GET", fields);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\"a\":1}", r.body());
    }

    /** Filters longer than any stored value: a 400 naming the parameter, before any query runs. */
    @Test
    void queryParametersLongerThanTheirColumnsAre400NamingTheParameter() {
        String longIri = "https://example.org/" + "q".repeat(2000);
        String[][] cases = {
            {"statements?verb=" + enc(longIri.substring(0, 1001)), "verb"},
            {"statements?activity=" + enc(longIri), "activity"},
            {"statements?agent=" + enc(account("https://alerrt.example.org", "n".repeat(600))), "agent.account.name"},
            {"activities?activityId=" + enc(longIri), "activityId"},
            {"agents?agent=" + enc(account("https://alerrt.example.org", "n".repeat(600))), "agent.account.name"},
            {"activities/profile?profileId=p&activityId=" + enc("https://example.org/" + "q".repeat(4000)), "activityId"
            },
            {"agents/profile?agent=" + enc(mbox()) + "&profileId=" + "p".repeat(4001), "profileId"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = get(c[0]);
            assertEquals(400, r.statusCode(), c[1] + ": " + r.body());
            assertEquals(c[1], property(r));
        }
    }

    // ---------------------------------------------------------------- helpers

    private void refusedAndNothingStored(String actor, String verb, String activity, String field) {
        String registration = UUID.randomUUID().toString();
        HttpResponse<String> r =
                client.postStatements(statement(UUID.randomUUID().toString(), registration, actor, verb, activity));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(field, property(r));
        assertTrue(object(r.body()).getJsonObject("error").getString("message").startsWith(field + ": "), r.body());
        assertEquals(
                0,
                result("statements?registration=" + registration)
                        .getJsonArray("statements")
                        .size(),
                "nothing stored");
    }

    private void acceptedAndReadBack(String actor, String verb, String activity) {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> r =
                client.postStatements(statement(id, UUID.randomUUID().toString(), actor, verb, activity));
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> read = get("statements?statementId=" + id);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject stored = object(read.body());
        assertEquals(object(actor), stored.getJsonObject("actor"));
        assertEquals(verb, stored.getJsonObject("verb").getString("id"));
        assertEquals(activity, stored.getJsonObject("object").getString("id"));
    }

    private static String statement(String id, String registration, String actor, String verb, String activity) {
        return "{\"id\":\"" + id + "\",\"actor\":" + actor + ",\"verb\":{\"id\":\"" + verb + "\"},"
                + "\"object\":{\"id\":\"" + activity + "\"},\"context\":{\"registration\":\"" + registration + "\"}}";
    }

    private static String account(String homePage, String name) {
        return "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + homePage + "\",\"name\":\"" + name + "\"}}";
    }

    private static String mbox() {
        return "{\"objectType\":\"Agent\",\"mbox\":\"mailto:limits@example.org\"}";
    }

    private HttpResponse<String> get(String path) {
        return client.send(client.xapi(path).GET());
    }

    private HttpResponse<String> alternate(String resource, String method, String form) {
        return client.send(client.xapi(resource + "?method=" + method)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private JsonObject result(String path) {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return object(r.body());
    }

    private static String property(HttpResponse<String> r) {
        return object(r.body()).getJsonObject("error").getString("property", null);
    }

    private static String moreToken(JsonObject page) {
        String more = page.getString("more");
        assertFalse(more.isEmpty(), "a more link");
        return more.substring(more.indexOf("more=") + "more=".length());
    }

    /** The JSON inside a token, whether it is signed ("payload.signature") or not. */
    private static String payload(String token) {
        int dot = token.indexOf('.');
        return new String(
                Base64.getUrlDecoder().decode(dot < 0 ? token : token.substring(0, dot)), StandardCharsets.UTF_8);
    }

    /** ".signature", or "" for an unsigned token. */
    private static String signature(String token) {
        int dot = token.indexOf('.');
        return dot < 0 ? "" : token.substring(dot);
    }

    private static String withLimit(String token, int limit, boolean keepSignature) {
        String forged = payload(token).replaceFirst("\"limit\":\\d+", "\"limit\":" + limit);
        return encode(forged) + (keepSignature ? signature(token) : "");
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
