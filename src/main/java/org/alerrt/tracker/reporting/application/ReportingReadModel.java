package org.alerrt.tracker.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alerrt.tracker.reporting.api.ReportingAttention;
import org.alerrt.tracker.reporting.domain.EntryKind;
import org.alerrt.tracker.reporting.domain.EntryStatus;

/** The queries behind {@link ReportingStatusQueries}, implemented by the persistence adapter. */
public interface ReportingReadModel {

    /** One report entry of a completion as others may see it. */
    record EntryState(EntryStatus status, EntryKind kind, Instant submittedAt) {}

    /** The entries of a completion, newest first. */
    List<EntryState> entriesOfCompletion(long completionId);

    /**
     * Per officer among {@code learnerIds}: entries still with ALERRT whose clock started before {@code lateIfFrom},
     * and entries TCOLE rejected; officers with neither may be left out.
     */
    List<ReportingAttention> attention(List<Long> learnerIds, LocalDate lateIfFrom);
}
