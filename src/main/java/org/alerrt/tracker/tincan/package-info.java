/**
 * Tin Can context: Tin Can (tincan.xml) course packages imported next to cmi5 courses, their activities, and the
 * registrations and launches of those courses, each launch with an LRS credential of its own. Builds on cmi5 (the
 * course, registration and launch credential tables it shares) through {@code cmi5.api}, and answers cmi5's admin
 * API and launch credential rules for Tin Can courses through the ports published there.
 */
package org.alerrt.tracker.tincan;
