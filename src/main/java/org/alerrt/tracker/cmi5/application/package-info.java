/**
 * cmi5 use cases: import a course package (one transaction), list, read and delete courses, read AU content;
 * the same for Tin Can packages, with their registrations and per-launch LRS credentials ({@code TinCan*}).
 */
package org.alerrt.tracker.cmi5.application;
