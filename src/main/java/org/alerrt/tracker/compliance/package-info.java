/**
 * Compliance: the administrators' read-only view of every officer's SB 1852 standing and what needs action, composed
 * from the published read models of training ({@code OfficerStatuses}) and reporting
 * ({@code ReportingStatusLookup}). Owns no table and publishes nothing.
 */
package org.alerrt.tracker.compliance;
