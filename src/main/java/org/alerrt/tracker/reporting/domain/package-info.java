/**
 * Queue entries, rosters, who reports which delivery, the 30-day reporting deadline and the roster CSV format (columns, quoting, injection guard).
 */
package org.alerrt.tracker.reporting.domain;
