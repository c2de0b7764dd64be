package org.alerrt.tracker.lrs.domain.security;

import static org.alerrt.tracker.lrs.domain.security.XapiScope.ALL;
import static org.alerrt.tracker.lrs.domain.security.XapiScope.ALL_READ;
import static org.alerrt.tracker.lrs.domain.security.XapiScope.DEFINE;
import static org.alerrt.tracker.lrs.domain.security.XapiScope.PROFILE;
import static org.alerrt.tracker.lrs.domain.security.XapiScope.STATE;
import static org.alerrt.tracker.lrs.domain.security.XapiScope.STATEMENTS_READ;
import static org.alerrt.tracker.lrs.domain.security.XapiScope.STATEMENTS_READ_MINE;
import static org.alerrt.tracker.lrs.domain.security.XapiScope.STATEMENTS_WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The (method, resource) → scope mapping of xAPI Communication §4.2.s2. */
class XapiAccessRuleTest {

    private static XapiAccessRule.Decision decide(Set<XapiScope> granted, String method, String path) {
        return XapiAccessRule.decide(granted, method, path);
    }

    private static void denied(Set<XapiScope> granted, String method, String path, String missing) {
        var d = decide(granted, method, path);
        assertFalse(d.allowed(), method + " " + path);
        assertEquals(missing, d.missingScope());
    }

    private static void allowed(Set<XapiScope> granted, String method, String path) {
        var d = decide(granted, method, path);
        assertTrue(d.allowed(), method + " " + path);
        assertFalse(d.ownStatementsOnly());
    }

    @Test
    void allGrantsEverything() {
        for (String m : new String[] {"GET", "HEAD", "PUT", "POST", "DELETE"}) {
            for (String p : new String[] {
                "statements",
                "activities/state",
                "activities/profile",
                "agents/profile",
                "activities",
                "agents",
                "anything/new"
            }) {
                allowed(Set.of(ALL), m, p);
            }
        }
    }

    @Test
    void statementsWriteOnlyWrites() {
        allowed(Set.of(STATEMENTS_WRITE), "POST", "statements");
        allowed(Set.of(STATEMENTS_WRITE), "PUT", "/statements/");
        denied(Set.of(STATEMENTS_WRITE), "GET", "statements", "statements/read");
        denied(Set.of(STATEMENTS_WRITE), "PUT", "activities/state", "state");
    }

    @Test
    void readScopesNeverWrite() {
        denied(Set.of(STATEMENTS_READ), "POST", "statements", "statements/write");
        denied(Set.of(ALL_READ), "PUT", "statements", "statements/write");
        denied(Set.of(ALL_READ), "DELETE", "activities/state", "state");
        denied(Set.of(ALL_READ), "POST", "agents/profile", "profile");
    }

    @Test
    void readMineIsLimitedToOwnStatements() {
        var d = decide(Set.of(STATEMENTS_READ_MINE), "GET", "statements");
        assertTrue(d.allowed());
        assertTrue(d.ownStatementsOnly());
        assertTrue(decide(Set.of(STATEMENTS_READ_MINE), "HEAD", "statements").ownStatementsOnly());
        // a broader read scope lifts the limit
        allowed(Set.of(STATEMENTS_READ_MINE, STATEMENTS_READ), "GET", "statements");
        allowed(Set.of(STATEMENTS_READ_MINE, ALL_READ), "GET", "statements");
    }

    @Test
    void allReadReadsEveryResource() {
        for (String p : new String[] {
            "statements", "activities/state", "activities/profile", "agents/profile", "activities", "agents"
        }) {
            allowed(Set.of(ALL_READ), "GET", p);
        }
    }

    @Test
    void stateAndProfileScopesCoverTheirDocumentsOnly() {
        for (String m : new String[] {"GET", "PUT", "POST", "DELETE"}) {
            allowed(Set.of(STATE), m, "activities/state");
            allowed(Set.of(PROFILE), m, "activities/profile");
            allowed(Set.of(PROFILE), m, "agents/profile");
            denied(Set.of(STATE), m, "agents/profile", "profile");
            denied(Set.of(PROFILE), m, "activities/state", "state");
        }
        denied(Set.of(STATE, PROFILE), "GET", "statements", "statements/read");
    }

    @Test
    void defineGatesNothingOnItsOwn() {
        denied(Set.of(DEFINE), "POST", "statements", "statements/write");
        denied(Set.of(DEFINE), "GET", "activities", "all/read");
    }

    @Test
    void aboutAndPreflightNeedNoScope() {
        allowed(Set.of(), "GET", "about");
        allowed(Set.of(), "OPTIONS", "statements");
    }

    @Test
    void unknownResourcesNeedAll() {
        denied(Set.of(ALL_READ, STATEMENTS_WRITE, STATE, PROFILE), "GET", "OAuth/initiate", "all");
        denied(Set.of(STATEMENTS_READ), "POST", "activities", "all");
    }
}
