package org.alerrt.tracker.lrs.domain.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.platform.json.CachedJson;
import org.junit.jupiter.api.Test;

/**
 * Identifiers the LRS keeps in columns of fixed length: a value exactly at the limit is valid, one character more is
 * a 400 naming the property, wherever in the statement it sits.
 */
class LengthsTest {

    private static final String HOME_PAGE = "https://alerrt.example.org";

    @Test
    void anAccountFillsTheIdentifierColumnAndNoMore() {
        int room = 600 - "account:".length() - HOME_PAGE.length() - 1;
        String atLimit = account(HOME_PAGE, "n".repeat(room));
        valid(statement(atLimit, "http://x.org/v", "http://x.org/a"));
        assertEquals(600, ActorIdentity.of(json(atLimit)).orElseThrow().value().length(), "the stored form fills 600");
        XapiValidationException e =
                refused(statement(account(HOME_PAGE, "n".repeat(room + 1)), "http://x.org/v", "http://x.org/a"));
        assertEquals("statement.actor.account.name", e.property());
        assertTrue(
                e.getMessage()
                        .startsWith("statement.actor.account.name: must not be longer than " + room + " characters"),
                e.getMessage());
    }

    @Test
    void aHomePageTooLongForAnyNameIsNamed() {
        String homePage = "https://x.org/" + "h".repeat(600);
        assertEquals(
                "statement.actor.account.homePage",
                refused(statement(account(homePage, "n"), "http://x.org/v", "http://x.org/a"))
                        .property());
    }

    @Test
    void mboxAndOpenidFillTheIdentifierColumnAndNoMore() {
        String mbox = "mailto:" + "m".repeat(595 - "mailto:".length() - "@x.org".length()) + "@x.org";
        assertEquals(595, mbox.length());
        valid(statement("{\"mbox\":\"" + mbox + "\"}", "http://x.org/v", "http://x.org/a"));
        assertEquals(
                "statement.actor.mbox",
                refused(statement("{\"mbox\":\"" + mbox.replace("@", "m@") + "\"}", "http://x.org/v", "http://x.org/a"))
                        .property());
        String openid = "https://x.org/" + "o".repeat(593 - "https://x.org/".length());
        valid(statement("{\"openid\":\"" + openid + "\"}", "http://x.org/v", "http://x.org/a"));
        assertEquals(
                "statement.actor.openid",
                refused(statement("{\"openid\":\"" + openid + "o\"}", "http://x.org/v", "http://x.org/a"))
                        .property());
    }

    @Test
    void aVerbIdHasAtMost1000Characters() {
        String verb = "http://x.org/" + "v".repeat(1000 - "http://x.org/".length());
        valid(statement(mbox(), verb, "http://x.org/a"));
        valid(statement(mbox(), verb.substring(0, 500) + "é".repeat(500), "http://x.org/a"));
        assertEquals(
                "statement.verb.id",
                refused(statement(mbox(), verb + "v", "http://x.org/a")).property());
    }

    @Test
    void anActivityIdHasAtMost2000CharactersWhereverItIs() {
        String activity = "http://x.org/" + "a".repeat(2000 - "http://x.org/".length());
        valid(statement(mbox(), "http://x.org/v", activity));
        assertEquals(
                "statement.object.id",
                refused(statement(mbox(), "http://x.org/v", activity + "a")).property());
        String withParent = statement(mbox(), "http://x.org/v", "http://x.org/a")
                .replace(
                        "}}",
                        "},\"context\":{\"contextActivities\":{\"grouping\":[{\"id\":\"http://x.org/g\"},{\"id\":\""
                                + activity + "a\"}]}}}");
        assertEquals(
                "statement.context.contextActivities.grouping[1].id",
                refused(withParent).property());
    }

    /** PostgreSQL B-tree entries hold 2704 bytes: an indexed id is also bounded in UTF-8 bytes. */
    @Test
    void anIndexedIdIsBoundedInUtf8Bytes() {
        String prefix = "http://x.org/";
        String threeByte = prefix + "界".repeat((Lengths.INDEXED_UTF8_BYTES - prefix.length()) / 3);
        valid(statement(mbox(), "http://x.org/v", threeByte));
        XapiValidationException e = refused(statement(mbox(), "http://x.org/v", threeByte + "界"));
        assertEquals("statement.object.id", e.property());
        assertTrue(e.getMessage().contains("bytes in UTF-8"), e.getMessage());
        String emoji = prefix + "\uD83D\uDE00".repeat((Lengths.INDEXED_UTF8_BYTES - prefix.length()) / 4);
        valid(statement(mbox(), "http://x.org/v", emoji));
        assertEquals(
                "statement.object.id",
                refused(statement(mbox(), "http://x.org/v", emoji + "\uD83D\uDE00"))
                        .property());
    }

    @Test
    void agentsEverywhereAreBoundedAndSubStatementsToo() {
        String longMbox = "{\"mbox\":\"mailto:" + "m".repeat(600) + "@x.org\"}";
        String instructor = statement(mbox(), "http://x.org/v", "http://x.org/a")
                .replace("}}", "},\"context\":{\"instructor\":" + longMbox + "}}");
        assertEquals("statement.context.instructor.mbox", refused(instructor).property());
        String sub = "{\"actor\":" + mbox() + ",\"verb\":{\"id\":\"http://x.org/v\"},\"object\":{\"objectType\":"
                + "\"SubStatement\",\"actor\":" + mbox() + ",\"verb\":{\"id\":\"http://x.org/v\"},\"object\":"
                + "{\"objectType\":\"Agent\",\"openid\":\"http://x.org/" + "o".repeat(600) + "\"}}}";
        assertEquals("statement.object.object.openid", refused(sub).property());
    }

    @Test
    void parametersAreNamedAsGiven() {
        assertEquals(
                "verb",
                assertThrows(
                                XapiValidationException.class,
                                () -> Lengths.indexed("http://x.org/" + "v".repeat(1000), Lengths.VERB_ID, "verb"))
                        .property());
        assertEquals(
                "stateId",
                assertThrows(
                                XapiValidationException.class,
                                () -> Lengths.atMost("s".repeat(4001), Lengths.DOCUMENT_VALUE, "stateId"))
                        .property());
        assertDoesNotThrow(() -> Lengths.atMost("s".repeat(4000), Lengths.DOCUMENT_VALUE, "stateId"));
    }

    private static void valid(String statement) {
        assertDoesNotThrow(() -> StatementValidator.validate(json(statement), false));
    }

    private static XapiValidationException refused(String statement) {
        return assertThrows(XapiValidationException.class, () -> StatementValidator.validate(json(statement), false));
    }

    private static String statement(String actor, String verb, String activity) {
        return "{\"actor\":" + actor + ",\"verb\":{\"id\":\"" + verb + "\"},\"object\":{\"id\":\"" + activity + "\"}}";
    }

    private static String account(String homePage, String name) {
        return "{\"account\":{\"homePage\":\"" + homePage + "\",\"name\":\"" + name + "\"}}";
    }

    private static String mbox() {
        return "{\"mbox\":\"mailto:a@x.org\"}";
    }

    private static JsonObject json(String s) {
        try (var r = CachedJson.reader(new StringReader(s))) {
            return r.readObject();
        }
    }
}
