package org.alerrt.tracker.platform.audit;

import java.time.Instant;

/**
 * One recorded change: who ({@code actor}: a user name, or {@code system:<component>} for automatic decisions), when,
 * to what ({@code subjectType} and id, e.g. {@code completion} 51), what ({@code action}), why ({@code reason}, may be
 * null) and the facts needed to read it later ({@code detail}, may be null).
 */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String subjectType,
        long subjectId,
        String action,
        String reason,
        String detail) {}
