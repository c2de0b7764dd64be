/**
 * What the cmi5 context publishes to the contexts built on it (tincan, portal); they import nothing else of cmi5.
 * Ports cmi5 implements: {@link org.alerrt.tracker.cmi5.api.ImportedCourses} and
 * {@link org.alerrt.tracker.cmi5.api.CourseRegistrations} (the course and registration tables Tin Can shares),
 * {@link org.alerrt.tracker.cmi5.api.LearnerCourses} and {@link org.alerrt.tracker.cmi5.api.Cmi5Preferences} (the
 * learner portal's). Ports tincan implements, so that cmi5 reaches a Tin Can course without importing tincan:
 * {@link org.alerrt.tracker.cmi5.api.TinCanEndpoints}, {@link org.alerrt.tracker.cmi5.api.TinCanLaunches}. The
 * immutable values they carry (courses, versions, registrations, langstrings, progress, preferences) and the helpers
 * both package formats use (reading a zip, secure XML, import checks, launch URLs).
 */
package org.alerrt.tracker.cmi5.api;
