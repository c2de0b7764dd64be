package org.alerrt.tracker.lrs.api;

import java.util.Objects;
import org.alerrt.tracker.lrs.domain.documents.Hashes;

/** One document: its context and the id the Learning Record Provider chose (Communication §2.2.s2). */
public record DocumentKey(DocumentContext context, String documentId) {

    public DocumentKey {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(documentId, "documentId");
    }

    /** Primary key of the document row: SHA-256 hex of the context and the id. */
    public String hash() {
        return Hashes.sha256(
                context.kind().name(), context.activityId(), context.agentIfi(), context.registration(), documentId);
    }
}
