package org.alerrt.tracker.lrs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.alerrt.tracker.lrs.api.DocumentConditions;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKey;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.lrs.domain.documents.ConcurrentWriteException;
import org.alerrt.tracker.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

/** The retry of writes that lost a race (duplicate key, lock timeout, deadlock), without a container. */
class DocumentServiceTest {

    private static final DocumentKey KEY =
            new DocumentContext(DocumentKind.ACTIVITY_PROFILE, "https://e.org/a", null, null).document("p");
    private static final DocumentConditions NONE = new DocumentConditions(null, null, XapiVersion.V2_0_0);

    /** A writer whose first {@code failures} calls lose a race, or always fail with {@code error}. */
    static final class ScriptedWriter extends DocumentWriter {
        int calls;
        final int failures;
        final RuntimeException error;

        ScriptedWriter(int failures, RuntimeException error) {
            this.failures = failures;
            this.error = error;
        }

        @Override
        public void post(DocumentKey key, byte[] content, String contentType, DocumentConditions conditions) {
            calls++;
            if (error != null) {
                throw error;
            }
            if (calls <= failures) {
                throw new ConcurrentWriteException(new SQLException("duplicate key", "23505"));
            }
        }
    }

    private static DocumentService service(ScriptedWriter writer) {
        DocumentService service = new DocumentService();
        service.writer = writer;
        return service;
    }

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWriteThatLostARaceRunsAgainAndSucceeds() {
        ScriptedWriter writer = new ScriptedWriter(2, null);
        service(writer).post(KEY, json("{\"a\":1}"), "application/json", NONE);
        assertEquals(3, writer.calls);
    }

    @Test
    void endlessContentionEndsIn503NotA500() {
        ScriptedWriter writer = new ScriptedWriter(Integer.MAX_VALUE, null);
        var e = assertThrows(
                Refusal.class, () -> service(writer).post(KEY, json("{\"a\":1}"), "application/json", NONE));
        assertEquals(Refusal.Kind.UNAVAILABLE, e.kind());
        assertEquals(5, writer.calls);
    }

    @Test
    void aFailedPreconditionIsNotRetried() {
        ScriptedWriter writer =
                new ScriptedWriter(0, new Refusal(Refusal.Kind.PRECONDITION_FAILED, "If-Match", "stale"));
        assertEquals(
                Refusal.Kind.PRECONDITION_FAILED,
                assertThrows(Refusal.class, () -> service(writer).post(KEY, json("{}"), "application/json", NONE))
                        .kind());
        assertEquals(1, writer.calls);
    }

    @Test
    void aJsonPostThatIsNotAnObjectIsRejectedBeforeAnyWrite_2_2_s8_b1() {
        ScriptedWriter writer = new ScriptedWriter(0, null);
        assertEquals(
                Refusal.Kind.INVALID,
                assertThrows(
                                Refusal.class,
                                () -> service(writer).post(KEY, json("[1]"), "application/json; charset=utf-8", NONE))
                        .kind());
        assertEquals(0, writer.calls);
        service(writer).post(KEY, json("[1]"), "text/plain", NONE);
        assertEquals(1, writer.calls, "non-JSON content is stored as it is");
    }
}
