/** Adapters of the Tin Can context: package reading, JDBC persistence and the admin API answers for cmi5's endpoints. */
package org.alerrt.tracker.tincan.adapters;
