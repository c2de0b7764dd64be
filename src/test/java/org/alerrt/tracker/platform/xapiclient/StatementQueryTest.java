package org.alerrt.tracker.platform.xapiclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alerrt.tracker.platform.json.CachedJson;
import org.junit.jupiter.api.Test;

class StatementQueryTest {

    static final JsonObject AGENT = CachedJson.reader(new StringReader(
                    "{\"objectType\":\"Agent\",\"mbox\":\"mailto:jo+ann@example.org\",\"name\":\"Jo Ann\"}"))
            .readObject();

    static StatementQuery everyFilter() {
        return StatementQuery.builder()
                .agent(AGENT)
                .verb("http://adlnet.gov/expapi/verbs/completed")
                .activity("https://alerrt.org/course/1?x=a&y=é b")
                .registration(UUID.fromString("e8a2d1d4-1f5e-4b0a-9c5d-6a1f1d1b2c3d"))
                .relatedActivities(true)
                .relatedAgents(true)
                .since(Instant.parse("2026-01-02T03:04:05.678Z"))
                .until(Instant.parse("2026-02-01T00:00:00Z"))
                .limit(50)
                .format(StatementQuery.Format.CANONICAL)
                .attachments(true)
                .ascending(true)
                .build();
    }

    static Map<String, String> decode(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    @Test
    void everyFilterIsPercentEncodedInTheSpecsOrder() {
        String q = everyFilter().queryString();

        assertEquals(
                "agent=%7B%22objectType%22%3A%22Agent%22%2C%22mbox%22%3A%22mailto%3Ajo%2Bann%40example.org%22%2C"
                        + "%22name%22%3A%22Jo%20Ann%22%7D"
                        + "&verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fcompleted"
                        + "&activity=https%3A%2F%2Falerrt.org%2Fcourse%2F1%3Fx%3Da%26y%3D%C3%A9%20b"
                        + "&registration=e8a2d1d4-1f5e-4b0a-9c5d-6a1f1d1b2c3d"
                        + "&related_activities=true&related_agents=true"
                        + "&since=2026-01-02T03%3A04%3A05.678Z&until=2026-02-01T00%3A00%3A00Z"
                        + "&limit=50&format=canonical&attachments=true&ascending=true",
                q);
        Map<String, String> params = decode(q);
        assertEquals(
                AGENT, CachedJson.reader(new StringReader(params.get("agent"))).readObject());
        assertEquals("https://alerrt.org/course/1?x=a&y=é b", params.get("activity"));
        assertTrue(params.get("agent").contains("mailto:jo+ann@"), "a plus sign stays a plus sign");
    }

    @Test
    void defaultsAreNotSent() {
        assertEquals("", StatementQuery.all().queryString());
        assertEquals(
                "since=2026-01-01T00%3A00%3A00Z",
                StatementQuery.builder()
                        .since(Instant.parse("2026-01-01T00:00:00Z"))
                        .build()
                        .queryString());
    }

    @Test
    void oneStatementByIdTakesOnlyFormatAndAttachments() {
        UUID id = UUID.randomUUID();
        assertEquals(
                "statementId=" + id + "&format=exact&attachments=true",
                StatementQuery.builder()
                        .statementId(id)
                        .format(StatementQuery.Format.EXACT)
                        .attachments(true)
                        .build()
                        .queryString());
        assertEquals(
                "voidedStatementId=" + id,
                StatementQuery.builder().voidedStatementId(id).build().queryString());
        assertThrows(
                IllegalArgumentException.class,
                () -> StatementQuery.builder()
                        .statementId(id)
                        .voidedStatementId(id)
                        .build());
        assertThrows(
                IllegalArgumentException.class,
                () -> StatementQuery.builder().statementId(id).limit(1).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> StatementQuery.builder()
                        .voidedStatementId(id)
                        .agent(AGENT)
                        .build());
        assertThrows(
                IllegalArgumentException.class,
                () -> StatementQuery.builder().limit(-1).build());
    }
}
