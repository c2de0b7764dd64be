package org.alerrt.tracker.reporting.application;

import java.time.LocalDate;
import org.alerrt.tracker.reporting.domain.ReportEntry;
import org.alerrt.tracker.reporting.domain.Urgency;

/** A queue entry as listed: with its TCOLE due date and how urgent it is today. */
public record QueueItem(ReportEntry entry, LocalDate dueBy, Urgency urgency) {
}
