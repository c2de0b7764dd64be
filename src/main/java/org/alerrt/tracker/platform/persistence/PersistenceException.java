package org.alerrt.tracker.platform.persistence;

/** A database failure that is not the caller's fault: surfaces as 503/500, never as a 4xx. */
public class PersistenceException extends RuntimeException {
    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
