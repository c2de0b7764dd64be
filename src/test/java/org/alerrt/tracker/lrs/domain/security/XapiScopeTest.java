package org.alerrt.tracker.lrs.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scope names of xAPI Communication §4.2.s2 and the default of §4.2.s5.b2. */
class XapiScopeTest {

    @Test
    void everyScopeOfTheSpecTableParses() {
        assertEquals(
                Set.of(XapiScope.values()),
                XapiScope.parseAll(List.of(
                        "statements/write",
                        "statements/read/mine",
                        "statements/read",
                        "state",
                        "define",
                        "profile",
                        "all/read",
                        "all")));
    }

    @Test
    void noScopeMeansStatementsWriteAndReadMine_4_2_s5_b2() {
        assertEquals(Set.of(XapiScope.STATEMENTS_WRITE, XapiScope.STATEMENTS_READ_MINE), XapiScope.parseAll(List.of()));
        assertEquals(XapiScope.DEFAULT, XapiScope.parseAll(null));
    }

    @Test
    void unknownOrMiscasedScopeIsRefusedNamingIt() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> XapiScope.parseAll(List.of("all", "Statements/Write")));
        assertTrue(e.getMessage().startsWith("scopes: 'Statements/Write'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> XapiScope.parseAll(List.of("statements")));
    }

    @Test
    void storedUnknownNamesGrantNothing() {
        assertEquals(Set.of(XapiScope.STATE), XapiScope.lenient(List.of("state", "admin")));
    }
}
