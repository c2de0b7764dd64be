/** Faces page bean of the reporting context: the TCOLE report queue and its rosters ({@code /admin/reports}). */
package org.alerrt.tracker.reporting.adapters.pages;
