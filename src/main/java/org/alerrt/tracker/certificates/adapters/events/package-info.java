/**
 * The {@code training.completion-credited} subscriber that issues certificates, and the parsing of that event's payload.
 */
package org.alerrt.tracker.certificates.adapters.events;
