package org.alerrt.tracker.cmi5.application;

import java.util.List;
import org.alerrt.tracker.cmi5.domain.Cmi5Course;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.CourseVersion;

/** A course with one of its versions and that version's structure. */
public record CourseDetails(
        Cmi5Course course, CourseVersion version, CourseStructure structure, List<CourseVersion> versions) {}
