package org.alerrt.tracker.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.alerrt.tracker.training.api.TrainingUnit;
import org.junit.jupiter.api.Test;

class TrainingUnitTest {

    private static TrainingUnit unit(int startYear) {
        return new TrainingUnit(LocalDate.of(startYear, 9, 1));
    }

    @Test
    void lastDayOfAUnitAndFirstDayOfTheNext() {
        assertEquals(unit(2023), TrainingUnit.containing(LocalDate.of(2025, 8, 31)));
        assertEquals(unit(2025), TrainingUnit.containing(LocalDate.of(2025, 9, 1)));
    }

    @Test
    void evenYearsBelongToTheUnitStartedTheYearBefore() {
        assertEquals(unit(2025), TrainingUnit.containing(LocalDate.of(2026, 1, 1)));
        assertEquals(unit(2025), TrainingUnit.containing(LocalDate.of(2026, 12, 31)));
        assertEquals(unit(2025), TrainingUnit.containing(LocalDate.of(2027, 8, 31)));
        assertEquals(unit(2027), TrainingUnit.containing(LocalDate.of(2027, 9, 1)));
    }

    @Test
    void leapDays() {
        assertEquals(unit(2023), TrainingUnit.containing(LocalDate.of(2024, 2, 29)));
        assertEquals(unit(2027), TrainingUnit.containing(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void sb1852FirstUnit() {
        TrainingUnit first = TrainingUnit.containing(LocalDate.of(2023, 9, 1));
        assertEquals(LocalDate.of(2023, 9, 1), first.start());
        assertEquals(LocalDate.of(2025, 8, 31), first.end());
        assertEquals("2023-09-01..2025-08-31", first.toString());
    }

    @Test
    void containsBothEnds() {
        TrainingUnit u = unit(2025);
        assertTrue(u.contains(LocalDate.of(2025, 9, 1)));
        assertTrue(u.contains(LocalDate.of(2027, 8, 31)));
        assertFalse(u.contains(LocalDate.of(2025, 8, 31)));
        assertFalse(u.contains(LocalDate.of(2027, 9, 1)));
    }

    @Test
    void nextAndPrevious() {
        assertEquals(unit(2027), unit(2025).next());
        assertEquals(unit(2023), unit(2025).previous());
    }

    @Test
    void aUnitStartsOnSeptemberFirstOfAnOddYear() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingUnit(LocalDate.of(2024, 9, 1)));
        assertThrows(IllegalArgumentException.class, () -> new TrainingUnit(LocalDate.of(2025, 9, 2)));
    }
}
