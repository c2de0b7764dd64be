package org.alerrt.tracker.lrs.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * UUIDs (Data §2.4.1), mailto IRIs and SHA-1 sums (§2.4.2.3): the loops answer exactly as the regular
 * expressions they replace.
 */
class FormatsIdentifierTest {

    private static final String NOISE = "0123456789abcdefABCDEFgGzZ-_ @.:\t\n\u00e9\u0660";

    @Test
    void uuidLoopAgreesWithRegex() {
        Random random = new Random(2_4_1L);
        List<String> inputs = new ArrayList<>(List.of(
                "",
                "-",
                "00000000-0000-0000-0000-000000000000",
                "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
                "fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
                "FD41C918-B88B-4B20-A0A5-A4C32391AAA0",
                "fd41c918b88b4b20a0a5a4c32391aaa0",
                "fd41c918-b88b-4b20-a0a5-a4c32391aaa",
                "fd41c918-b88b-4b20-a0a5-a4c32391aaa00",
                "fd41c91-8b88b-4b20-a0a5-a4c32391aaa0",
                "fd41c918-b88b4-b20-a0a5-a4c32391aaa0",
                "fd41c918-b88b-4b20a-0a5-a4c32391aaa0",
                "fd41c918-b88b-4b20-a0a5a-4c32391aaa0",
                "{fd41c918-b88b-4b20-a0a5-a4c32391aaa}",
                "fd41c918-b88b-4b20-a0a5-a4c32391aaa\n",
                "gd41c918-b88b-4b20-a0a5-a4c32391aaa0",
                "fd41c918_b88b-4b20-a0a5-a4c32391aaa0",
                "\u0660d41c918-b88b-4b20-a0a5-a4c32391aaa0",
                "urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0"));
        for (int n = 0; n < 20_000; n++) {
            String u = UUID.randomUUID().toString();
            u = random.nextBoolean() ? u : u.toUpperCase(Locale.ROOT);
            inputs.add(u);
            inputs.add(mutate(u, random));
        }
        for (String s : inputs) {
            assertEquals(FormatsByRegex.isUuid(s), Formats.isUuid(s), () -> "'" + s + "'");
        }
        assertTrue(Formats.isUuid("FD41C918-b88b-4B20-a0a5-A4C32391AAA0"), "§2.4.1: case does not matter");
    }

    @Test
    void mailtoLoopAgreesWithRegex() {
        Random random = new Random(2_4_2_3L);
        List<String> inputs = new ArrayList<>(List.of(
                "",
                "mailto:",
                "mailto:@",
                "mailto:a@",
                "mailto:@b",
                "mailto:a@b",
                "mailto:a@b@c",
                "mailto:a b@c",
                "mailto:a@b c",
                "mailto:a@b\n",
                "mailto:a\t@b",
                "mailto:a@b\u000B",
                "MAILTO:a@b",
                "mailto a@b",
                "mailto:mailto:a@b",
                "mailto::@:",
                "a@b",
                "mailto:xapi@adlnet.gov",
                "mailto:first.last+tag@example.org",
                "mailto:\u00e9@\u00e9.fr",
                "mailto:a@b\u00a0",
                "mailto:a@b\u2003",
                "mailto:a@@b"));
        for (int n = 0; n < 20_000; n++) {
            String m = mutate("mailto:learner" + n + "@example.org", random);
            inputs.add(m);
            inputs.add(mutate(m, random));
        }
        for (String s : inputs) {
            assertEquals(FormatsByRegex.isMailto(s), Formats.isMailto(s), () -> "'" + s + "'");
        }
        assertFalse(Formats.isMailto("mailto:two@at@signs.org"));
    }

    @Test
    void sha1LoopAgreesWithRegex() {
        Random random = new Random(1L);
        List<String> inputs = new ArrayList<>(List.of(
                "",
                "ebd31e95054c018b10727ccffd2ef2ec3a016ee9",
                "EBD31E95054C018B10727CCFFD2EF2EC3A016EE9",
                "ebd31e95054c018b10727ccffd2ef2ec3a016ee",
                "ebd31e95054c018b10727ccffd2ef2ec3a016ee90",
                "gbd31e95054c018b10727ccffd2ef2ec3a016ee9",
                "ebd31e95054c018b10727ccffd2ef2ec3a016ee\n"));
        for (int n = 0; n < 20_000; n++) {
            inputs.add(mutate("ebd31e95054c018b10727ccffd2ef2ec3a016ee9", random));
        }
        for (String s : inputs) {
            assertEquals(FormatsByRegex.isSha1(s), Formats.isSha1(s), () -> "'" + s + "'");
        }
    }

    /** One random insertion, deletion or replacement with a character from {@link #NOISE}. */
    static String mutate(String s, Random random) {
        StringBuilder b = new StringBuilder(s);
        int at = random.nextInt(b.length() + 1);
        char c = NOISE.charAt(random.nextInt(NOISE.length()));
        switch (random.nextInt(3)) {
            case 0 -> b.insert(at, c);
            case 1 -> {
                if (at < b.length()) {
                    b.deleteCharAt(at);
                }
            }
            default -> {
                if (at < b.length()) {
                    b.setCharAt(at, c);
                }
            }
        }
        return b.toString();
    }
}
