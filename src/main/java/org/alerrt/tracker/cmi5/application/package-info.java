/**
 * cmi5 use cases: import a course package (one transaction), list, read and delete courses, read AU content,
 * registrations and AU sessions, and the access model of launch credentials (cmi5 sessions and Tin Can launches).
 */
package org.alerrt.tracker.cmi5.application;
