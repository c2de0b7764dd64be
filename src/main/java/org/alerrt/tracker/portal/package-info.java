/**
 * Learner portal context: what a signed-in learner sees and does with online courses, the "My courses" page and
 * {@code /api/me/cmi5}: their cmi5 and Tin Can courses with progress, starting a course, launching an AU or a Tin
 * Can course, and their cmi5 preferences. Uses cmi5 and tincan; neither knows it.
 */
package org.alerrt.tracker.portal;
