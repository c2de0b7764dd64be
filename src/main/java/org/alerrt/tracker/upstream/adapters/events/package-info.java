/** The pull and forward schedule: once per cluster, every {@code tracker.upstream.check-seconds}. */
package org.alerrt.tracker.upstream.adapters.events;
