package org.alerrt.tracker.reporting.application;

/** The queue was empty (or a concurrent export took everything): no roster is created. */
public class NothingToExportException extends RuntimeException {
    public NothingToExportException() {
        super("The report queue has no QUEUED entries: nothing to export");
    }
}
