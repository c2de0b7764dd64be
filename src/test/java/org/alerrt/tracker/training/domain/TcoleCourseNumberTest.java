package org.alerrt.tracker.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TcoleCourseNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"3311", "78052", "667371"})
    void fourToSixDigits(String number) {
        assertEquals(number, TcoleCourseNumber.of(number).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"331", "1234567", "33a1", "", "3311 "})
    void refusesOtherShapes(String number) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new TcoleCourseNumber(number));
        assertEquals("tcoleNumber", e.field());
        assertEquals(TcoleCourseNumber.formatProblem(number).orElseThrow(), e.reason());
    }

    @Test
    void aValidNumberHasNoFormatProblem() {
        assertEquals(Optional.empty(), TcoleCourseNumber.formatProblem("3311"));
    }

    @Test
    void ofTrims() {
        assertEquals(new TcoleCourseNumber("3356"), TcoleCourseNumber.of(" 3356 "));
    }

    @Test
    void nullRefused() {
        assertThrows(InvalidValueException.class, () -> TcoleCourseNumber.of(null));
    }
}
