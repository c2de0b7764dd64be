package org.alerrt.tracker.upstream.adapters.persistence;

import java.time.Instant;
import org.alerrt.tracker.platform.persistence.Jdbc;

/**
 * The {@link org.alerrt.tracker.upstream.domain.RunLog} columns that {@code upstream_pull_checkpoint} and
 * {@code upstream_forward} both carry, updated the same way in either table.
 */
record RunLogSql(String started, String succeeded, String failed) {

    static RunLogSql of(String table) {
        return new RunLogSql(
                "UPDATE " + table + " SET last_run_at = ?, updated_at = ? WHERE upstream_id = ?",
                "UPDATE " + table + " SET last_success_at = ?, last_error = NULL, last_error_at = NULL, updated_at = ?"
                        + " WHERE upstream_id = ?",
                "UPDATE " + table + " SET last_error = ?, last_error_at = ?, updated_at = ? WHERE upstream_id = ?");
    }

    /** The parameters of {@link #started} and {@link #succeeded}. */
    static Jdbc.Binder at(Instant now, long upstreamId) {
        return ps -> {
            Jdbc.setInstant(ps, 1, now);
            Jdbc.setInstant(ps, 2, now);
            ps.setLong(3, upstreamId);
        };
    }

    /** The parameters of {@link #failed}. */
    static Jdbc.Binder failure(String error, Instant now, long upstreamId) {
        return ps -> {
            ps.setString(1, error);
            Jdbc.setInstant(ps, 2, now);
            Jdbc.setInstant(ps, 3, now);
            ps.setLong(4, upstreamId);
        };
    }
}
