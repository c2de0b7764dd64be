/**
 * The {@code training.completion-credited} subscriber that queues ALERRT-reported completions.
 */
package org.alerrt.tracker.reporting.adapters.events;
