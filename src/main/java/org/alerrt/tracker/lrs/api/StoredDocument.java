package org.alerrt.tracker.lrs.api;

import java.time.Instant;
import java.util.Objects;
import org.alerrt.tracker.lrs.domain.documents.EntityTag;
import org.alerrt.tracker.lrs.domain.documents.MediaTypes;

/**
 * A document as stored: the bytes exactly as sent (or as merged), their Content-Type, ETag and last update
 * (Communication §2.2.s2: id, updated, contents).
 */
public record StoredDocument(String documentId, byte[] content, String contentType, String etag, Instant updated) {

    public StoredDocument {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(updated, "updated");
    }

    public static StoredDocument of(String documentId, byte[] content, String contentType, Instant updated) {
        return new StoredDocument(documentId, content, contentType, EntityTag.of(content), updated);
    }

    public boolean isJson() {
        return MediaTypes.isJson(contentType);
    }
}
