/**
 * Reporting's published API: what other contexts may use of TCOLE reporting (the state of a completion's report,
 * the officers whose records need an administrator, the reporting deadline). Nothing else of reporting is theirs.
 */
package org.alerrt.tracker.reporting.api;
