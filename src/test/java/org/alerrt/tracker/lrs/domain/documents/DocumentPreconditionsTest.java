package org.alerrt.tracker.lrs.domain.documents;

import static org.alerrt.tracker.lrs.api.DocumentKind.ACTIVITY_PROFILE;
import static org.alerrt.tracker.lrs.api.DocumentKind.AGENT_PROFILE;
import static org.alerrt.tracker.lrs.api.DocumentKind.STATE;
import static org.alerrt.tracker.lrs.api.XapiVersion.V1_0_3;
import static org.alerrt.tracker.lrs.api.XapiVersion.V2_0_0;
import static org.alerrt.tracker.lrs.domain.documents.DocumentPreconditions.Method.DELETE;
import static org.alerrt.tracker.lrs.domain.documents.DocumentPreconditions.Method.POST;
import static org.alerrt.tracker.lrs.domain.documents.DocumentPreconditions.Method.PUT;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.lrs.domain.documents.DocumentPreconditions.Method;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.ErrorMappers;
import org.junit.jupiter.api.Test;

class DocumentPreconditionsTest {

    private static final String TAG = "a9993e364706816aba3e25717850c26c9cd0d89d";

    private static int status(
            Method m, DocumentKind k, XapiVersion v, String ifMatch, String ifNoneMatch, String current) {
        return ErrorMappers.status(
                assertThrows(Refusal.class, () -> DocumentPreconditions.check(m, k, v, ifMatch, ifNoneMatch, current))
                        .kind());
    }

    private static void ok(
            Method m, DocumentKind k, XapiVersion v, String ifMatch, String ifNoneMatch, String current) {
        assertDoesNotThrow(() -> DocumentPreconditions.check(m, k, v, ifMatch, ifNoneMatch, current));
    }

    @Test
    void matchingIfMatchAllowsEveryWrite_3_1_s4_b5_b7() {
        for (Method m : Method.values()) {
            ok(m, ACTIVITY_PROFILE, V1_0_3, "\"" + TAG + "\"", null, TAG);
            ok(m, STATE, V2_0_0, "\"other\", \"" + TAG + "\"", null, TAG);
            ok(m, AGENT_PROFILE, V1_0_3, "*", null, TAG);
        }
    }

    @Test
    void staleIfMatchFailsWith412_3_1_s4_b9_b11() {
        for (Method m : Method.values()) {
            assertEquals(412, status(m, AGENT_PROFILE, V1_0_3, "\"1234\"", null, TAG));
            assertEquals(412, status(m, STATE, V1_0_3, "\"1234\"", null, TAG));
        }
    }

    @Test
    void ifMatchOnAMissingDocumentFailsWith412() {
        assertEquals(412, status(PUT, ACTIVITY_PROFILE, V1_0_3, "*", null, null));
        assertEquals(412, status(DELETE, STATE, V1_0_3, "\"" + TAG + "\"", null, null));
    }

    @Test
    void ifNoneMatchStarCreatesButNeverOverwrites_3_1_s4_b6_b8() {
        ok(PUT, ACTIVITY_PROFILE, V1_0_3, null, "*", null);
        ok(POST, AGENT_PROFILE, V1_0_3, null, "*", null);
        assertEquals(412, status(PUT, ACTIVITY_PROFILE, V1_0_3, null, "*", TAG));
        assertEquals(412, status(POST, STATE, V2_0_0, null, "*", TAG));
        assertEquals(412, status(PUT, AGENT_PROFILE, V1_0_3, null, "\"" + TAG + "\"", TAG));
        ok(PUT, AGENT_PROFILE, V1_0_3, null, "\"other\"", TAG);
    }

    @Test
    void profilePutWithoutHeadersOnAnExistingDocumentIs409WithAnExplanation_3_1_s4_b13_b14() {
        for (DocumentKind k : new DocumentKind[] {ACTIVITY_PROFILE, AGENT_PROFILE}) {
            for (XapiVersion v : XapiVersion.values()) {
                var e = assertThrows(Refusal.class, () -> DocumentPreconditions.check(PUT, k, v, null, null, TAG));
                assertEquals(Refusal.Kind.CONFLICT, e.kind());
                assertTrue(e.getMessage().contains("If-Match"), e.getMessage());
                assertTrue(e.getMessage().contains(TAG), "tells the current ETag");
            }
        }
    }

    @Test
    void profilePutWithoutHeadersOnANewDocumentIs400Under1_0_3And204Under2_0() {
        assertEquals(400, status(PUT, ACTIVITY_PROFILE, V1_0_3, null, null, null)); // §3.1.s3.b1
        ok(PUT, ACTIVITY_PROFILE, V2_0_0, null, null, null); // 2.0 differences §4 item 6
    }

    @Test
    void statePutWithoutHeadersOverwritesUnder1_0_3But409sUnder2_0() {
        ok(PUT, STATE, V1_0_3, null, null, TAG); // §3.1.s3: State permits writes without concurrency headers
        ok(PUT, STATE, V1_0_3, null, null, null);
        assertEquals(409, status(PUT, STATE, V2_0_0, null, null, TAG)); // 2.0 differences §4 item 5
        ok(PUT, STATE, V2_0_0, null, null, null);
    }

    @Test
    void postAndDeleteWithoutHeadersAreAllowed_3_1_s3_b2_b3() {
        for (DocumentKind k : DocumentKind.values()) {
            ok(POST, k, V1_0_3, null, null, TAG);
            ok(DELETE, k, V2_0_0, null, null, TAG);
            ok(DELETE, k, V1_0_3, null, null, null);
        }
    }
}
