package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.alerrt.tracker.lrs.adapters.persistence.JdbcDocumentStore;
import org.alerrt.tracker.lrs.adapters.persistence.JdbcDocumentStore.DuplicateDocumentException;
import org.alerrt.tracker.lrs.domain.documents.DocumentContext;
import org.alerrt.tracker.lrs.domain.documents.DocumentKey;
import org.alerrt.tracker.lrs.domain.documents.JsonMerge;
import org.alerrt.tracker.lrs.domain.documents.MediaTypes;
import org.alerrt.tracker.lrs.domain.documents.StoredDocument;

/**
 * Document resource use cases (Communication §2.2–§2.7). Writes go through {@link DocumentWriter}, one transaction
 * each; when two requests create the same document at once, the loser's insert fails on the key and it runs again,
 * now finding (and merging into, or checking preconditions against) the winner's document.
 */
@ApplicationScoped
public class DocumentService {

    private static final int ATTEMPTS = 3;

    @Inject
    DocumentWriter writer;

    @Inject
    JdbcDocumentStore store;

    public void put(DocumentKey key, byte[] content, String contentType, DocumentWriter.Conditions conditions) {
        retrying(() -> {
            writer.put(key, content, typeOrDefault(contentType), conditions);
            return null;
        });
    }

    public void post(DocumentKey key, byte[] content, String contentType, DocumentWriter.Conditions conditions) {
        if (MediaTypes.isJson(contentType)) {
            // §2.2.s8.b1: a JSON POST must be an object, whether or not there is a document to merge into yet
            JsonMerge.object(content, "document", "a POST with Content-Type application/json must be a JSON object");
        }
        retrying(() -> {
            writer.post(key, content, typeOrDefault(contentType), conditions);
            return null;
        });
    }

    public void delete(DocumentKey key, DocumentWriter.Conditions conditions) {
        writer.delete(key, conditions);
    }

    public void deleteAll(DocumentContext context) {
        writer.deleteAll(context);
    }

    @Transactional
    public Optional<StoredDocument> find(DocumentKey key) {
        return store.find(key);
    }

    @Transactional
    public List<JdbcDocumentStore.DocumentId> ids(DocumentContext context, Instant since) {
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
                if (attempt >= ATTEMPTS || !causedByDuplicate(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean causedByDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DuplicateDocumentException) {
                return true;
            }
        }
        return false;
    }
}
