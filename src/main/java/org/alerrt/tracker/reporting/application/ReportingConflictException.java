package org.alerrt.tracker.reporting.application;

/**
 * A request the reporting lifecycle refuses in the state things are in (an empty queue to export, a roster submitted
 * under another reference, a rejection of a record TCOLE never got). Nothing was changed; {@code field} names the
 * input at fault.
 */
public class ReportingConflictException extends RuntimeException {

    private final String field;

    public ReportingConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
