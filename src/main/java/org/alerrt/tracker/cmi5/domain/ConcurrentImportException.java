package org.alerrt.tracker.cmi5.domain;

/** Two imports of the same course raced and this one lost on a unique key; retrying succeeds. */
public class ConcurrentImportException extends RuntimeException {
    public ConcurrentImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
