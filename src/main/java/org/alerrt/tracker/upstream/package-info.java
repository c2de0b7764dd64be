/**
 * Upstream LRSs: other LRSs the tracker works with as an xAPI client (docs/upstream.md). It pulls the statements
 * courses report elsewhere and stores them through the LRS's own path ({@code lrs.api.StatementLog}), so
 * completions, certificates and report entries follow from them exactly as from posted ones. Uses only
 * {@code lrs.api} of the other contexts, and {@code platform.xapiclient} to speak to the remotes.
 */
package org.alerrt.tracker.upstream;
