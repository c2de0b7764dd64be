/**
 * Several instances as one cluster on Payara Micro's own data grid (Hazelcast; docs/operations.md): which member
 * this instance is ({@link ClusterMembership}) and timed work that must run once per cluster, not once per instance
 * ({@link OncePerCluster}: a periodic task runs on the oldest member only, and on the next oldest when that one
 * leaves or dies). Without clustering (the single-instance default, Hazelcast disabled) the one instance runs
 * everything. Payara keeps the HTTP sessions of the distributable WAR in the data grid when Hazelcast is on;
 * {@link SignedOutSessions} makes a sign-out hold on every member.
 */
package org.alerrt.tracker.platform.cluster;
