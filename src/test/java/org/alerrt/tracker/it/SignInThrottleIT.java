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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.PageSession;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords is throttled (docs/security.md, section sign-in): after the free failures a name or address is
 * locked and every attempt on it is answered 429 without checking the secret, until the lock ends or an administrator
 * clears it. Each test names its own accounts and, through X-Forwarded-For (believed from 127.0.0.1 in the failsafe
 * configuration), its own client addresses, so nothing here counts against the address every other test signs in
 * from; every counter a test made is cleared after it. The failsafe configuration makes the first lock 60 s, so no
 * lock ends while a test looks at it.
 */
class SignInThrottleIT extends AgainstDeployedTracker {

    private String tag;
    private int freePerName;
    private int freePerAddress;
    /** kind/key of every counter a test may have made: cleared after it, so no other test meets a lock. */
    private final List<String> made = new ArrayList<>();

    @BeforeEach
    void policy() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        JsonObject policy = throttles().getJsonObject("policy");
        freePerName = policy.getInt("freeFailuresPerName");
        freePerAddress = policy.getInt("freeFailuresPerAddress");
        assertTrue(
                policy.getInt("firstLockSeconds") >= 30,
                "the failsafe configuration sets a long first lock: " + policy);
    }

    @AfterEach
    void clearWhatThisTestMade() {
        for (String counter : made) {
            int status = client.send(
                            client.admin("sign-in/throttles/" + counter).DELETE())
                    .statusCode();
            assertTrue(status == 204 || status == 404, counter + ": " + status);
        }
    }

    /** A client address of this test (IPv6 documentation prefix, RFC 3849), counted apart from 127.0.0.1. */
    private String address(int n) {
        String a = "2001:db8:" + n + "::" + tag.substring(0, 4) + ":" + tag.substring(4);
        made.add("ADDRESS/" + enc(a));
        return a;
    }

    private String account(String prefix) {
        String name = prefix + "-" + tag;
        made.add("ACCOUNT/" + enc(name));
        return name;
    }

    @Test
    void wrongPasswordsLockTheAccountThenEvenTheRightOneIsRefusedUntilAnAdministratorClearsIt() {
        String name = account("throttle-a");
        learner(name);
        String from = address(1);
        assertEquals(200, me(name, "learner-pass-" + tag, from).statusCode(), "the account works");
        for (int i = 1; i <= freePerName + 1; i++) {
            assertEquals(401, me(name, "wrong-" + i, from).statusCode(), "wrong password " + i);
        }
        HttpResponse<String> locked = me(name, "learner-pass-" + tag, from);
        assertLocked(locked, "username");

        JsonObject counter = counter("ACCOUNT", name).orElseThrow(() -> new AssertionError("not listed"));
        assertEquals(freePerName + 1, counter.getInt("failures"));
        assertTrue(counter.getBoolean("locked"), counter.toString());
        assertTrue(counter.getInt("retryAfterSeconds") >= 1, counter.toString());
        PageSession admin = PageSession.signIn(client, TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
        String page = admin.send(admin.request("/admin/").GET()).body();
        assertTrue(page.contains("Sign-in locks") && page.contains(name), "the lock on the admin page: " + page);

        assertEquals(
                204,
                client.send(client.admin("sign-in/throttles/ACCOUNT/" + enc(name))
                                .DELETE())
                        .statusCode());
        assertEquals(200, me(name, "learner-pass-" + tag, from).statusCode(), "cleared: the right password works");
        assertEquals(
                404,
                client.send(client.admin("sign-in/throttles/ACCOUNT/" + enc(name))
                                .DELETE())
                        .statusCode(),
                "nothing left to clear");
        HttpResponse<String> badKind = client.send(
                client.admin("sign-in/throttles/PERSON/" + enc(name)).DELETE());
        assertEquals(400, badKind.statusCode(), badKind.body());
        assertEquals("kind", object(badKind.body()).getJsonObject("error").getString("property"));
    }

    @Test
    void anUnknownUsernameIsThrottledLikeAKnownOne() {
        String name = account("throttle-nobody");
        String from = address(2);
        for (int i = 1; i <= freePerName + 1; i++) {
            assertEquals(401, me(name, "wrong-" + i, from).statusCode(), "wrong password " + i);
        }
        assertLocked(me(name, "any", from), "username");
    }

    @Test
    void theSignInPageSaysTheAccountIsLocked() {
        String name = account("throttle-form");
        learner(name);
        String from = address(3);
        for (int i = 1; i <= freePerName + 1; i++) {
            HttpResponse<String> page = formSignIn(name, "wrong-" + i, from);
            assertTrue(page.body().contains("Unknown username or wrong password."), page.body());
        }
        HttpResponse<String> page = formSignIn(name, "learner-pass-" + tag, from);
        assertEquals(429, page.statusCode(), "the right password while locked");
        assertTrue(page.body().contains("Too many failed sign-ins"), page.body());
        assertTrue(Long.parseLong(page.headers().firstValue("Retry-After").orElse("0")) >= 1);

        assertEquals(
                204,
                client.send(client.admin("sign-in/throttles/ACCOUNT/" + enc(name))
                                .DELETE())
                        .statusCode());
        assertEquals(302, formSignIn(name, "learner-pass-" + tag, from).statusCode(), "cleared: signed in");
    }

    @Test
    void anotherAccountFromTheSameAddressIsUnaffectedUntilTheAddressBudgetIsUsed() {
        String locked = account("throttle-x");
        String other = account("throttle-y");
        learner(locked);
        learner(other);
        String from = address(4);
        for (int i = 1; i <= freePerName + 1; i++) {
            me(locked, "wrong-" + i, from);
        }
        assertLocked(me(locked, "learner-pass-" + tag, from), "username");
        assertEquals(200, me(other, "learner-pass-" + tag, from).statusCode(), "another account, same address");

        // the rest of the address's budget, with unknown LRS keys (no hash to compute), none past its own budget
        int used = counter("ADDRESS", from).orElseThrow().getInt("failures");
        for (int i = used; i < freePerAddress; i++) {
            String key = "throttle-k-" + tag + "-" + i / freePerName;
            assertEquals(401, xapi(key, "wrong", from).statusCode(), "failure " + (i + 1) + " from the address");
        }
        assertEquals(200, me(other, "learner-pass-" + tag, from).statusCode(), "the whole budget is free");
        assertEquals(401, xapi("throttle-k-" + tag + "-last", "wrong", from).statusCode());
        assertLocked(me(other, "learner-pass-" + tag, from), "client address");
        assertEquals(200, me(other, "learner-pass-" + tag, null).statusCode(), "from another address");

        assertEquals(
                204,
                client.send(client.admin("sign-in/throttles/ADDRESS/" + enc(from))
                                .DELETE())
                        .statusCode());
        assertEquals(200, me(other, "learner-pass-" + tag, from).statusCode(), "the address cleared");
    }

    @Test
    void wrongLrsSecretsAreCountedButNeverLockTheKeyForItsClient() {
        HttpResponse<String> issued = client.send(client.admin("lrs/credentials")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"throttle " + tag + "\"}")));
        assertEquals(201, issued.statusCode(), issued.body());
        String key = object(issued.body()).getString("key");
        String secret = object(issued.body()).getString("secret");
        made.add("LRS_KEY/" + enc(key));
        String client1 = address(5);
        String attacker = address(6);

        for (int i = 1; i <= freePerName + 2; i++) {
            assertEquals(401, xapi(key, "wrong-secret-" + i, attacker).statusCode(), "wrong secret " + i);
        }
        JsonObject counted = counter("LRS_KEY", key).orElseThrow();
        assertEquals(freePerName + 2, counted.getInt("failures"), counted.toString());
        assertFalse(counted.getBoolean("locked"), counted.toString());
        assertEquals(200, xapi(key, secret, client1).statusCode(), "the key's client is not locked out");
        assertEquals(
                freePerName + 2,
                counter("ADDRESS", attacker).orElseThrow().getInt("failures"),
                "the guesses count against the guesser's address");
    }

    // ---------------------------------------------------------------- helpers

    private static void assertLocked(HttpResponse<String> r, String reason) {
        assertEquals(429, r.statusCode(), r.body());
        long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1, "Retry-After: " + retryAfter);
        JsonObject error = object(r.body()).getJsonObject("error");
        assertEquals(429, error.getInt("status"));
        assertTrue(error.getString("message").contains(reason), error.toString());
    }

    private JsonObject throttles() {
        HttpResponse<String> r = client.send(client.admin("sign-in/throttles").GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    private Optional<JsonObject> counter(String kind, String key) {
        return throttles().getJsonArray("throttles").getValuesAs(JsonObject.class).stream()
                .filter(c ->
                        c.getString("kind").equals(kind) && c.getString("key").equals(key))
                .findFirst();
    }

    private void learner(String username) {
        HttpResponse<String> r = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Throttle", "lastName": "%s", "actor": {"mbox": "mailto:%s@it.example.org"},
                         "username": "%s", "password": "learner-pass-%s"}""".formatted(username, username, username, tag))));
        assertEquals(201, r.statusCode(), r.body());
    }

    /** The learner API with HTTP Basic, from {@code from} (null: this machine's own address). */
    private HttpResponse<String> me(String username, String password, String from) {
        HttpRequest.Builder b = client.anonymous("/api/me/completions")
                .header("Authorization", TrackerClient.basic(username, password));
        return client.send(
                from == null ? b.GET() : b.header("X-Forwarded-For", from).GET());
    }

    private HttpResponse<String> xapi(String key, String secret, String from) {
        return client.send(client.anonymous("/xapi/statements?limit=1")
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", TrackerClient.basic(key, secret))
                .header("X-Forwarded-For", from)
                .GET());
    }

    /** The sign-in form posted as a browser would, from {@code from}. */
    private HttpResponse<String> formSignIn(String username, String password, String from) {
        PageSession s = PageSession.anonymous(client);
        HttpResponse<String> form =
                s.send(s.request("/login").header("X-Forwarded-For", from).GET());
        assertEquals(200, form.statusCode());
        Map<String, String> fields = s.inputs(form.body());
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:signIn", "Sign in");
        return s.send(s.request("/login")
                .header("Origin", PageSession.originOf(client))
                .header("X-Forwarded-For", from)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(PageSession.form(fields))));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
