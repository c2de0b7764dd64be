/**
 * Reporting context: the TCOLE report queue of ALERRT-reported completions (online and direct delivery) and the rosters exported from it. TCOLE forbids double reporting, so a completion is queued once and exported once. Owns {@code report_entry} and {@code roster}.
 */
package org.alerrt.tracker.reporting;
