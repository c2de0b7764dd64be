/** JDBC persistence of cmi5 courses, versions, blocks, AUs and package files (all SQL in {@code Cmi5Sql}). */
package org.alerrt.tracker.cmi5.adapters.persistence;
