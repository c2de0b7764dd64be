package org.alerrt.tracker.lrs.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Data §4.6 ISO 8601 durations: the one-pass check answers exactly as the regular expression. */
class FormatsDurationTest {

    @Test
    void loopAgreesWithRegex() {
        List<String> inputs = new ArrayList<>(List.of(
                "",
                "P",
                "PT",
                "PW",
                "P1",
                "P1W",
                "P12W",
                "P1.5W",
                "P1WT1H",
                "P1Y",
                "P1M",
                "P1D",
                "PT1H",
                "PT1M",
                "PT1S",
                "PT1.5S",
                "P1Y2M3DT4H5M6.7S",
                "P1.5Y",
                "P1.Y",
                "P.5Y",
                "P1YT",
                "P1Y1Y",
                "P1M1Y",
                "PT1S1M",
                "P1H",
                "PT1D",
                "P1DT1H1M",
                "PT1H1H",
                "PTT1H",
                "PT1HT1M",
                "P0D",
                "PT0S",
                "P1Y2M",
                "p1Y",
                "P1y",
                "PT36H",
                "P\u0661Y",
                "P1Y\n",
                " P1Y",
                "P1Y2W",
                "P-1Y",
                "P+1Y",
                "P1,5Y",
                "P1.5.5Y",
                "PT1.5H30M",
                "P1DT",
                "P1D2",
                "PT1M2.5S",
                "P0000000001Y"));
        Random random = new Random(4_6L);
        String alphabet = "PYMDTHSW0123456789.";
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder(random.nextInt(4) == 0 ? "" : "P");
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(b.toString());
        }
        int accepted = 0;
        for (String s : inputs) {
            boolean expected = FormatsByRegex.isDuration(s);
            assertEquals(expected, Formats.isDuration(s), () -> "'" + s + "'");
            accepted += expected ? 1 : 0;
        }
        assertTrue(accepted > 1_000, "the generated inputs include many valid durations: " + accepted);
    }

    @Test
    void typicalAnswers() {
        assertTrue(Formats.isDuration("PT1M2.5S"));
        assertTrue(Formats.isDuration("P3W"));
        assertFalse(Formats.isDuration("PT"), "§4.6: a designator needs a value");
    }
}
