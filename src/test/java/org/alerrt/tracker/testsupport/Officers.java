package org.alerrt.tracker.testsupport;

import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Officers and their training records through the public API, in the words of the rulebook: the fixture of the
 * compliance scenario ITs. Every officer gets a fresh e-mail and PID, so scenarios never see each other's records.
 */
public final class Officers {

    public static final Duration PATIENCE = Duration.ofSeconds(30);
    public static final String PROFILE = "https://alerrt.org/xapi/profile/extensions/";
    public static final String TCOLE_HOME_PAGE = "https://www.tcole.texas.gov";

    private final TrackerClient client;

    public Officers(TrackerClient client) {
        this.client = client;
    }

    /** An officer known by e-mail (the statements' actor) and PID. */
    public record Officer(long id, String email, String pid) {}

    public Officer enrol() {
        return enrol("Test PD", true);
    }

    /** An officer of this agency, with a fresh PID or (withPid false) none yet. */
    public Officer enrol(String agency, boolean withPid) {
        String pid = withPid ? randomPid() : null;
        String email = "officer-" + UUID.randomUUID() + "@example.org";
        var r = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("firstName", "Test")
                        .add("lastName", "Officer " + email.substring(8, 16))
                        .add("pid", withPid ? pid : "")
                        .add("agency", agency)
                        .add("actor", Json.createObjectBuilder().add("mbox", "mailto:" + email))
                        .build()
                        .toString())));
        assertEquals(201, r.statusCode(), r.body());
        return new Officer(object(r.body()).getJsonNumber("id").longValue(), email, pid);
    }

    public static String randomPid() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    /**
     * A statement by the officer about a catalogue course. {@code registration} null for none; {@code context} and
     * {@code result} are extra JSON members (without braces) or null.
     */
    public static String statement(
            Officer o,
            String verb,
            String course,
            String registration,
            OffsetDateTime at,
            String context,
            String result) {
        StringBuilder ctx = new StringBuilder();
        if (registration != null) {
            ctx.append("\"registration\": \"").append(registration).append('"');
        }
        if (context != null) {
            ctx.append(ctx.length() > 0 ? ", " : "").append(context);
        }
        return """
                {"id": "%s", "actor": {"name": "Test Officer", "mbox": "mailto:%s"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/%s"},
                 "object": {"id": "https://alerrt.org/xapi/courses/%s"},
                 "timestamp": "%s", "context": {%s}%s}""".formatted(
                        UUID.randomUUID(),
                        o.email(),
                        verb,
                        course,
                        at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                        ctx,
                        result == null ? "" : ", \"result\": {" + result + "}");
    }

    /** {@code context.instructor}: the instructors' TCOLE PIDs as accounts (docs/xapi-profile.md). */
    public static String instructors(String... pids) {
        StringBuilder members = new StringBuilder();
        for (String pid : pids) {
            members.append(members.length() > 0 ? ", " : "").append("""
                    {"objectType": "Agent", "account": {"homePage": "%s", "name": "%s"}}""".formatted(TCOLE_HOME_PAGE, pid));
        }
        return pids.length == 1
                ? "\"instructor\": " + members
                : "\"instructor\": {\"objectType\": \"Group\", \"member\": [" + members + "]}";
    }

    public void post(String statementJson) {
        var r = client.postStatements(statementJson);
        assertEquals(200, r.statusCode(), r.body());
    }

    public JsonArray completions(Officer o) {
        var r = client.send(client.admin("completions?learnerId=" + o.id()).GET());
        assertEquals(200, r.statusCode(), r.body());
        return array(r.body());
    }

    /** Waits until the officer has {@code count} completions, newest first. */
    public JsonArray awaitCompletions(Officer o, int count) {
        await().atMost(PATIENCE).until(() -> completions(o).size() >= count);
        return completions(o);
    }

    public JsonObject mandate(Officer o, String on) {
        var r = client.send(client.admin("learners/" + o.id() + "/mandate" + (on == null ? "" : "?on=" + on))
                .GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    public JsonArray certificates(Officer o) {
        var r = client.send(client.admin("certificates?learnerId=" + o.id()).GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("certificates");
    }

    /** Queue entries (any status) of one completion. */
    public JsonArray queueEntriesOf(long completionId) {
        var r = client.send(
                client.admin("reports/queue?status=QUEUED&limit=500").GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("entries").stream()
                .filter(e -> e.asJsonObject().getJsonNumber("completionId").longValue() == completionId)
                .collect(Json::createArrayBuilder, JsonArrayBuilder::add, JsonArrayBuilder::addAll)
                .build();
    }

    /** Every report entry of one completion (original and corrections), oldest first. */
    public JsonArray reportEntriesOf(long completionId) {
        var r = client.send(
                client.admin("reports/entries?completionId=" + completionId).GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("entries");
    }

    /** Exports everything queued into a roster. @return the roster's id */
    public long exportRoster() {
        var r = client.send(client.admin("reports/rosters").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, r.statusCode(), r.body());
        return object(r.body()).getJsonNumber("id").longValue();
    }

    /** Records the roster's upload to TCOLE under this batch reference. */
    public JsonObject submitRoster(long rosterId, String tcoleReference) {
        var r = client.send(client.admin("reports/rosters/" + rosterId + "/submitted")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("tcoleReference", tcoleReference)
                        .build()
                        .toString())));
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    /** Waits for a condition on the deployed system (events are handled after the commit). */
    public static void eventually(Supplier<Boolean> condition) {
        await().atMost(PATIENCE).until(condition::get);
    }

    /** Lets the outbox drain before asserting that something did NOT happen. */
    public static void settle() {
        await().pollDelay(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> true);
    }
}
