package org.alerrt.tracker.reporting.api;

/**
 * An officer's report entries that need an administrator: {@code overdue} still with ALERRT (queued, exported but
 * not confirmed as submitted, or rejected) past the TCOLE deadline; {@code rejected} refused by TCOLE and not yet
 * corrected.
 */
public record ReportingAttention(long learnerId, int overdue, int rejected) {}
