package org.alerrt.tracker.tincan.application;

import java.util.List;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseVersion;
import org.alerrt.tracker.tincan.domain.TinCanStructure;

/** A Tin Can course with one of its versions and that version's activities. */
public record TinCanCourseDetails(
        Cmi5Course course, CourseVersion version, TinCanStructure structure, List<CourseVersion> versions) {}
