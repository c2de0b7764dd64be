package org.alerrt.tracker.lrs.domain.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagTest {

    @Test
    void isTheLowercaseHexSha1OfTheContent_3_1_s4_b2() {
        // SHA-1("abc") from FIPS 180-1
        assertEquals(
                "a9993e364706816aba3e25717850c26c9cd0d89d", EntityTag.of("abc".getBytes(StandardCharsets.US_ASCII)));
        String tag = EntityTag.of(new byte[] {0, (byte) 0xff, 7});
        assertEquals(40, tag.length());
        assertTrue(tag.matches("[0-9a-f]{40}"));
    }

    @Test
    void isSentQuoted_3_1_s4_b4() {
        assertEquals("\"abc\"", EntityTag.quoted("abc"));
    }

    @Test
    void headerListsAreSplitAndUnquoted() {
        assertEquals(List.of("a", "b", "c"), EntityTag.parseList("\"a\", W/\"b\",\"c\""));
        assertEquals(List.of("*"), EntityTag.parseList("*"));
        assertEquals(List.of("1234"), EntityTag.parseList("1234"), "an unquoted tag still reaches the comparison");
        assertEquals(List.of(), EntityTag.parseList(" , "));
    }
}
