package org.alerrt.tracker.lrs.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Data §2.2.s4.b2 / §4.2: RFC 5646 language tags. The regex stays the definition; the cache in front of it must
 * give the same answer on first and later calls and stay bounded.
 */
class FormatsLanguageTagTest {

    /** RFC 5646 Appendix A examples (valid and invalid), private use, grandfathered "i-" tags and odd strings. */
    private static final List<String> SAMPLES = List.of(
            "de",
            "fr",
            "ja",
            "i-enochian",
            "zh-Hant",
            "zh-Hans",
            "sr-Cyrl",
            "sr-Latn",
            "zh-cmn-Hans-CN",
            "cmn-Hans-CN",
            "zh-yue-HK",
            "yue-HK",
            "zh-Hans-CN",
            "sr-Latn-RS",
            "sl-rozaj",
            "sl-rozaj-biske",
            "sl-nedis",
            "de-CH-1901",
            "sl-IT-nedis",
            "hy-Latn-IT-arevela",
            "de-DE",
            "en-US",
            "es-419",
            "de-CH-x-phonebk",
            "az-Arab-x-AZE-derbend",
            "x-whatever",
            "qaa-Qaaa-QM-x-southern",
            "de-Qaaa",
            "sr-Latn-QM",
            "sr-Qaaa-RS",
            "en-US-u-islamcal",
            "zh-CN-a-myext-x-private",
            "en-a-myext-b-another",
            "de-419-DE",
            "a-DE",
            "ar-a-aaa-b-bbb-a-ccc",
            "i-klingon",
            "i-default",
            "i-navajo",
            "i-",
            "i-x",
            "I-klingon",
            "en-GB-oed",
            "art-lojban",
            "zh-min-nan",
            "X-private",
            "en-x-a-b-c",
            "en-x-",
            "en-x-123456789",
            "",
            "-",
            "en-",
            "-en",
            "en--US",
            "e",
            "engl1",
            "en_US",
            "en-US ",
            " en",
            "en\n",
            "abcdefgh",
            "abcdefghi",
            "en-Latn-US-valencia-x-priv",
            "en-1234",
            "en-12345",
            "en-1abc",
            "en-a1",
            "EN-us",
            "x",
            "xx-x-a",
            "en-US-x-a-x-b",
            "\u00e9n",
            "en-\u0660\u0660\u0660");

    @Test
    void cachedAnswersAgreeWithRegexOnFirstAndLaterCalls() {
        for (String s : SAMPLES) {
            boolean expected = Formats.isLanguageTagByRegex(s);
            assertEquals(expected, Formats.isLanguageTag(s), () -> "first call '" + s + "'");
            assertEquals(expected, Formats.isLanguageTag(s), () -> "cached call '" + s + "'");
        }
        assertTrue(Formats.isLanguageTag("en-US"));
        assertTrue(Formats.isLanguageTag("i-enochian"));
        assertFalse(Formats.isLanguageTag("en_US"));
    }

    @Test
    void generatedTagsAgreeAndTheCacheStaysBounded() {
        Random random = new Random(5_646L);
        String alphabet = "aBzX019-i";
        List<String> inputs = new ArrayList<>();
        for (int n = 0; n < 3 * Formats.LANGUAGE_TAG_CACHE_SIZE; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(b.toString());
        }
        inputs.add("en-" + "a".repeat(Formats.LANGUAGE_TAG_CACHE_MAX_LENGTH)); // not cached: too long
        inputs.add("x" + "-abcdefgh".repeat(10));
        for (int round = 0; round < 2; round++) {
            for (String s : inputs) {
                assertEquals(Formats.isLanguageTagByRegex(s), Formats.isLanguageTag(s), () -> "'" + s + "'");
                assertTrue(Formats.languageTagCacheSize() <= Formats.LANGUAGE_TAG_CACHE_SIZE);
            }
        }
    }
}
