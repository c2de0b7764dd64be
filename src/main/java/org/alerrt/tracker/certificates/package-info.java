/**
 * Certificates context: the certificate of each credited completion (a new one per revision of what was certified),
 * its PDF and its public verification. Reacts to {@code training.completion-credited} and
 * {@code training.completion-withdrawn}; publishes {@code certificates.certificate-revoked}; owns the
 * {@code certificate} table and nothing else.
 */
package org.alerrt.tracker.certificates;
