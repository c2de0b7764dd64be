package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.alerrt.tracker.lrs.api.DocumentConditions;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKey;
import org.alerrt.tracker.lrs.api.Documents;
import org.alerrt.tracker.lrs.api.StoredDocument;
import org.alerrt.tracker.lrs.domain.documents.ConcurrentWriteException;
import org.alerrt.tracker.lrs.domain.documents.DocumentId;
import org.alerrt.tracker.lrs.domain.documents.DocumentStore;
import org.alerrt.tracker.lrs.domain.documents.JsonMerge;
import org.alerrt.tracker.lrs.domain.documents.MediaTypes;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * Document resource use cases (Communication §2.2–§2.7). Writes go through {@link DocumentWriter}, one transaction
 * each; when two requests create the same document at once, the loser's insert fails on the key and it runs again,
 * now finding (and merging into, or checking preconditions against) the winner's document. A lock wait that times
 * out or deadlocks is run again the same way, after a short random back-off.
 */
@ApplicationScoped
public class DocumentService implements Documents {

    private static final int ATTEMPTS = 5;

    @Inject
    DocumentWriter writer;

    @Inject
    DocumentStore store;

    @Override
    public void put(DocumentKey key, byte[] content, String contentType, DocumentConditions conditions) {
        retrying(() -> {
            writer.put(key, content, typeOrDefault(contentType), conditions);
            return null;
        });
    }

    public void post(DocumentKey key, byte[] content, String contentType, DocumentConditions conditions) {
        if (MediaTypes.isJson(contentType)) {
            // §2.2.s8.b1: a JSON POST must be an object, whether or not there is a document to merge into yet
            JsonMerge.object(content, "document", "a POST with Content-Type application/json must be a JSON object");
        }
        retrying(() -> {
            writer.post(key, content, typeOrDefault(contentType), conditions);
            return null;
        });
    }

    public void delete(DocumentKey key, DocumentConditions conditions) {
        retrying(() -> {
            writer.delete(key, conditions);
            return null;
        });
    }

    public void deleteAll(DocumentContext context) {
        retrying(() -> {
            writer.deleteAll(context);
            return null;
        });
    }

    @Transactional
    @Override
    public Optional<StoredDocument> find(DocumentKey key) {
        return store.find(key);
    }

    @Transactional
    public List<DocumentId> ids(DocumentContext context, Instant since) {
        return store.ids(context, since);
    }

    private static String typeOrDefault(String contentType) {
        return contentType == null || contentType.isBlank() ? MediaTypes.DEFAULT : contentType;
    }

    private static <T> T retrying(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!causedByContention(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new Refusal(
                            Refusal.Kind.UNAVAILABLE,
                            null,
                            "The document is being written by other requests at this"
                                    + " moment; send the request again");
                }
                backOff(attempt);
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal(Refusal.Kind.UNAVAILABLE, null, "Interrupted while waiting to retry the write");
        }
    }

    private static boolean causedByContention(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentWriteException) {
                return true;
            }
        }
        return false;
    }
}
