package org.alerrt.tracker.lrs.domain.documents;

/** Another transaction created or holds the same document; the writer runs its transaction again. */
public class ConcurrentWriteException extends RuntimeException {
    public ConcurrentWriteException(Throwable cause) {
        super(cause);
    }
}
