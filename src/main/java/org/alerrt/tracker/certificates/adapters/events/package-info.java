/**
 * The subscribers of this context: {@code training.completion-credited} issues and reissues certificates,
 * {@code training.completion-withdrawn} revokes them; and the parsing of those payloads.
 */
package org.alerrt.tracker.certificates.adapters.events;
