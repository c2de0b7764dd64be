package org.alerrt.tracker.lrs.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKey;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.StoredDocument;
import org.alerrt.tracker.lrs.domain.documents.ConcurrentWriteException;
import org.alerrt.tracker.lrs.domain.documents.DocumentId;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** The V6 table and every SQL statement of {@link DocumentSql}, on H2 with the real migrations. */
class JdbcDocumentStoreTest {

    private final DataSource db = TestDatabase.migrated();
    private final JdbcDocumentStore store = new JdbcDocumentStore(db);
    private final DocumentContext state =
            new DocumentContext(DocumentKind.STATE, "https://example.org/a", "mbox:mailto:a@example.org", null);

    @Test
    void storesBytesAndContentTypeAsSentAndReadsThemBack() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        DocumentKey key = state.document("picture");
        store.insert(key, StoredDocument.of("picture", png, "image/png", Instant.parse("2026-11-25T10:00:00.123Z")));
        StoredDocument found = store.find(key).orElseThrow();
        assertArrayEquals(png, found.content());
        assertEquals("image/png", found.contentType());
        assertEquals(Instant.parse("2026-11-25T10:00:00.123Z"), found.updated());
        assertEquals(found.etag(), store.lock(key).orElseThrow().etag());
    }

    @Test
    void aSecondInsertOfTheSameDocumentIsReportedAsDuplicate() {
        DocumentKey key = state.document("once");
        store.insert(key, StoredDocument.of("once", new byte[] {1}, "text/plain", Instant.now()));
        assertThrows(
                ConcurrentWriteException.class,
                () -> store.insert(key, StoredDocument.of("once", new byte[] {2}, "text/plain", Instant.now())));
    }

    @Test
    void idsAreListedPerContextAndFilteredBySinceExclusive() throws Exception {
        Instant t1 = Instant.parse("2026-11-25T10:00:00Z");
        Instant t2 = Instant.parse("2026-11-25T11:00:00Z");
        store.insert(state.document("b"), StoredDocument.of("b", new byte[0], "text/plain", t1));
        store.insert(state.document("a"), StoredDocument.of("a", new byte[0], "text/plain", t2));
        DocumentContext registration = new DocumentContext(
                DocumentKind.STATE,
                "https://example.org/a",
                "mbox:mailto:a@example.org",
                "5c2a8b0e-0000-4000-8000-000000000001");
        store.insert(registration.document("c"), StoredDocument.of("c", new byte[0], "text/plain", t2));

        assertEquals(
                List.of("a", "b"),
                store.ids(state, null).stream().map(DocumentId::id).toList());
        assertEquals(
                List.of("a"), store.ids(state, t1).stream().map(DocumentId::id).toList());
        assertTrue(store.ids(state, t2).isEmpty());

        store.update(
                state.document("b"), StoredDocument.of("b", new byte[] {9}, "application/json", t2.plusSeconds(1)));
        assertEquals(
                List.of("b"), store.ids(state, t2).stream().map(DocumentId::id).toList());

        store.deleteAll(state);
        assertTrue(store.ids(state, null).isEmpty());
        assertEquals(1, store.ids(registration, null).size(), "a registration's documents are another context");
        store.delete(registration.document("c"));
        assertTrue(store.find(registration.document("c")).isEmpty());
        try (Connection c = db.getConnection()) {
            assertTrue(c.isValid(1));
        }
    }
}
