package org.alerrt.tracker.certificates.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PidMaskTest {

    @Test
    void showsOnlyTheLastTwoDigits() {
        assertEquals("•••••67", PidMask.mask("1234567"));
    }

    @Test
    void maskWidthDoesNotRevealThePidLength() {
        assertEquals("•••••45", PidMask.mask("2345"));
        assertEquals(PidMask.mask("1234567").length(), PidMask.mask("2345").length());
    }

    @Test
    void veryShortPidsAreMaskedWhole() {
        assertEquals("•••••••", PidMask.mask("123"));
        assertEquals("•••••••", PidMask.mask("7"));
        assertFalse(PidMask.mask("12").contains("12"));
    }

    @Test
    void blankOrMissingPidGivesOnlyTheMask() {
        assertEquals("•••••••", PidMask.mask(null));
        assertEquals("•••••••", PidMask.mask("  "));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertEquals("•••••67", PidMask.mask(" 1234567 "));
    }
}
