package org.alerrt.tracker.lrs.domain.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKey;
import org.alerrt.tracker.lrs.api.StoredDocument;

/** Port to the State, Activity Profile and Agent Profile documents. Every method runs in the caller's transaction. */
public interface DocumentStore {

    /**
     * The document, its row locked until the transaction ends.
     *
     * @throws ConcurrentWriteException when the lock wait timed out or deadlocked
     */
    Optional<StoredDocument> lock(DocumentKey key);

    Optional<StoredDocument> find(DocumentKey key);

    /** @throws ConcurrentWriteException when a concurrent transaction created the same document first */
    void insert(DocumentKey key, StoredDocument document);

    void update(DocumentKey key, StoredDocument document);

    void delete(DocumentKey key);

    void deleteAll(DocumentContext context);

    /** Ids in the context, updated after {@code since} (exclusive) when given, by id. */
    List<DocumentId> ids(DocumentContext context, Instant since);
}
