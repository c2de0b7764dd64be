/**
 * Use cases: issue on a credited completion, list, revoke, render the PDF and verify publicly. {@link org.alerrt.tracker.certificates.application.VerificationService} is the API the public verify page calls.
 */
package org.alerrt.tracker.certificates.application;
