package org.alerrt.tracker.lrs.application;

/**
 * Domain events the LRS publishes (the contract other contexts subscribe to).
 * {@link #STATEMENT_STORED}: payload {@code {"statement": <the stored statement, as returned by GET>}}.
 */
public final class StatementEvents {
    public static final String STATEMENT_STORED = "lrs.statement-stored";

    private StatementEvents() {}
}
