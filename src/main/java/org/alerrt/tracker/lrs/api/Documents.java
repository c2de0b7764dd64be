package org.alerrt.tracker.lrs.api;

import java.util.Optional;

/** The LRS's State, Activity Profile and Agent Profile documents as other contexts read and write them. */
public interface Documents {

    /** Stores the bytes as sent, replacing any document (Communication §2.3.s3), when the conditions hold. */
    void put(DocumentKey key, byte[] content, String contentType, DocumentConditions conditions);

    Optional<StoredDocument> find(DocumentKey key);
}
