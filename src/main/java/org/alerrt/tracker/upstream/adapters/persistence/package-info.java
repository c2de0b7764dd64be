/** Plain JDBC for the upstream and checkpoint tables, the SQL in {@code UpstreamSql}. */
package org.alerrt.tracker.upstream.adapters.persistence;
