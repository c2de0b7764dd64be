/**
 * JDBC implementation of the queue and roster repository; every statement is in {@code ReportingSql}.
 */
package org.alerrt.tracker.reporting.adapters.persistence;
