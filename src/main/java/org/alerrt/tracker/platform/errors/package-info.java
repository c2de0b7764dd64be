/**
 * Refusals of requests the caller can fix ({@link org.alerrt.tracker.platform.errors.Refusal}), thrown by domain and
 * application code of every context without knowing how they reach the caller; the adapters map them.
 */
package org.alerrt.tracker.platform.errors;
