/**
 * Certificates context: one certificate per credited completion, its PDF and its public verification. Reacts to {@code training.completion-credited}; owns the {@code certificate} table and nothing else.
 */
package org.alerrt.tracker.certificates;
