package org.alerrt.tracker.lrs.domain;

import static org.alerrt.tracker.lrs.domain.JsonSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Data §2.3.1.s9 Statement comparison, with the immutability exceptions of §2.3.1. */
class StatementComparisonTest {

    private static final String SENT = """
            {'id': 'aaaaaaaa-0000-4000-8000-000000000000',
             'actor': {'objectType': 'Group', 'mbox': 'mailto:Team@Example.ORG',
                       'member': [{'mbox': 'mailto:a@x.org'}, {'mbox_sha1sum': 'ABCDEF0123456789ABCDEF0123456789ABCDEF01'}]},
             'verb': {'id': 'http://x.org/v', 'display': {'en': 'did'}},
             'object': {'id': 'http://x.org/a', 'definition': {'name': {'en': 'A'}}},
             'result': {'duration': 'PT1.2345S'},
             'context': {'registration': 'BBBBBBBB-0000-4000-8000-000000000000'},
             'timestamp': '2026-05-04T12:00:00-05:00'}""";

    private static JsonObject stored() {
        return json("""
                {'id': 'aaaaaaaa-0000-4000-8000-000000000000',
                 'actor': {'objectType': 'Group', 'mbox': 'mailto:Team@example.org',
                           'member': [{'mbox_sha1sum': 'abcdef0123456789abcdef0123456789abcdef01'}, {'mbox': 'mailto:a@x.org'}]},
                 'verb': {'id': 'http://x.org/v', 'display': {'en': 'did it', 'fr': 'fait'}},
                 'object': {'id': 'http://x.org/a', 'definition': {'name': {'en': 'Renamed'}}},
                 'result': {'duration': 'PT1.23S'},
                 'context': {'registration': 'bbbbbbbb-0000-4000-8000-000000000000'},
                 'timestamp': '2026-05-04T17:00:00.000Z', 'stored': '2026-05-04T17:00:01.000Z',
                 'authority': {'mbox': 'mailto:lrs@x.org'}, 'version': '1.0.0'}""");
    }

    @Test
    void differencesTheImmutabilityExceptionsAllowAreIgnored() {
        assertTrue(StatementComparison.same(stored(), json(SENT)));
    }

    @Test
    void anLrsSetTimestampIsIgnoredWhenTheStatementIsSentAgainWithoutOne() {
        JsonObject sent = json(SENT.replace("'timestamp': '2026-05-04T12:00:00-05:00'", "'version': '1.0.0'"));
        assertTrue(StatementComparison.same(stored(), sent));
    }

    @Test
    void aDifferentInstantIsADifferentStatement() {
        assertFalse(StatementComparison.same(stored(), json(SENT.replace("12:00:00-05:00", "12:00:00-04:00"))));
    }

    @Test
    void theLocalPartOfAnMboxIsCaseSensitive() {
        assertFalse(StatementComparison.same(stored(), json(SENT.replace("mailto:Team@", "mailto:team@"))));
    }

    @Test
    void otherPropertiesMustMatch() {
        assertFalse(StatementComparison.same(stored(), json(SENT.replace("http://x.org/v", "http://x.org/w"))));
        assertFalse(StatementComparison.same(stored(), json(SENT.replace("PT1.2345S", "PT1.3S"))));
        assertFalse(StatementComparison.same(stored(), json(SENT.replace("'result': {'duration': 'PT1.2345S'},", ""))));
    }

    @Test
    void durationsCompareTruncatedToHundredths() {
        assertEquals("P1DT12H36M0.12S", StatementComparison.truncateDuration("P1DT12H36M0.12567S"));
        assertEquals("PT5S", StatementComparison.truncateDuration("PT5S"));
        assertEquals("PT5.1S", StatementComparison.truncateDuration("PT5.1S"));
    }

    @Test
    void aSingleContextActivityEqualsAOneElementArray() {
        JsonObject a = json(
                "{'actor': {'mbox': 'mailto:a@x.org'}, 'verb': {'id': 'http://x.org/v'}, 'object': {'id': 'http://x.org/a'},"
                        + " 'context': {'contextActivities': {'parent': {'id': 'http://x.org/p'}}}}");
        JsonObject b = json(
                "{'actor': {'mbox': 'mailto:a@x.org'}, 'verb': {'id': 'http://x.org/v'}, 'object': {'id': 'http://x.org/a'},"
                        + " 'context': {'contextActivities': {'parent': [{'id': 'http://x.org/p', 'definition': {}}]}}}");
        assertTrue(StatementComparison.same(a, b));
    }
}
