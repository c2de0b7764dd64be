package org.alerrt.tracker.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PidTest {

    private static final Pattern DEFAULT = Pattern.compile(Pid.DEFAULT_PATTERN);

    @Test
    void acceptsOneToSevenDigits() {
        assertEquals("1", Pid.of("1", DEFAULT).value());
        assertEquals("1234567", Pid.of(" 1234567 ", DEFAULT).value());
    }

    @Test
    void keepsLeadingZeros() {
        assertEquals("0012345", Pid.of("0012345", DEFAULT).value());
    }

    @Test
    void refusesEightDigitsLettersAndBlank() {
        for (String bad : new String[] {"12345678", "12a45", "-123", "12 34"}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Pid.of(bad, DEFAULT));
            assertEquals("pid", e.field());
        }
        assertThrows(InvalidValueException.class, () -> Pid.of("  ", DEFAULT));
        assertThrows(InvalidValueException.class, () -> Pid.of(null, DEFAULT));
    }

    @Test
    void patternIsConfigurable() {
        Pattern tx = Pattern.compile("^TX[0-9]{6}$");
        assertEquals("TX123456", Pid.of("TX123456", tx).value());
        assertThrows(InvalidValueException.class, () -> Pid.of("123456", tx));
    }

    @Test
    void blankIsNoPidNotAnError() {
        assertTrue(Pid.optional("", DEFAULT).isEmpty());
        assertTrue(Pid.optional(null, DEFAULT).isEmpty());
        assertEquals("42", Pid.optional("42", DEFAULT).orElseThrow().value());
    }

    @Test
    void comparesByValue() {
        assertEquals(Pid.of("42", DEFAULT), new Pid("42"));
    }
}
