package org.alerrt.tracker.lrs.domain;

/** Another request stored the same statement id (or attachment data) first; the caller retries to compare contents. */
public class DuplicateStatementIdException extends RuntimeException {
    public DuplicateStatementIdException(Throwable cause) {
        super(cause);
    }
}
