package org.alerrt.tracker.lrs.domain;

import static org.alerrt.tracker.lrs.domain.JsonSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Communication §2.5 "complete Activity": later definitions replace properties, language maps add up. */
class ActivityDefinitionsTest {

    @Test
    void laterLanguagesAddToTheMapsAndALanguageGivenAgainTakesTheLaterText() {
        JsonObject earlier = json("{'name': {'en-US': 'Old', 'fr': 'Vieux'}, 'description': {'en-US': 'D'},"
                + " 'type': 'http://x.org/t1', 'moreInfo': 'http://x.org/info', 'extensions': {'http://x.org/e1': 1}}");
        JsonObject later = json("{'name': {'es': 'Viejo', 'en-US': 'New'}, 'type': 'http://x.org/t2',"
                + " 'extensions': {'http://x.org/e2': 2}}");
        assertEquals(
                json("{'name': {'en-US': 'New', 'fr': 'Vieux', 'es': 'Viejo'}, 'description': {'en-US': 'D'},"
                        + " 'type': 'http://x.org/t2', 'moreInfo': 'http://x.org/info',"
                        + " 'extensions': {'http://x.org/e1': 1, 'http://x.org/e2': 2}}"),
                ActivityDefinitions.merge(earlier, later));
    }

    @Test
    void interactionComponentDescriptionsAddUpByComponentId() {
        JsonObject earlier =
                json("{'interactionType': 'choice', 'choices': [{'id': 'a', 'description': {'en-US': 'A'}},"
                        + " {'id': 'b', 'description': {'en-US': 'B'}}]}");
        JsonObject later = json("{'interactionType': 'choice', 'choices': [{'id': 'a', 'description': {'de': 'A de'}},"
                + " {'id': 'c', 'description': {'de': 'C de'}}]}");
        assertEquals(
                json(
                        "{'interactionType': 'choice', 'choices': [{'id': 'a', 'description': {'en-US': 'A', 'de': 'A de'}},"
                                + " {'id': 'c', 'description': {'de': 'C de'}}]}"),
                ActivityDefinitions.merge(earlier, later),
                "the later list of components, each description completed from the earlier component");
    }

    @Test
    void nothingEarlierOrTheSameAgainIsTheLaterDefinition() {
        JsonObject later = json("{'name': {'en-US': 'X'}}");
        assertSame(later, ActivityDefinitions.merge(null, later));
        assertSame(later, ActivityDefinitions.merge(json("{'name': {'en-US': 'X'}}"), later));
    }
}
