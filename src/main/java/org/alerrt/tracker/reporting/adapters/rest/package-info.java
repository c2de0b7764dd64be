/**
 * Admin REST adapter under {@code /api/reports}: validates input and delegates.
 */
package org.alerrt.tracker.reporting.adapters.rest;
