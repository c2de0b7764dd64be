package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.DocumentConditions;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKey;
import org.alerrt.tracker.lrs.api.StoredDocument;
import org.alerrt.tracker.lrs.domain.documents.DocumentPreconditions;
import org.alerrt.tracker.lrs.domain.documents.DocumentPreconditions.Method;
import org.alerrt.tracker.lrs.domain.documents.DocumentStore;
import org.alerrt.tracker.lrs.domain.documents.JsonMerge;
import org.alerrt.tracker.lrs.domain.documents.MediaTypes;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;

/**
 * One document write per transaction: lock the row, check the preconditions against what is stored, then write.
 * Concurrent writes of one document run one after the other on the row lock, so none is lost.
 */
@ApplicationScoped
public class DocumentWriter {

    @Inject
    DocumentStore store;

    /** PUT: store the bytes as sent, replacing any document (Communication §2.3.s3). */
    @Transactional
    public void put(DocumentKey key, byte[] content, String contentType, DocumentConditions conditions) {
        Optional<StoredDocument> current = store.lock(key);
        check(Method.PUT, key, current, conditions);
        save(key, current, content, contentType);
    }

    /**
     * POST: create the document, or merge JSON into the stored JSON document (§2.2.s7); anything else on an
     * existing document is a 400 and leaves it unchanged (§2.2.s8.b1).
     */
    @Transactional
    public void post(DocumentKey key, byte[] content, String contentType, DocumentConditions conditions) {
        Optional<StoredDocument> current = store.lock(key);
        check(Method.POST, key, current, conditions);
        if (current.isEmpty()) {
            save(key, current, content, contentType);
            return;
        }
        StoredDocument stored = current.get();
        if (!stored.isJson() || !MediaTypes.isJson(contentType)) {
            throw new XapiValidationException(
                    "Content-Type",
                    "POST merges JSON documents only: the "
                            + (stored.isJson() ? "posted" : "stored") + " document is not application/json; use PUT to"
                            + " replace it (xAPI Communication §2.2.s8.b1)");
        }
        save(key, current, JsonMerge.merge(stored.content(), content), stored.contentType());
    }

    /** DELETE of one document; deleting a document that is not there is not an error. */
    @Transactional
    public void delete(DocumentKey key, DocumentConditions conditions) {
        Optional<StoredDocument> current = store.lock(key);
        check(Method.DELETE, key, current, conditions);
        if (current.isPresent()) {
            store.delete(key);
        }
    }

    /** State DELETE without stateId: every document of the context (§2.3.s5). */
    @Transactional
    public void deleteAll(DocumentContext context) {
        store.deleteAll(context);
    }

    private static void check(Method method, DocumentKey key, Optional<StoredDocument> current, DocumentConditions c) {
        DocumentPreconditions.check(
                method,
                key.context().kind(),
                c.version(),
                c.ifMatch(),
                c.ifNoneMatch(),
                current.map(StoredDocument::etag).orElse(null));
    }

    private void save(DocumentKey key, Optional<StoredDocument> current, byte[] content, String contentType) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (current.isEmpty()) {
            store.insert(key, StoredDocument.of(key.documentId(), content, contentType, now));
            return;
        }
        // `updated` moves forward on every write, even within one millisecond, so `since` never misses a change
        Instant previous = current.get().updated();
        Instant updated = now.isAfter(previous) ? now : previous.plusMillis(1);
        store.update(key, StoredDocument.of(key.documentId(), content, contentType, updated));
    }
}
