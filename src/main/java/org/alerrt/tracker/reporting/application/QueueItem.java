package org.alerrt.tracker.reporting.application;

import java.time.LocalDate;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.Urgency;

/**
 * An entry as listed: with its TCOLE due date, how urgent it is today, and {@code flag}, the reason in words when it
 * is not on time (e.g. "exported 9 days ago, not confirmed as submitted"); "" when on time.
 */
public record QueueItem(ReportEntry entry, LocalDate dueBy, Urgency urgency, String flag) {}
