/**
 * JDBC persistence of cmi5 courses, versions, blocks, AUs and package files (all SQL in {@code Cmi5Sql}), and of
 * Tin Can activities and launches (all SQL in {@code TinCanSql}).
 */
package org.alerrt.tracker.cmi5.adapters.persistence;
