package org.alerrt.tracker.reporting.domain;

/**
 * What a report entry asks TCOLE to do with a record: add it (ORIGINAL), replace what ALERRT reported before with the
 * corrected record (AMEND, e.g. the officer's PID was wrong), or remove it (WITHDRAW: the credit was taken back after
 * the record left ALERRT). The roster says which in its {@code entry_type} column and notes.
 */
public enum EntryKind {
    ORIGINAL,
    AMEND,
    WITHDRAW
}
