/**
 * LRS load generator and benchmark ("Speed, measured"): realistic statements, concurrent HTTP clients, filtered
 * queries, and a raw JDBC baseline on the same PostgreSQL. Test code only; run with {@code mvn -Pbench}
 * (see docs/PERFORMANCE.md).
 */
package org.alerrt.tracker.bench;
