package org.alerrt.tracker.cmi5.application;

import java.util.List;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseVersion;
import org.alerrt.tracker.cmi5.domain.CourseStructure;

/** A course with one of its versions and that version's structure. */
public record CourseDetails(
        Cmi5Course course, CourseVersion version, CourseStructure structure, List<CourseVersion> versions) {}
