package org.alerrt.tracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alerrt.tracker.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void idsArePositiveWholeNumbersAndTheErrorNamesTheParameter() {
        assertNull(QueryParams.positiveId(null, "learnerId"));
        assertNull(QueryParams.positiveId(" ", "learnerId"));
        assertEquals(42L, QueryParams.positiveId(" 42 ", "learnerId"));
        for (String bad : new String[] {"0", "-3", "abc", "1.5"}) {
            Refusal e = assertThrows(Refusal.class, () -> QueryParams.positiveId(bad, "learnerId"));
            assertEquals(Refusal.Kind.INVALID, e.kind());
            assertEquals("learnerId", e.property());
        }
    }

    @Test
    void wholeNumbersTakeAnySignAndTheErrorNamesTheParameter() {
        assertNull(QueryParams.wholeNumber(null, "before"));
        assertEquals(-7L, QueryParams.wholeNumber(" -7 ", "before"));
        Refusal e = assertThrows(Refusal.class, () -> QueryParams.wholeNumber("abc", "learnerId"));
        assertEquals(Refusal.Kind.INVALID, e.kind());
        assertEquals("learnerId", e.property());
        assertEquals("learnerId must be a whole number, got 'abc'", e.getMessage());
    }

    @Test
    void limitsDefaultAndStayWithinTheMaximum() {
        assertEquals(100, QueryParams.limit(null, 100, 500));
        assertEquals(500, QueryParams.limit("500", 100, 500));
        for (String bad : new String[] {"0", "501", "x"}) {
            assertEquals(
                    "limit",
                    assertThrows(Refusal.class, () -> QueryParams.limit(bad, 100, 500))
                            .property());
        }
    }

    @Test
    void flagsAreTrueOrFalse() {
        assertFalse(QueryParams.flag(null, "pidMissing"));
        assertTrue(QueryParams.flag("TRUE", "pidMissing"));
        assertFalse(QueryParams.flag("false", "pidMissing"));
        assertEquals(
                "pidMissing",
                assertThrows(Refusal.class, () -> QueryParams.flag("yes", "pidMissing"))
                        .property());
    }
}
