package org.alerrt.tracker.reporting.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What other contexts may learn about TCOLE reporting: the one way in. */
public interface ReportingStatusLookup {

    /** The report state of a completion; empty when ALERRT does not report it (or has not queued it yet). */
    Optional<ReportingStatus> ofCompletion(long completionId);

    /** Officers among {@code learnerIds} with overdue or rejected entries, as of {@code today}; absent when none. */
    Map<Long, ReportingAttention> attentionOf(Collection<Long> learnerIds, LocalDate today);

    /** The last day ALERRT may report to TCOLE a record whose clock started on {@code from}. */
    LocalDate reportDueBy(LocalDate from);
}
