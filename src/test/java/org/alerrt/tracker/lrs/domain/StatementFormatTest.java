package org.alerrt.tracker.lrs.domain;

import static org.alerrt.tracker.lrs.domain.JsonSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Communication §2.1.3 "format" and Data §2.4.3.s6 (ids: no Verb display; canonical: one language). */
class StatementFormatTest {

    private static final JsonObject STATEMENT = json("""
            {'id': '11111111-0000-4000-8000-000000000000',
             'actor': {'objectType': 'Agent', 'name': 'Ann', 'mbox': 'mailto:ann@x.org'},
             'verb': {'id': 'http://x.org/v', 'display': {'en-US': 'did', 'fr': 'a fait'}},
             'object': {'objectType': 'Activity', 'id': 'http://x.org/a',
                        'definition': {'name': {'en-US': 'Old', 'fr': 'Vieux'}, 'type': 'http://x.org/t'}},
             'authority': {'objectType': 'Group', 'member': [{'name': 'App', 'account': {'homePage': 'http://h', 'name': 'app'}},
                                                              {'name': 'Ann', 'mbox': 'mailto:ann@x.org'}]},
             'context': {'team': {'objectType': 'Group', 'name': 'Team', 'mbox': 'mailto:team@x.org',
                                  'member': [{'mbox': 'mailto:m@x.org'}]},
                         'contextActivities': {'parent': [{'id': 'http://x.org/p', 'definition': {'name': {'en-US': 'P'}}}]}},
             'stored': '2026-01-01T00:00:00.000Z'}""");

    @Test
    void exactReturnsTheStatementAsStored() {
        assertSame(STATEMENT, StatementFormat.EXACT.apply(STATEMENT, Map.of(), LanguagePreference.parse(null)));
    }

    @Test
    void idsKeepsOnlyIdentifiers() {
        JsonObject s = StatementFormat.IDS.apply(STATEMENT, Map.of(), LanguagePreference.parse(null));
        assertEquals(json("{'objectType': 'Agent', 'mbox': 'mailto:ann@x.org'}"), s.getJsonObject("actor"));
        assertEquals(json("{'id': 'http://x.org/v'}"), s.getJsonObject("verb"));
        assertEquals(json("{'id': 'http://x.org/a'}"), s.getJsonObject("object"), "an Activity: its id only");
        assertEquals(
                json("{'objectType': 'Group', 'mbox': 'mailto:team@x.org'}"),
                s.getJsonObject("context").getJsonObject("team"),
                "an identified Group by its IFI only");
        assertEquals(
                json("{'objectType': 'Group', 'member': [{'account': {'homePage': 'http://h', 'name': 'app'}},"
                        + " {'mbox': 'mailto:ann@x.org'}]}"),
                s.getJsonObject("authority"),
                "an anonymous Group by its members' identifiers");
        assertEquals(
                json("{'id': 'http://x.org/p'}"),
                s.getJsonObject("context")
                        .getJsonObject("contextActivities")
                        .getJsonArray("parent")
                        .getJsonObject(0));
        assertEquals(STATEMENT.getString("stored"), s.getString("stored"));
    }

    @Test
    void canonicalUsesTheCanonicalDefinitionAndOneLanguagePerMap() {
        Map<String, JsonObject> canonical = Map.of(
                "http://x.org/a",
                json("{'name': {'en-US': 'New', 'fr': 'Nouveau'}, 'description': {'en-US': 'D', 'fr': 'D fr'},"
                        + " 'choices': [{'id': 'c1', 'description': {'en-US': 'One', 'fr': 'Un'}}]}"));
        JsonObject s = StatementFormat.CANONICAL.apply(STATEMENT, canonical, LanguagePreference.parse("fr"));
        JsonObject definition = s.getJsonObject("object").getJsonObject("definition");
        assertEquals(json("{'fr': 'Nouveau'}"), definition.getJsonObject("name"));
        assertEquals(json("{'fr': 'D fr'}"), definition.getJsonObject("description"));
        assertEquals(
                json("{'fr': 'Un'}"),
                definition.getJsonArray("choices").getJsonObject(0).getJsonObject("description"));
        assertEquals(json("{'fr': 'a fait'}"), s.getJsonObject("verb").getJsonObject("display"));
        assertEquals(STATEMENT.getJsonObject("actor"), s.getJsonObject("actor"), "agents as in exact");
        JsonObject parent = s.getJsonObject("context")
                .getJsonObject("contextActivities")
                .getJsonArray("parent")
                .getJsonObject(0);
        assertEquals(
                json("{'en-US': 'P'}"),
                parent.getJsonObject("definition").getJsonObject("name"),
                "no canonical definition: the statement's own, filtered");
    }

    /** Data §2.4.6.2: a single contextActivities value comes back as an array, in every format and SubStatement. */
    @Test
    void singleContextActivityIsAnArrayInEveryFormat() {
        JsonObject single = json("""
                {'actor': {'mbox': 'mailto:a@x.org'}, 'verb': {'id': 'http://x.org/v'},
                 'object': {'objectType': 'SubStatement', 'actor': {'mbox': 'mailto:b@x.org'},
                            'verb': {'id': 'http://x.org/v'}, 'object': {'id': 'http://x.org/s'},
                            'context': {'contextActivities': {'grouping': {'id': 'http://x.org/g'}}}},
                 'context': {'contextActivities': {'parent': {'id': 'http://x.org/p'},
                                                   'other': [{'id': 'http://x.org/o'}]}}}""");
        for (StatementFormat f : StatementFormat.values()) {
            JsonObject s = f.apply(single, Map.of(), LanguagePreference.parse(null));
            JsonObject ca = s.getJsonObject("context").getJsonObject("contextActivities");
            assertEquals(oneActivity("http://x.org/p"), ca.getJsonArray("parent"), f.name());
            assertEquals(oneActivity("http://x.org/o"), ca.getJsonArray("other"), f.name());
            assertEquals(
                    oneActivity("http://x.org/g"),
                    s.getJsonObject("object")
                            .getJsonObject("context")
                            .getJsonObject("contextActivities")
                            .getJsonArray("grouping"),
                    f.name());
        }
    }

    private static JsonArray oneActivity(String id) {
        return json("{'a': [{'id': '" + id + "'}]}").getJsonArray("a");
    }

    @Test
    void parsesOnlyTheThreeFormats() {
        assertEquals(StatementFormat.EXACT, StatementFormat.parse(null).orElseThrow());
        assertEquals(StatementFormat.IDS, StatementFormat.parse("ids").orElseThrow());
        assertTrue(StatementFormat.parse("canonical").isPresent());
        assertFalse(StatementFormat.parse("IDS").isPresent());
        assertFalse(StatementFormat.parse("full").isPresent());
    }
}
