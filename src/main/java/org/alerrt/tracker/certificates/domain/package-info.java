/**
 * The certificate aggregate (an immutable snapshot of what was certified, plus its status), its value objects (verification code, PID masking, delivery) and the repository port.
 */
package org.alerrt.tracker.certificates.domain;
