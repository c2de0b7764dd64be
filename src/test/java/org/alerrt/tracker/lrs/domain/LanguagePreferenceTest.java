package org.alerrt.tracker.lrs.domain;

import static org.alerrt.tracker.lrs.domain.JsonSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Communication §2.1.3.s4: Accept-Language (RFC 2616 §14.4) applied to each language map on its own. */
class LanguagePreferenceTest {

    private static final String MAP = "{'en-US': 'Hi', 'en-GB': 'Hello', 'fr': 'Bonjour', 'de-DE': 'Hallo'}";

    private static String pick(String header) {
        return LanguagePreference.parse(header).pick(json(MAP)).orElseThrow();
    }

    @Test
    void exactTagWins() {
        assertEquals("en-GB", pick("en-GB"));
        assertEquals("fr", pick("FR"));
    }

    @Test
    void qualityOrdersTheRanges() {
        assertEquals("fr", pick("en-GB;q=0.5, fr;q=0.9"));
        assertEquals("en-GB", pick("fr;q=0.1, en-GB"));
    }

    @Test
    void aRangeMatchesTagsItIsAPrefixOf() {
        assertEquals("de-DE", pick("de"));
        assertEquals("en-US", pick("en"), "the first en-* key in map order");
    }

    @Test
    void samePrimaryLanguageIsTheNextBest() {
        assertEquals("de-DE", pick("de-AT"));
    }

    @Test
    void qZeroExcludesAndNoMatchStillGivesOneEntry() {
        assertEquals("en-US", pick("fr;q=0, es"), "fr refused, es absent: the map's first entry");
        assertEquals("en-US", pick(null));
        assertEquals("en-US", pick("*"));
    }

    @Test
    void reduceKeepsExactlyOneEntry() {
        assertEquals(json("{'fr': 'Bonjour'}"), LanguagePreference.parse("fr").reduce(json(MAP)));
    }
}
