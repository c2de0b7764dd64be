/** JDBC persistence of Tin Can activities and launches (tables {@code tincan_activity}, {@code tincan_launch}; all SQL in {@code TinCanSql}). */
package org.alerrt.tracker.tincan.adapters.persistence;
